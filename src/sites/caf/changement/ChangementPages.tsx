/**
 * The pages of « Déclarer un changement de situation » (docs/practice-sites.md): the page of the
 * declaration in progress, with its own `data-place`, its title focused on each change.
 * « Valider » dates the declaration by the practice clock, sends the e-mail and shows the
 * confirmation, whose receipt opens in the practice viewer.
 */
import { useRef, type ReactNode } from 'react';
import { practiceNow } from '../../../lesson/practiceClock.ts';
import { newCode } from '../../../lesson/world.ts';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import { useHeadingFocus } from '../../framework/useHeadingFocus.ts';
import type { CafPersona } from '../cafPersona.ts';
import { changementDocument } from './changementDocument.ts';
import { changementMail } from './changementMail.ts';
import { ChangementChoix } from './pages/ChangementChoix.tsx';
import { Confirmation } from './pages/Confirmation.tsx';
import { DetailsForm } from './pages/DetailsForm.tsx';
import { Justificatif } from './pages/Justificatif.tsx';
import { Recap } from './pages/Recap.tsx';
import { initialAddress } from './profilOf.ts';
import type { ChangementStore } from './useChangement.ts';
import './changement.css';

export interface ChangementPagesProps {
  p: CafPersona;
  store: ChangementStore;
  onProfil(): void;
}

/** The current page of the declaration. */
export function ChangementPages({ p, store, onProfil }: ChangementPagesProps) {
  const { world, updateWorld, openDocument, persona } = useSiteBridge();
  const { state, dispatch, place } = store;
  const root = useRef<HTMLDivElement>(null);
  useHeadingFocus(root, place);
  const at = practiceNow(world.clock);
  const oldAddress = initialAddress(persona);
  const type = state.type;
  const details = type ? state.details[type] : undefined;
  const proof = type ? state.proofs[type] : undefined;
  const last = state.sent[0];

  const validate = () => {
    if (!type) return;
    const now = practiceNow(world.clock);
    const reference = `CHG-${new Date(now).getFullYear()}-${newCode()}`;
    dispatch({ type: 'submit', reference, at: now });
    if (details && proof) {
      const sent = { type, details, proof: proof.name, reference, at: now };
      updateWorld((w) => ({
        ...w,
        inbox: [changementMail(p.prenom, oldAddress, sent), ...w.inbox.filter((m) => m.id !== 'caf-changement')],
      }));
    }
  };

  let page: ReactNode;
  if (place === 'changement-confirmation' && last) {
    const name = [p.prenom, typeof persona.nom === 'string' ? persona.nom : ''].join(' ').trim();
    page = (
      <Confirmation
        sent={last}
        oldAddress={oldAddress}
        onReceipt={
          openDocument && (() => openDocument(changementDocument(name, p.caf.numero_allocataire, oldAddress, last)))
        }
        onProfil={onProfil}
      />
    );
  } else if (!type || state.step === 'choix') {
    page = <ChangementChoix type={type} dispatch={dispatch} />;
  } else if (state.step === 'details' || !details) {
    const values = state.drafts[type] ?? details ?? {};
    page = <DetailsForm key={type} type={type} values={values} today={new Date(at)} dispatch={dispatch} />;
  } else if (state.step === 'recap' && proof) {
    page = <Recap type={type} details={details} proof={proof} dispatch={dispatch} onValidate={validate} />;
  } else {
    page = <Justificatif type={type} proof={proof} dispatch={dispatch} />;
  }
  return (
    <div ref={root} className="caf-sim caf-chg" data-place={place}>
      {page}
    </div>
  );
}
