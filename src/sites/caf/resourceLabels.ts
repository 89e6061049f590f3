/** The names the declaration gives each kind of resource, and each reason for a change. */
import type { DtrEditReason, DtrResourceType } from './targets.ts';

export const resourceLabels: Readonly<Record<DtrResourceType, string>> = {
  salaire: 'Salaires',
  chomage: 'Allocations chômage',
  'indemnites-journalieres': 'Indemnités journalières (maladie, maternité…)',
  'pension-retraite': 'Pensions de retraite ou d’invalidité',
  'pension-alimentaire': 'Pensions alimentaires reçues',
  independant: 'Revenus d’activité indépendante',
  autre: 'Autres ressources',
};

/** « Motif de la modification ». */
export const reasonLabels: Readonly<Record<DtrEditReason, string>> = {
  'montant-errone': 'Le montant est erroné',
  'non-percu': 'Je n’ai pas perçu ce revenu',
  'autre-mois': 'Ce revenu a été perçu un autre mois',
};

/** The label of the amount field for a kind of resource: micro-entrepreneurs declare their turnover. */
export function amountLabel(type: DtrResourceType | ''): string {
  return type === 'independant' ? 'Chiffre d’affaires (en euros)' : 'Montant (en euros)';
}
