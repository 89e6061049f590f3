/**
 * The number of parts of the family quotient (CGI art. 194; service-public.fr F2705, F2702): 1 for a
 * single person, 2 for a married or PACS couple; + ½ for each of the first two dependent children,
 * + 1 from the third; + ½ for a single parent living alone with the children (case T).
 */

/** What the parts depend on. */
export interface PartsSituation {
  /** Married or PACS, one joint return. */
  couple: boolean;
  /** Dependent children. */
  children: number;
  /** Single parent living alone with the children (case T): counts only with a child, and never for a couple. */
  singleParent?: boolean;
}

/** The parts the situation gives before any dependant: 2 for a couple, 1 otherwise. */
export function baseParts(situation: Pick<PartsSituation, 'couple'>): number {
  return situation.couple ? 2 : 1;
}

/** The parts of a household (a couple with two children → 3; a single parent with one child → 2). */
export function householdParts(situation: PartsSituation): number {
  const { couple, children, singleParent = false } = situation;
  const forChildren = Math.min(children, 2) * 0.5 + Math.max(children - 2, 0);
  const caseT = singleParent && !couple && children > 0 ? 0.5 : 0;
  return baseParts(situation) + forChildren + caseT;
}
