/** The address a step sheet's QR code opens: the lesson, started in a chosen mode. */
import type { Mode } from '../../lesson/types.ts';

/**
 * `<base>lecons/<id>?mode=<mode>`: the lesson page offers that mode first.
 * @param base the app's address, ending with `/` (default: this page's origin and the build's base)
 */
export function lessonUrl(
  id: string,
  mode: Mode,
  base = `${globalThis.location?.origin ?? ''}${import.meta.env.BASE_URL}`,
): string {
  return `${base}lecons/${encodeURIComponent(id)}?mode=${mode}`;
}
