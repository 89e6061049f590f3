/** The names the declaration gives each kind of resource. */
import type { DtrResourceType } from './targets.ts';

export const resourceLabels: Readonly<Record<DtrResourceType, string>> = {
  salaire: 'Salaires',
  chomage: 'Allocations chômage',
  'indemnites-journalieres': 'Indemnités journalières (maladie, maternité…)',
  'pension-retraite': 'Pensions de retraite ou d’invalidité',
  'pension-alimentaire': 'Pensions alimentaires reçues',
  independant: 'Revenus d’activité indépendante',
  autre: 'Autres ressources',
};
