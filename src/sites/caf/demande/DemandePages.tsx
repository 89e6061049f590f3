/**
 * The pages of the prime d'activité claim made from Mon Compte (docs/practice-sites.md): the page
 * of the claim in progress, each with `data-place`, its title focused on each change. « Valider »
 * records the claim, sends the mail and shows the confirmation, whose receipt is a PDF.
 */
import { useMemo, useRef, type ReactNode } from 'react';
import { practiceNow } from '../../../lesson/practiceClock.ts';
import { newCode } from '../../../lesson/world.ts';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import { useHeadingFocus } from '../../framework/useHeadingFocus.ts';
import type { CafPersona } from '../cafPersona.ts';
import { referenceMonths } from '../simulateur/referenceMonths.ts';
import { householdOf } from './demandeHousehold.ts';
import { demandeMail } from './demandeMail.ts';
import type { DemandePageProps } from './DemandePageProps.ts';
import { demandeReceipt } from './demandeReceipt.ts';
import type { DemandePage } from './demandeReducer.ts';
import { DemandeBanque } from './pages/DemandeBanque.tsx';
import { DemandeConfirmation } from './pages/DemandeConfirmation.tsx';
import { DemandeFoyer } from './pages/DemandeFoyer.tsx';
import { DemandeIntro } from './pages/DemandeIntro.tsx';
import { DemandeJustificatifs } from './pages/DemandeJustificatifs.tsx';
import { DemandeListe } from './pages/DemandeListe.tsx';
import { DemandeRecapitulatif } from './pages/DemandeRecapitulatif.tsx';
import { DemandeRessources } from './pages/DemandeRessources.tsx';
import type { DemandeStore } from './useDemande.ts';
import '../simulateur/simulateur.css';
import './demande.css';

export interface DemandePagesProps {
  demande: DemandeStore;
  p: CafPersona;
  /** « Retour à Mon Compte ». */
  onExit(): void;
}

/** The form pages in order: the partner's only for a couple. */
export function formPagesOf(couple: boolean): DemandePage[] {
  return [
    'demande-foyer',
    'demande-ressources-vous',
    ...(couple ? (['demande-ressources-conjoint'] as const) : []),
    'demande-banque',
    'demande-justificatifs',
    'demande-recapitulatif',
  ];
}

/** The current page of the claim. */
export function DemandePages({ demande, p, onExit }: DemandePagesProps) {
  const { persona, world, updateWorld } = useSiteBridge();
  const { state, dispatch } = demande;
  const root = useRef<HTMLDivElement>(null);
  useHeadingFocus(root, state.page);
  const household = useMemo(() => householdOf(persona), [persona]);
  const months = referenceMonths(practiceNow(world.clock));
  const formPages = formPagesOf(household.conjoint !== null);
  const index = formPages.indexOf(state.page);
  const props: DemandePageProps = {
    state,
    dispatch,
    household,
    months,
    step: { step: index + 1, steps: formPages.length },
    previous: formPages[index - 1] ?? 'demande-intro',
    next: formPages[index + 1] ?? 'demande-recapitulatif',
  };
  const validate = () => {
    const at = practiceNow(world.clock);
    const reference = `PA-${new Date(at).getFullYear()}-${newCode()}`;
    dispatch({ type: 'submit', reference, at });
    updateWorld((w) => ({
      ...w,
      inbox: [demandeMail(p.prenom, reference, at), ...w.inbox.filter((m) => m.id !== 'caf-accuse-demande')],
    }));
  };

  let page: ReactNode;
  switch (state.page) {
    case 'demande-liste':
      page = (
        <DemandeListe
          onPrimeActivite={() =>
            dispatch({ type: 'go', page: state.submitted ? 'demande-confirmation' : 'demande-intro' })
          }
        />
      );
      break;
    case 'demande-intro':
      page = <DemandeIntro months={months} onStart={() => dispatch({ type: 'go', page: 'demande-foyer' })} />;
      break;
    case 'demande-foyer':
      page = <DemandeFoyer {...props} />;
      break;
    case 'demande-ressources-vous':
    case 'demande-ressources-conjoint': {
      const member = state.page === 'demande-ressources-vous' ? 'vous' : 'conjoint';
      page = <DemandeRessources key={member} member={member} {...props} />;
      break;
    }
    case 'demande-banque':
      page = <DemandeBanque {...props} />;
      break;
    case 'demande-justificatifs':
      page = <DemandeJustificatifs {...props} />;
      break;
    case 'demande-recapitulatif':
      page = <DemandeRecapitulatif {...props} onValidate={validate} />;
      break;
    case 'demande-confirmation':
      page = (
        <DemandeConfirmation
          state={state}
          email={p.email}
          receipt={() => demandeReceipt({ household, numeroAllocataire: p.caf.numero_allocataire, state, months })}
          onBack={onExit}
          onRedo={() => dispatch({ type: 'redo' })}
        />
      );
      break;
  }
  return (
    <div ref={root} className="caf-sim" data-place={state.page}>
      {page}
    </div>
  );
}
