/**
 * Parses YAML and validates it against a zod schema, reporting every problem at the line and
 * column of the field concerned (for frontmatter, shifted to its place in the MDX file).
 */
import { isMap, isScalar, parseDocument, type Node as YamlNode } from 'yaml';
import type { VFile } from 'vfile';
import type { z } from 'zod';
import { fail, type RuleId } from '../messages.ts';
import { scanYamlText, yamlNodeHazards, type YamlHazard } from './yamlHazards.ts';

/** Where the YAML text starts in the file (1-based line and column, 0-based offset). */
export interface YamlOrigin {
  line: number;
  column: number;
}

/** What the messages call the document: "Frontmatter field", "Persona field"… */
export interface YamlLabels {
  field: string;
  /** Rule id for schema problems (default `schema`). */
  ruleId?: RuleId;
}

/** Where `offset` in the YAML `text` is in the file. */
export function pointAt(text: string, offset: number, origin: YamlOrigin) {
  const before = text.slice(0, offset).split('\n');
  const line = origin.line + before.length - 1;
  const column = before.length === 1 ? origin.column + (before[0]?.length ?? 0) : (before.at(-1)?.length ?? 0) + 1;
  return { line, column };
}

const describeValue = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value));

function descriptionAt(schema: z.ZodType, path: PropertyKey[]): string | undefined {
  let current: unknown = schema;
  for (const key of path) {
    const { shape, element } = (current ?? {}) as { shape?: Record<string, unknown>; element?: unknown };
    if (shape && typeof key === 'string') current = shape[key];
    else if (element && typeof key === 'number') current = element;
    else return undefined;
  }
  return (current as { description?: string } | undefined)?.description;
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let value = data;
  for (const key of path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/**
 * Parses `text`, reports YAML syntax errors (rule `yaml-syntax`), tags, anchors, aliases and deep
 * nesting (rule `yaml-unsafe`, before anything is resolved) and schema problems, and returns the
 * typed data, or `undefined` when anything is wrong.
 */
export function validateYaml<S extends z.ZodType>(
  file: VFile,
  text: string,
  schema: S,
  origin: YamlOrigin,
  labels: YamlLabels,
): z.infer<S> | undefined {
  const unsafe = (hazard: YamlHazard) => fail(file, hazard.reason, pointAt(text, hazard.offset, origin), 'yaml-unsafe');
  const deep = scanYamlText(text);
  if (deep) {
    unsafe(deep);
    return undefined;
  }
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.message;
      fail(file, `Broken YAML: ${reason}. Check the indentation, the colons and the brackets on this line.`, pointAt(text, error.pos[0], origin), 'yaml-syntax');
    }
    return undefined;
  }
  const hazards = yamlNodeHazards(doc, text);
  if (hazards.length > 0) {
    hazards.forEach(unsafe);
    return undefined;
  }
  const data: unknown = doc.toJS();
  const result = schema.safeParse(data ?? {});
  if (result.success) return result.data;

  const rootPoint = { line: Math.max(1, origin.line - 1), column: 1 };
  const nodePoint = (path: PropertyKey[], key = false) => {
    const node = doc.getIn(path as unknown[], true) as YamlNode | undefined;
    if (key && path.length > 0 && isMap(doc.getIn(path.slice(0, -1) as unknown[], true))) {
      const parent = doc.getIn(path.slice(0, -1) as unknown[], true);
      const pair = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && p.key.value === path.at(-1)) : undefined;
      const keyNode = pair?.key as YamlNode | undefined;
      if (keyNode?.range) return pointAt(text, keyNode.range[0], origin);
    }
    return node?.range ? pointAt(text, node.range[0], origin) : rootPoint;
  };

  const ruleId = labels.ruleId ?? 'schema';
  for (const issue of result.error.issues) {
    const path = issue.path;
    const name = path.map(String).join('.');
    const description = descriptionAt(schema, path);
    const about = description ? ` (${description})` : '';
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        fail(file, `Unknown ${labels.field.toLowerCase()} \`${[...path, key].join('.')}\`: remove it, or check its spelling.`, nodePoint([...path, key], true), ruleId);
      }
      continue;
    }
    const value = valueAt(data, path);
    if (value === undefined && issue.code === 'invalid_type') {
      fail(file, `${labels.field} \`${name}\` is missing: add \`${name}:\`${about}.`, path.length > 1 ? nodePoint(path.slice(0, -1)) : rootPoint, ruleId);
      continue;
    }
    const expected = issue.code === 'invalid_type' ? `must be a ${issue.expected}` : issue.message.replace(/^Invalid input: /, '');
    fail(file, `${labels.field} \`${name}\` ${expected}${about}; it is ${describeValue(value)}.`, nodePoint(path), ruleId);
  }
  return undefined;
}
