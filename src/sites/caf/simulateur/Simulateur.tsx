/**
 * The CAF's anonymous prime d'activité simulator on its own: the pages with their state kept with
 * the run. The CAF site may instead call `useSimulateur` and render `SimulateurPages`, to show the
 * simulator's flags on its root and open the first page from « Faire une simulation ».
 */
import { SimulateurPages } from './SimulateurPages.tsx';
import { useSimulateur } from './useSimulateur.ts';

export interface SimulateurProps {
  /** « Faire une demande », on the result. */
  onDemande?: () => void;
}

/** The simulator, keeping its own state. */
export function Simulateur({ onDemande }: SimulateurProps) {
  const sim = useSimulateur();
  return <SimulateurPages sim={sim} {...(onDemande ? { onDemande } : {})} />;
}
