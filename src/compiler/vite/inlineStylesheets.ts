/**
 * Puts a prerendered page's stylesheets into the page itself, so that its first screen paints
 * as soon as the HTML has arrived, without waiting for a CSS request on a slow line (the
 * stylesheets would share it with the scripts). Each `<link rel="stylesheet">` stays where it
 * was with `media="not all"`: it never applies (the cascade keeps its order), and Vite's loader,
 * which looks for that link before loading a lazy chunk's CSS, does not add it a second time.
 * The page's Content-Security-Policy allows that one `<style>` by its SHA-256 hash.
 */
import { createHash } from 'node:crypto';

const stylesheetLink = /<link rel="stylesheet" crossorigin href="\/([^"]+\.css)">/g;
const policyMeta = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/;

/**
 * `html` with its stylesheets inlined. `cssOf(file)` gives a built CSS file's text (`assets/x.css`),
 * or `undefined` to leave that link as it is.
 */
export function inlineStylesheets(html: string, cssOf: (file: string) => string | undefined): string {
  const headEnd = html.indexOf('</head>');
  if (headEnd < 0) return html;
  const head = html.slice(0, headEnd);
  const inlined: string[] = [];
  let at = -1;
  const links = head.replace(stylesheetLink, (link, file: string, offset: number) => {
    const css = cssOf(file);
    if (css === undefined || css.includes('</style')) return link;
    if (at < 0) at = offset;
    inlined.push(css.trim());
    return `<link rel="stylesheet" crossorigin href="/${file}" media="not all">`;
  });
  if (inlined.length === 0) return html;
  const css = inlined.join('\n');
  const hash = createHash('sha256').update(css, 'utf8').digest('base64');
  const withStyle = `${links.slice(0, at)}<style>${css}</style>\n    ${links.slice(at)}`;
  const withPolicy = withStyle.replace(
    policyMeta,
    (_match, start: string, policy: string, end: string) =>
      `${start}${policy}; style-src &#39;self&#39; &#39;sha256-${hash}&#39;${end}`,
  );
  return withPolicy + html.slice(headEnd);
}
