// @vitest-environment node
/**
 * The docs are complete on their own: every link of the README and of every file in docs/ leads
 * to a file of the repository and, with `#…`, to one of its
 * headings; none leads outside (an address is written as text, in `code`, never as a link).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const docs = [
  'README.md',
  ...readdirSync('docs', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => join('docs', file))
    .sort(),
];

/** The text without fenced blocks, where no line is a heading or a link. */
const unfenced = (text: string) => text.replace(/^```[\s\S]*?^```/gm, '');
/** The text without fenced blocks and `code` spans, where nothing is a link. */
const prose = (text: string) => unfenced(text).replace(/`[^`\n]*`/g, '');

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as dashes. */
const slug = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');

function anchors(path: string): Set<string> {
  const seen = new Map<string, number>();
  const found = new Set<string>();
  for (const [, heading] of unfenced(readFileSync(path, 'utf8')).matchAll(/^#{1,6} (.+)$/gm)) {
    const base = slug(heading!);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    found.add(count === 0 ? base : `${base}-${count}`);
  }
  return found;
}

describe.each(docs)('%s', (doc) => {
  const text = prose(readFileSync(resolve(doc), 'utf8'));
  const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);

  it('links only inside the repository', () => {
    expect(links.filter((link) => /^[a-z][a-z0-9+.-]*:/i.test(link))).toEqual([]);
    expect(text.match(/https?:\/\/|www\.|<[a-z]+:/gi) ?? []).toEqual([]);
  });

  it('links to files that exist, and to headings they have', () => {
    const broken = links.filter((link) => {
      const [file, anchor] = link.split('#');
      const path = file ? join(dirname(resolve(doc)), file) : resolve(doc);
      return !existsSync(path) || (anchor !== undefined && !anchors(path).has(anchor));
    });
    expect(broken).toEqual([]);
  });
});
