/**
 * What YAML may not hold in content files and frontmatter: tags (`!!js/function`), anchors and
 * aliases (`&a`, `*a`, the « billion laughs » bomb) and deep nesting. Content is plain data: a
 * field's value is written out where it is used.
 */
import { isAlias, isCollection, isPair, isScalar, type Document, type Node as YamlNode } from 'yaml';

/** A problem found in the YAML text, at a character offset of that text. */
export interface YamlHazard {
  offset: number;
  reason: string;
}

/** The deepest nesting of lists and maps a content file needs (a persona's fields) is well below this. */
export const yamlMaxDepth = 8;

const tooDeep = `is nested more than ${yamlMaxDepth} levels deep: write it flatter (content files need a few levels at most)`;

/**
 * Checks the text before the YAML parser reads it: nesting deep enough to exhaust the parser
 * (thousands of `[` or `- `) is refused without parsing.
 */
export function scanYamlText(text: string): YamlHazard | undefined {
  let depth = 0;
  let lineStart = 0;
  for (let offset = 0; offset < text.length; offset += 1) {
    const char = text[offset];
    if (offset === lineStart) {
      // Indentation, then `- `, `? ` or `: ` markers, each opening one more level.
      const [, indent = '', markers = ''] = /^([ \t]*)((?:[-?:][ \t]+)*)/.exec(text.slice(offset, offset + 200)) ?? [];
      if (indent.length > 4 * yamlMaxDepth || markers.replace(/[ \t]+/g, '').length > yamlMaxDepth)
        return { offset: offset + indent.length, reason: `This YAML ${tooDeep}.` };
    }
    if (char === '\n') lineStart = offset + 1;
    else if (char === '[' || char === '{') depth += 1;
    else if ((char === ']' || char === '}') && depth > 0) depth -= 1;
    if (depth > 2 * yamlMaxDepth) return { offset, reason: `This YAML ${tooDeep}.` };
  }
  return undefined;
}

/** The offset of the tag (`!…`) or anchor (`&…`) written before the node starting at `start`, on its line. */
function propertyOffset(text: string, start: number, marker: '!' | '&'): number {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const tokens = [...text.slice(lineStart, start).matchAll(/[!&]\S*/g)].filter((t) => t[0][0] === marker);
  const last = tokens.at(-1);
  return last ? lineStart + last.index : start;
}

/** Finds tags, anchors, aliases and deep nesting in a parsed document. */
export function yamlNodeHazards(document: Document, text: string): YamlHazard[] {
  const hazards: YamlHazard[] = [];
  const stack: { node: unknown; depth: number }[] = [{ node: document.contents, depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, depth } = item;
    if (isPair(node)) {
      stack.push({ node: node.value, depth }, { node: node.key, depth });
      continue;
    }
    if (!isAlias(node) && !isScalar(node) && !isCollection(node)) continue;
    const start = (node as YamlNode).range?.[0] ?? 0;
    if (isAlias(node)) {
      hazards.push({
        offset: start,
        reason: `The alias \`*${node.source}\` repeats another value: write the value itself here (YAML anchors and aliases are not allowed).`,
      });
      continue;
    }
    if (node.tag) {
      const offset = propertyOffset(text, start, '!');
      const written = /^![^\s]*/.exec(text.slice(offset))?.[0] ?? node.tag;
      hazards.push({
        offset,
        reason: `The YAML tag \`${written}\` is not allowed: remove it and write a plain value (text, number, list).`,
      });
    }
    if (node.anchor) {
      hazards.push({
        offset: propertyOffset(text, start, '&'),
        reason: `The anchor \`&${node.anchor}\` is not allowed: remove it, and write values in full where they are used.`,
      });
    }
    if (!isCollection(node)) continue;
    if (depth >= yamlMaxDepth) {
      hazards.push({ offset: start, reason: `This YAML ${tooDeep}.` });
      continue;
    }
    for (const item of [...node.items].reverse()) stack.push({ node: item, depth: depth + 1 });
  }
  return hazards.sort((a, b) => a.offset - b.offset);
}
