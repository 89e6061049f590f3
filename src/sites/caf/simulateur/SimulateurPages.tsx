/**
 * The pages of the CAF's anonymous prime d'activité simulator (docs/practice-sites.md): the page
 * of the simulation in progress, each with `data-place`, its title focused on each change.
 */
import { useRef, type ReactNode } from 'react';
import { practiceNow } from '../../../lesson/practiceClock.ts';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import { useHeadingFocus } from '../../framework/useHeadingFocus.ts';
import { estimatePrimeActivite } from '../primeActivite/index.ts';
import { householdOf } from './householdOf.ts';
import { SimDebut } from './pages/SimDebut.tsx';
import { SimFamille } from './pages/SimFamille.tsx';
import { SimLogement } from './pages/SimLogement.tsx';
import { SimNonEligible } from './pages/SimNonEligible.tsx';
import { SimResultat } from './pages/SimResultat.tsx';
import { SimRessources } from './pages/SimRessources.tsx';
import { SimRevenus } from './pages/SimRevenus.tsx';
import { SimSituation } from './pages/SimSituation.tsx';
import { referenceMonths } from './referenceMonths.ts';
import { pagesOf } from './simulateurReducer.ts';
import type { SimulateurPageProps } from './SimulateurPageProps.ts';
import type { SimulateurStore } from './useSimulateur.ts';
import './simulateur.css';

export interface SimulateurPagesProps {
  sim: SimulateurStore;
  /** « Faire une demande », on the result (the claim starts from Mon Compte). */
  onDemande?: () => void;
}

/** The current page of the simulation. */
export function SimulateurPages({ sim, onDemande }: SimulateurPagesProps) {
  const { world } = useSiteBridge();
  const { state, dispatch } = sim;
  const root = useRef<HTMLDivElement>(null);
  useHeadingFocus(root, state.page);
  const at = practiceNow(world.clock);
  const today = new Date(at);
  const months = referenceMonths(at);

  const pages: string[] = pagesOf(state.answers).filter(
    (p) => p !== 'simulateur-non-eligible' && p !== 'simulateur-resultat',
  );
  const props: SimulateurPageProps = {
    // What « Suivant » kept, and what was chosen or typed on a page since (valid values only).
    answers: { ...state.answers, ...state.drafts },
    dispatch,
    step: pages.indexOf(state.page) + 1,
    steps: pages.length,
    today,
    months,
  };

  let page: ReactNode;
  switch (state.page) {
    case 'simulateur-debut':
      page = <SimDebut {...props} />;
      break;
    case 'simulateur-revenus':
      page = <SimRevenus {...props} />;
      break;
    case 'simulateur-non-eligible':
      page = <SimNonEligible onModify={() => dispatch({ type: 'go', page: 'simulateur-revenus' })} />;
      break;
    case 'simulateur-situation':
      page = <SimSituation {...props} />;
      break;
    case 'simulateur-famille':
      page = <SimFamille {...props} />;
      break;
    case 'simulateur-logement':
      page = <SimLogement {...props} />;
      break;
    case 'simulateur-ressources-vous':
    case 'simulateur-ressources-conjoint': {
      const adult = state.page === 'simulateur-ressources-vous' ? 'vous' : 'conjoint';
      page = <SimRessources key={adult} adult={adult} {...props} />;
      break;
    }
    case 'simulateur-resultat':
      page = (
        <SimResultat
          estimate={estimatePrimeActivite(householdOf(state.answers, at))}
          onDemande={() => onDemande?.()}
          onModify={() => dispatch({ type: 'go', page: 'simulateur-ressources-vous' })}
          onPrevious={() => dispatch({ type: 'previous' })}
          onRestart={() => dispatch({ type: 'restart' })}
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
