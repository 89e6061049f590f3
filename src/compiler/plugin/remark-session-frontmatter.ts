/**
 * Reads a session script's YAML frontmatter and checks it against its schema, each problem
 * positioned on its field.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { validateYaml } from '../content/validateYaml.ts';
import { fail, listOf } from '../messages.ts';
import { sessionFrontmatterSchema } from '../schema/sessionFrontmatter.ts';
import { sessionDocOf } from '../sessionDoc.ts';

export default function remarkSessionFrontmatter() {
  return (tree: Root, file: VFile) => {
    const doc = sessionDocOf(file);
    const yaml = tree.children.find((node) => node.type === 'yaml');
    if (!yaml || yaml.type !== 'yaml') {
      const fields = Object.keys(sessionFrontmatterSchema.shape);
      fail(
        file,
        `The session script has no frontmatter: start the file with a line \`---\`, the fields ${listOf(fields, 'and')}, then a line \`---\`.`,
        { line: 1, column: 1 },
        'frontmatter-missing',
      );
      return;
    }
    const origin = { line: (yaml.position?.start.line ?? 1) + 1, column: 1 };
    doc.yaml = { text: yaml.value, origin };
    const labels = { field: 'Frontmatter field', ruleId: 'frontmatter-field' } as const;
    const frontmatter = validateYaml(file, yaml.value, sessionFrontmatterSchema, origin, labels);
    if (frontmatter) doc.frontmatter = frontmatter;
  };
}
