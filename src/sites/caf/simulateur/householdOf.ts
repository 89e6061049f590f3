/**
 * The household the estimate reads (`estimatePrimeActivite`) from the simulator's answers, as
 * saved page by page: amounts typed in French (`1 012,40`), answers as the radio buttons' values.
 */
import { parseAmount } from '../../../french/index.ts';
import type { PrimeAdult, PrimeHousehold } from '../primeActivite/index.ts';
import { simulateurMonths, type SimulateurAdult, type SimulateurAnswers } from './simulateurReducer.ts';

const euros = (typed: string) => (parseAmount(typed) ?? 0) / 100;

function adultOf(answers: SimulateurAnswers, adult: SimulateurAdult): PrimeAdult {
  const months = answers.ressources[adult];
  const three = (key: 'salaires' | 'autres') =>
    simulateurMonths.map((m) => euros(months[m][key])) as [number, number, number];
  return {
    professional: three('salaires'),
    other: three('autres'),
    ...(adult === 'vous' && answers.situation === 'etudiant' ? { student: true } : {}),
  };
}

/** The household of the answers, for an estimate made at `at` (ms since the epoch, the practice clock). */
export function householdOf(answers: SimulateurAnswers, at: number): PrimeHousehold {
  const couple = answers.couple === 'oui';
  const children = Number(answers.enfants || '0');
  // A person alone gets the single-parent amount with a child under 3, or when expecting one.
  const singleParent = !couple && ((children > 0 && answers.moinsDe3Ans === 'oui') || answers.situation === 'enceinte');
  return {
    at,
    couple,
    children,
    singleParent,
    housing: answers.logement || 'locataire',
    housingBenefit: answers.aideLogement === 'oui' ? euros(answers.montantAide) : 0,
    adults: couple ? [adultOf(answers, 'vous'), adultOf(answers, 'conjoint')] : [adultOf(answers, 'vous')],
  };
}
