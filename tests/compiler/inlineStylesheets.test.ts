/**
 * A prerendered page's stylesheets go into the page: one `<style>` where the first link was, in
 * the links' order; each link kept but never applied (`media="not all"`), so Vite's loader does
 * not add it again; the Content-Security-Policy allows exactly that `<style>` by its hash.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineStylesheets } from '../../src/compiler/vite/inlineStylesheets.ts';

const page = `<!doctype html>
<html lang="fr" dir="ltr">
  <head>
    <meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; object-src &#39;none&#39;">
    <title>Pas à pas</title>
    <link rel="modulepreload" crossorigin href="/assets/react.js">
    <link rel="stylesheet" crossorigin href="/assets/index.css">
    <link rel="stylesheet" crossorigin href="/assets/Player.css">
  </head>
  <body><div id="root"><h1>Leçons</h1></div></body>
</html>`;

const files: Record<string, string> = {
  'assets/index.css': 'h1{font-size:2rem}\n',
  'assets/Player.css': '.guide h1{font-size:1.5rem}',
};

/** The policy's directives of `html`, its entities decoded. */
const policyOf = (html: string) =>
  /content="([^"]*)"/
    .exec(html.match(/<meta http-equiv="Content-Security-Policy"[^>]*>/)![0])![1]!
    .replaceAll('&#39;', "'");

describe('inlineStylesheets', () => {
  it('puts the styles in one <style> in the links’ order, and keeps each link without effect', () => {
    const html = inlineStylesheets(page, (file) => files[file]);
    const style = /<style>([\s\S]*)<\/style>/.exec(html)![1]!;
    expect(style).toBe('h1{font-size:2rem}\n.guide h1{font-size:1.5rem}');
    expect(html.indexOf('<style>')).toBeLessThan(html.indexOf('href="/assets/index.css"'));
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/index.css" media="not all">');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/Player.css" media="not all">');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/react.js">');
    expect(html).toContain('<body><div id="root"><h1>Leçons</h1></div></body>');
  });

  it('allows that <style> by its SHA-256 in the page’s policy, and nothing else inline', () => {
    const html = inlineStylesheets(page, (file) => files[file]);
    const style = /<style>([\s\S]*)<\/style>/.exec(html)![1]!;
    const hash = createHash('sha256').update(style, 'utf8').digest('base64');
    expect(policyOf(html)).toBe(`default-src 'self'; object-src 'none'; style-src 'self' 'sha256-${hash}'`);
    expect(policyOf(html)).not.toContain('unsafe-inline');
  });

  it('leaves a link whose file it does not have, and a page without stylesheets, as they are', () => {
    const html = inlineStylesheets(page, (file) => (file === 'assets/index.css' ? files[file] : undefined));
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/Player.css">');
    expect(/<style>([\s\S]*)<\/style>/.exec(html)![1]).toBe('h1{font-size:2rem}');
    expect(inlineStylesheets(page, () => undefined)).toBe(page);
  });

  it('never inlines a file that would close the <style> early', () => {
    const html = inlineStylesheets(page, (file) =>
      file === 'assets/Player.css' ? 'a{}</style><script>' : files[file],
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/Player.css">');
  });
});
