/** A numéro fiscal as the avis prints it: `12 84 619 372 120`. */
export function spacedNif(nif: string): string {
  const n = nif.replace(/\D/g, '');
  return n.length === 13 ? `${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 7)} ${n.slice(7, 10)} ${n.slice(10)}` : nif;
}
