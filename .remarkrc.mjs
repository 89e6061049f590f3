/**
 * The remark configuration an editor's remark language server reads (VS Code: the extension
 * `unifiedjs.vscode-remark`): it checks each lesson's frontmatter against
 * `content/lesson.schema.json` while the author types, and underlines what is wrong
 * (docs/writing-lessons.md#completion-and-checks-in-the-editor). `npm run check` stays the full check.
 */
import remarkFrontmatter from 'remark-frontmatter';
import remarkLintFrontmatterSchema from 'remark-lint-frontmatter-schema';
import remarkMdx from 'remark-mdx';

export default {
  plugins: [
    remarkMdx,
    remarkFrontmatter,
    [remarkLintFrontmatterSchema, { schemas: { './content/lesson.schema.json': ['content/lessons/*/fr.mdx'] } }],
  ],
};
