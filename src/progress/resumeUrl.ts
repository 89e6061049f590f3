/** The address a progress QR code opens: the `/reprendre` page with the code and the lessons done. */
import { idPattern } from '../lesson/ids.ts';

/**
 * `<base>reprendre?code=ABCD-EFGH-JKMN-PQRS&lecons=a,b`.
 * @param base the app's address, ending with `/` (default: this page's origin and the build's base)
 */
export function resumeUrl(
  code: string,
  lessons: readonly string[],
  base = `${globalThis.location?.origin ?? ''}${import.meta.env.BASE_URL}`,
): string {
  const query = new URLSearchParams({ code });
  if (lessons.length > 0) query.set('lecons', lessons.join(','));
  return `${base}reprendre?${query.toString().replace(/%2C/g, ',')}`;
}

/** The code and lessons of a `/reprendre` query (`?code=…&lecons=…`). */
export function readResumeQuery(search: string): { code: string; lessons: string[] } {
  const query = new URLSearchParams(search);
  return {
    code: query.get('code') ?? '',
    lessons: (query.get('lecons') ?? '').split(',').filter((id) => id.length <= 80 && idPattern.test(id)),
  };
}
