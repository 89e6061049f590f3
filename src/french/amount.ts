/**
 * Amounts in euros as French people type and read them, handled in cents so that sums are exact.
 *
 * What `parseAmount` accepts, once spaces (ordinary, non-breaking U+00A0, narrow U+202F) and a
 * final `€` are left out:
 * - digits with at most 2 decimals after a comma or a dot: `1012`, `12,5`, `1012.40`;
 * - dots as thousands separators, in groups of exactly 3 digits, with or without a comma for
 *   the decimals: `1.012`, `1.012,40`, `12.345.678`. So a single dot followed by exactly three
 *   digits and no comma is a thousands separator (`1.012` is 1 012 €, as French people write
 *   it), while `12.50` or `1012.4` are decimals.
 * Nothing else: no minus sign (no form of these sites takes a negative amount), no comma as a
 * thousands separator (`1,012.40`), no letters.
 */

const spaces = /[\s\u00a0\u202f]/g;
const plain = /^(\d+)(?:[.,](\d{1,2}))?$/;
const dottedThousands = /^([1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d{1,2}))?$/;
/** Amounts a site takes stay below this (100 000 €), in cents. */
const ceiling = 100_000_00;

function clean(text: string): string {
  return text.replace(spaces, '').replace(/€$/, '');
}

/** The amount in cents (`'1 012,40 €'` → `101240`), or `null` when it is not a well-formed amount. */
export function parseAmount(text: string): number | null {
  const t = clean(text);
  const m = plain.exec(t) ?? dottedThousands.exec(t);
  if (!m) return null;
  const [, euros = '', decimals = ''] = m;
  const cents = Number(euros.replace(/\./g, '')) * 100 + Number(decimals.padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
}

/** A typed amount as a site reads it: its cents when it is right, else the message to show. */
export type TypedAmount = { cents: number; error: null } | { cents: null; error: string };

/** Reads a typed amount for a site's form (it must be below 100 000 €). */
export function readTypedAmount(text: string): TypedAmount {
  const refuse = (error: string): TypedAmount => ({ cents: null, error });
  const t = clean(text);
  if (t === '') return refuse('Saisissez un montant.');
  const cents = parseAmount(t);
  if (cents !== null)
    return cents < ceiling ? { cents, error: null } : refuse('Le montant doit être inférieur à 100 000 €.');
  if (t.startsWith('-')) return refuse('Le montant ne peut pas être négatif.');
  if (/^\d+[.,]\d{3,}$/.test(t)) return refuse('Saisissez 2 chiffres au plus après la virgule, par exemple 1 250,50.');
  return refuse('Le montant doit être un nombre, sans lettres, par exemple 1 250,50.');
}

/**
 * The message a site shows for a typed amount (it must be below 100 000 €), or `null` when it
 * is right.
 */
export function amountError(text: string): string | null {
  return readTypedAmount(text).error;
}

const currency = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

/** `1 012,40 €` for `101240` cents, with the spaces French formatting uses (U+202F, U+00A0). */
export function formatAmount(cents: number): string {
  return currency.format(cents / 100);
}
