/**
 * « Transmettre un document », rendered by the site root on its `documents` page (and after the
 * update, by « Transmettre vos justificatifs »): the form, then the confirmation. Keeps its state
 * with the run. Incident `france-travail.envoi-refuse`: the next « Envoyer » is refused by the
 * server, the files stay chosen, and the learner can send again.
 */
import { useRef } from 'react';
import { practiceNow } from '../../../lesson/practiceClock.ts';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import { useHeadingFocus } from '../../framework/useHeadingFocus.ts';
import { useIncident } from '../../framework/useIncident.ts';
import { recentMonths } from './documentKinds.ts';
import { documentsKey, documentsReducer, documentsSchema, initialDocuments } from './documentsReducer.ts';
import { DocumentsForm } from './pages/DocumentsForm.tsx';
import { DocumentsSent } from './pages/DocumentsSent.tsx';
import { useKeptReducer } from './useKeptReducer.ts';
import './actualisation.css';

export interface DocumentsProps {
  /** Back to « Mon espace » (« Retour à mon espace »). */
  onExit(): void;
}

/** The message of a sending the server refused (incident `envoi-refuse`). */
export const refusedSendMessage =
  'Le document n’a pas pu être transmis. Une erreur technique est survenue : veuillez réessayer.';

/** Transmettre un document. */
export function Documents({ onExit }: DocumentsProps) {
  const { world, emit } = useSiteBridge();
  const [state, dispatch] = useKeptReducer(documentsKey, documentsReducer, () => initialDocuments, documentsSchema, {
    type: 'leave',
  });
  const refused = useIncident('france-travail.envoi-refuse');
  const root = useRef<HTMLDivElement>(null);
  const now = practiceNow(world.clock);
  const last = state.sent[0];
  const view = state.page === 'envoye' && last ? 'envoye' : 'formulaire';
  // A month chosen earlier stays in the list.
  const months = recentMonths(new Date(now));
  if (state.month && !months.includes(state.month)) months.push(state.month);
  useHeadingFocus(root, view);

  const send = () => {
    if (refused.active) {
      refused.clear();
      // The learner did the right thing; the server failed (the lesson's incident).
      emit({ action: 'click', target: 'france-travail.documents.envoyer' });
      return refusedSendMessage;
    }
    emit({ action: 'click', target: 'france-travail.documents.envoyer' });
    dispatch({ type: 'sent', at: practiceNow(world.clock) });
    return null;
  };

  return (
    <div className="fta" ref={root} data-place={`documents-${view}`}>
      {view === 'envoye' && last ? (
        <DocumentsSent sending={last} onAnother={() => dispatch({ type: 'new' })} onExit={onExit} />
      ) : (
        <DocumentsForm
          state={state}
          dispatch={dispatch}
          months={months}
          onSend={send}
          onRefused={() => emit({ action: 'click', target: 'france-travail.documents.envoyer', ok: false })}
          onExit={onExit}
        />
      )}
    </div>
  );
}
