/**
 * Reads the lesson's YAML frontmatter and checks it against its schema, each problem
 * positioned on its field.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { parse } from 'yaml';
import { validateYaml } from '../content/validateYaml.ts';
import { fail, listOf } from '../messages.ts';
import { frontmatterSchema, translatedFrontmatterSchema, type Frontmatter } from '../schema/frontmatter.ts';
import { lessonDocOf } from './lessonDocOf.ts';

export interface FrontmatterOptions {
  /** A translated file (`en.mdx`…) only gives `title`, `summary` and `goal`. */
  translated: boolean;
}

/** The fields of a broken frontmatter that are valid on their own, so later checks still run. */
function validFields(text: string): Partial<Frontmatter> {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch {
    return {};
  }
  if (!raw || typeof raw !== 'object') return {};
  const shape = frontmatterSchema.shape;
  const valid = Object.entries(raw).filter(
    ([key, value]) => key in shape && shape[key as keyof typeof shape].safeParse(value).success,
  );
  return { requires: [], ...Object.fromEntries(valid) };
}

export default function remarkLessonFrontmatter(options: FrontmatterOptions) {
  return (tree: Root, file: VFile) => {
    const doc = lessonDocOf(file);
    const yaml = tree.children.find((node) => node.type === 'yaml');
    const fields = Object.keys((options.translated ? translatedFrontmatterSchema : frontmatterSchema).shape);
    if (!yaml || yaml.type !== 'yaml') {
      fail(
        file,
        `The lesson has no frontmatter: start the file with a line \`---\`, the fields ${listOf(fields, 'and')}, then a line \`---\`.`,
        { line: 1, column: 1 },
        'frontmatter-missing',
      );
      return;
    }
    const origin = { line: (yaml.position?.start.line ?? 1) + 1, column: 1 };
    const labels = { field: 'Frontmatter field', ruleId: 'frontmatter-field' } as const;
    if (options.translated) {
      const texts = validateYaml(file, yaml.value, translatedFrontmatterSchema, origin, labels);
      if (texts) doc.texts = texts;
    } else {
      const frontmatter = validateYaml(file, yaml.value, frontmatterSchema, origin, labels);
      if (frontmatter) doc.frontmatter = frontmatter;
      // Unsafe YAML is never parsed again: its valid fields are not read either.
      const unsafe = file.messages.some((m) => m.ruleId === 'yaml-unsafe');
      doc.meta = frontmatter ?? (unsafe ? {} : validFields(yaml.value));
    }
  };
}
