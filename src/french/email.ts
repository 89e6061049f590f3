/**
 * E-mail addresses as the sites' forms check them: one `@`, something before it, a domain with
 * a dot after it, no spaces (the same rule as `rule:email`, src/lesson/rules.ts).
 */

/** Whether `value` (surrounding spaces ignored) looks like an e-mail address. */
export function isValidEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(value.trim());
}

/** `l•••@messagerie-entrainement.fr`: an address as the sites show it, masked. */
export function maskEmail(email: string): string {
  const at = email.indexOf('@');
  return at < 1 ? email : `${email[0]}•••${email.slice(at)}`;
}
