/**
 * What a link or image address in a lesson is: relative (inside the app), an official site of
 * the allow-list, another site, or a script (`javascript:`, `data:`, `vbscript:`) in any spelling
 * (upper case, spaces or control characters inside, HTML entities, percent-encoding).
 */
import { officialSites } from './officialSites.ts';

export type UrlKind = 'relative' | 'official' | 'external' | 'script';

const namedEntities: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  amp: '&',
  sol: '/',
  bsol: '\\',
  period: '.',
  lpar: '(',
  rpar: ')',
  percnt: '%',
  num: '#',
};

/** One round of decoding: HTML entities (with or without `;`) and percent-encoding. */
function decodeOnce(text: string): string {
  return text
    .replace(/&#(x[0-9a-f]+|\d+);?/gi, (entity, code: string) => {
      const value = code[0] === 'x' || code[0] === 'X' ? parseInt(code.slice(1), 16) : Number(code);
      return value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : entity;
    })
    .replace(/&([a-z]+);?/gi, (entity, name: string) => namedEntities[name.toLowerCase()] ?? entity)
    .replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Spaces, control characters and invisible format characters (soft hyphen, zero-width, bidi marks). */
function isInvisible(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return (
    /\s/.test(character) ||
    code <= 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0xad ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x2028 && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    code === 0xfeff
  );
}

/** The address as a browser could end up reading its scheme: decoded, without invisible characters, lower-case. */
function normalise(url: string): string {
  let text = url;
  for (let round = 0; round < 5; round += 1) {
    const decoded = decodeOnce(text);
    if (decoded === text) break;
    text = decoded;
  }
  // Browsers drop tabs and newlines anywhere, and spaces and controls around the address.
  return Array.from(text)
    .filter((c) => !isInvisible(c))
    .join('')
    .toLowerCase();
}

/** Whether `url` is `https://` on an allow-listed domain, with no user, password or port. */
function isOfficial(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) return false;
  return officialSites.some((site) => parsed.hostname === site || parsed.hostname.endsWith(`.${site}`));
}

/** Classifies a link or image address written in a lesson. */
export function classifyUrl(url: string): UrlKind {
  const normalised = normalise(url);
  if (/^(javascript|vbscript|data):/.test(normalised)) return 'script';
  if (/^[a-z][a-z0-9+.-]*:/.test(normalised)) return isOfficial(url) ? 'official' : 'external';
  // `//host/…` (and its backslash spellings) leaves the app as well.
  if (/^[/\\]{2}/.test(normalised)) return 'external';
  return 'relative';
}
