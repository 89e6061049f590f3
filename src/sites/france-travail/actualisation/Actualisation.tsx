/**
 * « M'actualiser », rendered by the site root on its `actualisation` page: the window's closed
 * page, or the questions → (end of search) → employers → summary → « Valider », then the page
 * that says it is recorded (each time it is opened again). Keeps its state with the run.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { practiceNow } from '../../../lesson/practiceClock.ts';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import { useHeadingFocus } from '../../framework/useHeadingFocus.ts';
import { actualisationPersona } from './actualisationPersona.ts';
import {
  actualisationKey,
  actualisationReducer,
  actualisationSchema,
  declaresWork,
  initialActualisation,
  type ActualisationPage,
} from './actualisationReducer.ts';
import { actualisationWindow } from './actualisationWindow.ts';
import { Documents } from './Documents.tsx';
import { receiptMail, withReceiptMail } from './mails.ts';
import { ActualisationClosed } from './pages/ActualisationClosed.tsx';
import { ActualisationEmployers } from './pages/ActualisationEmployers.tsx';
import { ActualisationEndOfSearch } from './pages/ActualisationEndOfSearch.tsx';
import { ActualisationQuestions } from './pages/ActualisationQuestions.tsx';
import { ActualisationSaved } from './pages/ActualisationSaved.tsx';
import { ActualisationSummary } from './pages/ActualisationSummary.tsx';
import { questionIds } from './questions.ts';
import { readContracts } from './readContracts.ts';
import { useKeptReducer } from './useKeptReducer.ts';
import './actualisation.css';

export interface ActualisationProps {
  /** Back to « Mon espace » (« Retour à mon espace »). */
  onExit(): void;
  /**
   * Opens the site's « Transmettre un document » page (« Transmettre vos justificatifs »); without
   * it, the documents are shown here.
   */
  onDocuments?(): void;
  /** « Refaire l'actualisation » was asked from Mon espace (practice only): the questions again. */
  redo?: boolean;
  /** Called once `redo` is done. */
  onRedone?(): void;
}

/** The monthly update. */
export function Actualisation({ onExit, onDocuments, redo = false, onRedone }: ActualisationProps) {
  const { persona, world, updateWorld } = useSiteBridge();
  const p = useMemo(() => actualisationPersona(persona), [persona]);
  const prefilled = p.france_travail?.actualisation?.pre_rempli;
  const [state, dispatch] = useKeptReducer(
    actualisationKey,
    actualisationReducer,
    () => initialActualisation(prefilled),
    actualisationSchema,
    { type: 'leave' },
  );
  const [documents, setDocuments] = useState(false);
  // Before the page is painted, so the saved page does not flash.
  const submitted = state.submitted !== null;
  useLayoutEffect(() => {
    if (!redo) return;
    if (submitted) dispatch({ type: 'redo' });
    onRedone?.();
  }, [redo, submitted, dispatch, onRedone]);
  const window = actualisationWindow(new Date(practiceNow(world.clock)));
  const go = useCallback((page: ActualisationPage) => dispatch({ type: 'go', page }), [dispatch]);
  const worked = declaresWork(state);
  const name = `${p.prenom} ${typeof persona.nom === 'string' ? persona.nom.toUpperCase() : ''}`.trim();

  const validate = () => {
    const read = readContracts(state.contracts);
    if (worked && !read.contracts) return go('employeurs');
    const answers = Object.fromEntries(questionIds.map((q) => [q, state.answers[q] ?? 'non'])) as Record<
      (typeof questionIds)[number],
      'oui' | 'non'
    >;
    const sent = {
      at: practiceNow(world.clock),
      month: window.month,
      answers,
      contracts: worked ? (read.contracts ?? []) : [],
    };
    dispatch({ type: 'submit', sent });
    const mail = receiptMail(p.prenom, sent);
    updateWorld((w) => ({ ...w, inbox: withReceiptMail(w.inbox, mail) }));
  };

  const view = state.submitted ? (documents ? 'documents' : 'enregistree') : window.open ? state.page : 'fermee';
  const root = useRef<HTMLDivElement>(null);
  useHeadingFocus(root, view);

  let page: ReactNode;
  switch (view) {
    case 'documents':
      page = <Documents onExit={onExit} />;
      break;
    case 'enregistree':
      page = state.submitted && (
        <ActualisationSaved
          sent={state.submitted}
          name={name}
          email={p.email}
          onDocuments={onDocuments ?? (() => setDocuments(true))}
          onExit={onExit}
          onRedo={() => dispatch({ type: 'redo' })}
        />
      );
      break;
    case 'fermee':
      page = <ActualisationClosed window={window} onExit={onExit} />;
      break;
    case 'questions':
      page = (
        <ActualisationQuestions
          month={window.month}
          state={state}
          dispatch={dispatch}
          onNext={() =>
            go(state.answers.recherche === 'non' ? 'fin-recherche' : worked ? 'employeurs' : 'recapitulatif')
          }
        />
      );
      break;
    case 'fin-recherche':
      page = (
        <ActualisationEndOfSearch
          onChange={() => go('questions')}
          onConfirm={() => go(worked ? 'employeurs' : 'recapitulatif')}
        />
      );
      break;
    case 'employeurs':
      page = (
        <ActualisationEmployers
          month={window.month}
          state={state}
          dispatch={dispatch}
          onPrevious={() => go('questions')}
          onNext={() => go('recapitulatif')}
        />
      );
      break;
    case 'recapitulatif':
      page = (
        <ActualisationSummary
          month={window.month}
          state={state}
          onModifyQuestions={() => go('questions')}
          onModifyEmployers={() => go('employeurs')}
          onValidate={validate}
        />
      );
      break;
  }
  return (
    // The documents set their own places.
    <div className="fta" ref={root} data-place={view === 'documents' ? undefined : `actualisation-${view}`}>
      {page}
    </div>
  );
}
