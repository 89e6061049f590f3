/**
 * Author mistakes as positioned messages (vfile messages): file, line, column, a rule id and a
 * sentence that says the fix. Every check reports through `fail` and collects; nothing throws.
 */
import { relative } from 'node:path';
import type { Node, Point, Position } from 'unist';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

/** Every rule a lesson or content file is checked against; each has a section in docs/writing-lessons.md. */
export const ruleIds = [
  'mdx-syntax',
  'yaml-syntax',
  'frontmatter-missing',
  'frontmatter-field',
  'schema',
  'not-allowed',
  'unknown-element',
  'misplaced-element',
  'missing-attribute',
  'invalid-attribute',
  'duplicate-id',
  'unknown-target',
  'target-action',
  'unknown-site',
  'unknown-skill',
  'unknown-persona',
  'persona-field',
  'invalid-expect',
  'unknown-goto',
  'branch-value',
  'unreachable-step',
  'no-end',
  'unknown-term',
  'empty-text',
  'translation-mismatch',
  'lesson-id',
  // Content safety: a lesson is content, not code.
  'file-encoding',
  'yaml-unsafe',
  'unsafe-url',
  'external-link',
  'external-image',
  'value-pattern',
  // Structure: what would stop a lesson.
  'unclosed-tag',
  'no-step',
  'no-correct-answer',
  'branch-fallthrough',
  'site-target',
  // Practice files and incidents.
  'unknown-incident',
  'unknown-file',
] as const;

/** The rules only session scripts have; each has a section in docs/session-scripts.md. */
export const sessionRuleIds = [
  'unknown-lesson',
  'segment-lesson',
  'session-duration',
  'no-segment',
  'outside-segment',
  'ask-answer',
  'checklist-list',
] as const;

export type RuleId = (typeof ruleIds)[number] | (typeof sessionRuleIds)[number];

/** Where a rule is explained: its section of the lesson-writing guide (or of the session-script guide), as a path in the repository. */
export function ruleUrl(ruleId: RuleId): string {
  return (sessionRuleIds as readonly string[]).includes(ruleId)
    ? sessionRuleUrl(ruleId)
    : `docs/writing-lessons.md#${ruleId}`;
}

/** Where a rule met in a session script is explained: its section of docs/session-scripts.md. */
export function sessionRuleUrl(ruleId: string): string {
  return `docs/session-scripts.md#${ruleId}`;
}

/** Where a message points: a node, a position, or a point. */
export type Place = Node | Position | Point | undefined;

function toPlace(place: Place): Position | Point | undefined {
  if (!place) return undefined;
  if ('type' in place) return place.position;
  return place;
}

/** Records a message on `file`, linked to its rule's documentation. */
function record(file: VFile, reason: string, place: Place, ruleId: RuleId, fatal: boolean): VFileMessage {
  const message = file.message(reason, { place: toPlace(place), ruleId, source: 'pas-a-pas' });
  message.fatal = fatal;
  message.url = ruleUrl(ruleId);
  return message;
}

/** Records an error on `file` (collected, not thrown). */
export function fail(file: VFile, reason: string, place: Place, ruleId: RuleId): VFileMessage {
  return record(file, reason, place, ruleId, true);
}

/** Records a warning on `file`. */
export function warn(file: VFile, reason: string, place: Place, ruleId: RuleId): VFileMessage {
  return record(file, reason, place, ruleId, false);
}

/** Whether the file has at least one error. */
export function hasErrors(file: VFile): boolean {
  return file.messages.some((m) => m.fatal === true);
}

/** `file`'s messages, sorted by position. */
export function sortedMessages(file: VFile): VFileMessage[] {
  return [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** The path messages show: `file`'s path relative to `cwd`. */
export function displayPath(file: VFile, cwd: string = process.cwd()): string {
  return file.path ? relative(cwd, file.path) || file.path : '<input>';
}

/** One message as `path:line:column  error  <message>  <rule-id>`. */
export function formatMessage(m: VFileMessage, path: string): string {
  return `${path}:${m.line ?? 1}:${m.column ?? 1}  ${m.fatal ? 'error' : 'warning'}  ${m.reason}  ${m.ruleId ?? 'unknown'}`;
}

/**
 * One line per message: `path:line:column  error  <message>  <rule-id>`, the path relative to
 * `cwd`, sorted by position.
 */
export function formatMessages(file: VFile, cwd: string = process.cwd()): string[] {
  const path = displayPath(file, cwd);
  return sortedMessages(file).map((m) => formatMessage(m, path));
}

/** The documentation of the rules broken in `files`, as one `See docs/writing-lessons.md#<rule-id>, …` line (none without messages). */
export function ruleLinks(files: readonly VFile[]): string[] {
  const urls = [...new Set(files.flatMap((file) => sortedMessages(file).flatMap((m) => (m.url ? [m.url] : []))))];
  return urls.length === 0 ? [] : [`See ${urls.join(', ')}`];
}

/** A quoted list for messages: `` `a`, `b` or `c` ``. */
export function listOf(values: readonly string[], conjunction = 'or'): string {
  const quoted = values.map((v) => `\`${v}\``);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted.at(-1)}`;
}
