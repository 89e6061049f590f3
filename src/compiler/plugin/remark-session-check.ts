/**
 * Checks a session script against the lessons: every lesson it names exists (did-you-mean), a
 * segment plays one of the frontmatter's lessons, there is at least one segment, and the
 * segments' durations add up to the frontmatter's `duration`.
 */
import type { Root } from 'mdast';
import { parseDocument, type Node as YamlNode } from 'yaml';
import type { VFile } from 'vfile';
import { pointAt } from '../content/validateYaml.ts';
import { didYouMean } from '../didYouMean.ts';
import { fail, listOf } from '../messages.ts';
import { sessionDocOf, type SessionDoc } from '../sessionDoc.ts';

export interface SessionCheckOptions {
  /** The ids of the lessons (the folders of `content/lessons/`). */
  lessons: readonly string[];
}

const unknownLesson = (id: string, lessons: readonly string[]) =>
  `Unknown lesson \`${id}\`.${didYouMean(id, lessons)} A session uses the lessons of content/lessons/ (one folder each).`;

/** Where the frontmatter's field `path` is, when the YAML has it. */
function fieldPoint(doc: SessionDoc, path: (string | number)[]) {
  if (!doc.yaml) return undefined;
  const node = parseDocument(doc.yaml.text).getIn(path, true) as YamlNode | undefined;
  return node?.range ? pointAt(doc.yaml.text, node.range[0], doc.yaml.origin) : undefined;
}

export default function remarkSessionCheck(options: SessionCheckOptions) {
  return (tree: Root, file: VFile) => {
    const doc = sessionDocOf(file);
    const { frontmatter } = doc;
    frontmatter?.lessons.forEach((id, index) => {
      if (!options.lessons.includes(id))
        fail(file, unknownLesson(id, options.lessons), fieldPoint(doc, ['lessons', index]), 'unknown-lesson');
    });
    for (const { data, attributes } of doc.segments) {
      const { lesson } = data;
      if (lesson === undefined) continue;
      if (!options.lessons.includes(lesson))
        fail(file, unknownLesson(lesson, options.lessons), attributes.lesson, 'unknown-lesson');
      else if (frontmatter && !frontmatter.lessons.includes(lesson))
        fail(
          file,
          `The segment « ${data.title} » plays the lesson \`${lesson}\`, which the frontmatter's \`lessons\` does not list: add it there, or use ${listOf(frontmatter.lessons)}.`,
          attributes.lesson,
          'segment-lesson',
        );
    }
    if (doc.segments.length === 0) {
      const yaml = tree.children.find((node) => node.type === 'yaml');
      fail(
        file,
        'The session script has no segment: add at least one `<Segment title="…" duration={10}>` with what to say, then `</Segment>`.',
        { line: (yaml?.position?.end.line ?? 0) + 1, column: 1 },
        'no-segment',
      );
      return;
    }
    if (!frontmatter || !doc.segments.every((segment) => segment.timed)) return;
    const total = doc.segments.reduce((sum, segment) => sum + segment.data.duration, 0);
    if (total !== frontmatter.duration)
      fail(
        file,
        `The segments last ${total} minutes in all (${doc.segments.map((s) => s.data.duration).join(' + ')}), but the frontmatter says \`duration: ${frontmatter.duration}\`: change a segment's \`duration\`, or the frontmatter's.`,
        fieldPoint(doc, ['duration']),
        'session-duration',
      );
  };
}
