/**
 * Reads the attributes of a vocabulary element as plain strings, reporting expressions,
 * unknown attributes and missing required ones.
 */
import type { VFile } from 'vfile';
import type { JsxElement } from '../lessonDoc.ts';
import { didYouMean } from '../didYouMean.ts';
import { fail, listOf } from '../messages.ts';

export interface AttributeSpec {
  /** Attribute names that must be there. */
  required: readonly string[];
  /** Attribute names that may be there. */
  optional?: readonly string[];
  /** Boolean attributes (written without a value, e.g. `correct`). */
  flags?: readonly string[];
}

export interface ReadAttributes {
  values: Record<string, string>;
  nodes: Record<string, JsxElement['attributes'][number]>;
}

/** Reads `element`'s attributes; missing or malformed ones are reported and left out. */
export function readAttributes(file: VFile, element: JsxElement, spec: AttributeSpec): ReadAttributes {
  const known = [...spec.required, ...(spec.optional ?? []), ...(spec.flags ?? [])];
  const values: Record<string, string> = {};
  const nodes: ReadAttributes['nodes'] = {};
  const tag = `<${element.name}>`;
  for (const attribute of element.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') {
      fail(
        file,
        `\`${tag}\` cannot take \`{...}\` attributes: write each attribute as name="value".`,
        attribute.position ? { ...attribute.position } : element,
        'invalid-attribute',
      );
      continue;
    }
    const place = attribute.position ?? element.position;
    if (!known.includes(attribute.name)) {
      fail(
        file,
        known.length === 0
          ? `\`${tag}\` takes no attribute: remove \`${attribute.name}\`.`
          : `\`${tag}\` has no attribute \`${attribute.name}\`.${didYouMean(attribute.name, known)} It takes ${listOf(known, 'and')}.`,
        place,
        'invalid-attribute',
      );
      continue;
    }
    nodes[attribute.name] = attribute;
    if (attribute.value === null || attribute.value === undefined) {
      if (spec.flags?.includes(attribute.name)) values[attribute.name] = 'true';
      else
        fail(
          file,
          `\`${attribute.name}\` on \`${tag}\` needs a value: write ${attribute.name}="…".`,
          place,
          'invalid-attribute',
        );
    } else if (typeof attribute.value !== 'string') {
      fail(
        file,
        `\`${attribute.name}\` on \`${tag}\` must be plain text in quotes, not \`{…}\`: write ${attribute.name}="…".`,
        place,
        'invalid-attribute',
      );
    } else if (spec.flags?.includes(attribute.name)) {
      fail(
        file,
        `\`${attribute.name}\` on \`${tag}\` takes no value: write just \`${attribute.name}\`.`,
        place,
        'invalid-attribute',
      );
    } else {
      values[attribute.name] = attribute.value;
    }
  }
  for (const name of spec.required) {
    if (!(name in nodes))
      fail(
        file,
        `\`${tag}\` needs a \`${name}\` attribute: add ${name}="…".`,
        element.position?.start,
        'missing-attribute',
      );
  }
  return { values, nodes };
}
