/**
 * The lines of a detailed prime d'activité estimate, in order and in French: what is added (the
 * montant forfaitaire, the share of professional income, the bonifications), what is taken off
 * (the household's resources, the forfait logement), and the estimate. Lines that would read 0 €
 * (no bonification, no forfait logement) are left out.
 */
import { roundCents } from './roundCents.ts';

/** One line: an amount in euros, `sign` saying whether it is added or taken off. */
export interface PrimeLine {
  label: string;
  amount: number;
  sign: '+' | '-' | '=';
}

/** The steps of one estimate, not rounded. */
export interface PrimeSteps {
  forfait: number;
  /** The share of professional income, and its rate (0.5985). */
  share: number;
  rate: number;
  bonifications: number;
  /** The household's resources, professional income included. */
  resources: number;
  housing: number;
  amount: number;
}

const percent = (rate: number) => `${String(Math.round(rate * 10_000) / 100).replace('.', ',')} %`;

/** The lines of an estimate, each rounded to the cent. */
export function primeLines(steps: PrimeSteps): PrimeLine[] {
  const line = (label: string, amount: number, sign: PrimeLine['sign']): PrimeLine => ({
    label,
    amount: roundCents(amount),
    sign,
  });
  const lines = [
    line('Montant forfaitaire', steps.forfait, '+'),
    line(`${percent(steps.rate)} des revenus professionnels`, steps.share, '+'),
  ];
  if (steps.bonifications > 0) lines.push(line('Bonification individuelle', steps.bonifications, '+'));
  lines.push(line('Ressources du foyer', steps.resources, '-'));
  if (steps.housing > 0) lines.push(line('Forfait logement', steps.housing, '-'));
  lines.push(line('Prime d’activité estimée', steps.amount, '='));
  return lines;
}
