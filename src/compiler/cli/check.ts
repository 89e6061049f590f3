/**
 * `npm run check -- [options] [files…]`: checks lessons (default: every `content/lessons/*\/*.mdx`),
 * session scripts (default: every `content/sessions/*\/*.mdx`, see docs/session-scripts.md)
 * and the shared content (skills, personas, glossaries) exactly as the build does, then adds the
 * warnings (`../warnings/lessonWarnings.ts`). Prints one line per message,
 * `path:line:column  error|warning  <message>  <rule-id>`, then `See docs/writing-lessons.md#<rule-id>, …`
 * and a summary; or, with `--format json`, one JSON array. `--translations` adds the translation
 * report. Exits 1 on any error (never on warnings), 2 on a wrong option, else 0. `--help` says it all.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { VFile } from 'vfile';
import type { ContentStore } from '../content/contentStore.ts';
import { didYouMean } from '../didYouMean.ts';
import { displayPath, sortedMessages } from '../messages.ts';
import type { TranslationReport } from '../warnings/translationReport.ts';
import { warningUrl } from '../warnings/warningRules.ts';
import { languages } from '../../i18n/languages.ts';

/** The compiler and the warnings, loaded only to check: `--help` and a wrong option answer at once. */
async function loadChecker() {
  const [{ compileLesson, lessonPathParts }, { createContentStore }, { lessonWarnings }, report, sessions] =
    await Promise.all([
      import('../compileLesson.ts'),
      import('../content/contentStore.ts'),
      import('../warnings/lessonWarnings.ts'),
      import('../warnings/translationReport.ts'),
      import('../compileSession.ts'),
    ]);
  /** Compiles a lesson file and adds its warnings. */
  async function checkLesson(path: string, store: ContentStore) {
    const source = readFileSync(path, 'utf8');
    const { file } = await compileLesson({ path, value: source }, { store });
    lessonWarnings(file, source, { glossary: store.glossary(lessonPathParts(path).locale).data });
    return { file, source };
  }
  /** Compiles a session script against the lessons of `content`. */
  async function checkSession(path: string, content: string) {
    const value = readFileSync(path, 'utf8');
    const lessons = sessions.lessonIdsIn(join(content, 'lessons'));
    return (await sessions.compileSession({ path, value }, { lessons })).file;
  }
  return { checkLesson, checkSession, createContentStore, ...report };
}

const usage = `Usage: npm run check -- [options] [files…]

Checks lesson files (default: every content/lessons/<lesson-id>/<locale>.mdx), session
scripts (default: every content/sessions/<session-id>/<locale>.mdx) and the shared content
(skills, personas, glossaries) as the build does. Prints one line per message:

  path:line:column  error|warning  <message>  <rule-id>

An error breaks the lesson: the check fails. A warning is advice (plain language, hints,
questions, skills): it never fails the check. Each rule is explained in
docs/writing-lessons.md#<rule-id> (for session scripts, docs/session-scripts.md#<rule-id>).

Options:
  --format text|json  text (the default): lines to read. json: one JSON array of
                      {file, line, column, severity, rule, url, message} on stdout,
                      for editors and CI.
  --translations      add the translation report: which locales cover which lessons,
                      and the texts a translation lacks or left in French (severity "info").
  -h, --help          show this help.

Exit status: 0 when there is no error (warnings allowed), 1 when there are errors,
2 when an option is wrong.`;

/** What the command was asked. */
interface CheckArgs {
  files: string[];
  format: 'text' | 'json';
  translations: boolean;
  help: boolean;
}

/** One message of the check, as printed and as the JSON array holds it. */
interface CheckRecord {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning' | 'info';
  rule: string;
  url: string;
  message: string;
}

class UsageError extends Error {}

const options = ['--format', '--translations', '--help', '-h'];
const formats = ['text', 'json'] as const;

function parseArgs(args: readonly string[]): CheckArgs {
  const parsed: CheckArgs = { files: [], format: 'text', translations: false, help: false };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      parsed.files.push(...args.slice(i + 1));
      break;
    }
    const [name = '', inline] = arg.startsWith('--') ? arg.split(/=(.*)/s) : [arg];
    if (name === '--help' || name === '-h') parsed.help = true;
    else if (name === '--translations') parsed.translations = true;
    else if (name === '--format') {
      const value = inline ?? args[(i += 1)];
      if (value === undefined) throw new UsageError('`--format` needs a value: `text` or `json`.');
      if (!(formats as readonly string[]).includes(value))
        throw new UsageError(`\`--format\` takes \`text\` or \`json\`, not \`${value}\`.${didYouMean(value, formats)}`);
      parsed.format = value as CheckArgs['format'];
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`Unknown option \`${arg}\`.${didYouMean(name, options)}`);
    } else parsed.files.push(arg);
  }
  return parsed;
}

function lessonFiles(content: string): string[] {
  const lessons = join(content, 'lessons');
  if (!existsSync(lessons)) return [];
  return readdirSync(lessons, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(lessons, d.name))
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => join(lessons, d.name, f)),
    )
    .sort();
}

/** The session scripts: every `content/sessions/<session-id>/<locale>.mdx` (none when the folder is absent). */
function sessionFiles(content: string): string[] {
  const sessions = join(content, 'sessions');
  if (!existsSync(sessions)) return [];
  return readdirSync(sessions, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(sessions, d.name))
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => join(sessions, d.name, f)),
    )
    .sort();
}

/** A file named on the command line that is a session script. */
const isSessionFile = (path: string) => /[\\/]sessions[\\/][^\\/]+[\\/][^\\/]+\.mdx$/.test(path);

function yamlFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => f.slice(0, -5))
    : [];
}

const severityOf = (fatal: boolean | null | undefined): CheckRecord['severity'] =>
  fatal === true ? 'error' : fatal === false ? 'warning' : 'info';

function recordsOf(file: VFile): CheckRecord[] {
  return sortedMessages(file).map((m) => ({
    file: displayPath(file),
    line: m.line ?? 1,
    column: m.column ?? 1,
    severity: severityOf(m.fatal),
    rule: m.ruleId ?? 'unknown',
    url: m.url ?? `docs/writing-lessons.md#${m.ruleId ?? ''}`,
    message: m.reason,
  }));
}

const formatRecord = (r: CheckRecord) => `${r.file}:${r.line}:${r.column}  ${r.severity}  ${r.message}  ${r.rule}`;
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * The translation report's coverage, in words: one line per locale, with the lessons it lacks and,
 * when `counts`, how many of its texts are missing, left in French or much longer than the French.
 */
function coverageLines(report: TranslationReport, languageName: (locale: string) => string, counts: boolean): string[] {
  const lines = ['Translations (fr.mdx is the reference):'];
  for (const locale of report.locales) {
    const covered = report.lessons.filter((lesson) => lesson.locales.includes(locale)).map((lesson) => lesson.id);
    const missing = report.lessons.filter((lesson) => !lesson.locales.includes(locale)).map((lesson) => lesson.id);
    const notes = report.notes.filter((note) => note.rule !== 'missing-translation' && localeOf(note.path) === locale);
    const texts = (rule: TranslationReport['notes'][number]['rule'], what: string) => {
      const count = notes.filter((note) => note.rule === rule).length;
      return count > 0 ? `${count} ${what}` : undefined;
    };
    const found = [
      texts('missing-text', 'missing'),
      texts('untranslated-text', 'left in French'),
      texts('longer-text', 'much longer than the French'),
    ].filter(Boolean);
    lines.push(
      `  ${locale} (${languageName(locale)}): ${covered.length} of ${plural(report.lessons.length, 'lesson')}` +
        (covered.length > 0 ? `: ${covered.join(', ')}` : '') +
        (missing.length > 0 ? `; missing: ${missing.join(', ')}` : '') +
        (counts && found.length > 0 ? `; texts: ${found.join(', ')} (npm run check -- --translations)` : ''),
    );
  }
  return lines;
}

/** `content/lessons/x/uk.mdx` and `content/glossary/uk.yaml` → `uk`. */
const localeOf = (path: string) => basename(path).replace(/\.(mdx|yaml)$/, '');

async function main(args: CheckArgs): Promise<number> {
  const { checkLesson, checkSession, createContentStore, translationReport, languageName } = await loadChecker();
  const content = resolve('content');
  const store = createContentStore(content);
  const named = args.files.map((a) => resolve(a));
  const scripts = named.length > 0 ? named.filter(isSessionFile) : sessionFiles(content);
  const files = named.length > 0 ? named.filter((path) => !isSessionFile(path)) : lessonFiles(content);
  const records: CheckRecord[] = [];
  const compiled = new Map<string, { file: VFile; source: string }>();
  for (const path of files) {
    if (!existsSync(path) || !statSync(path).isFile()) {
      records.push({
        file: relative(process.cwd(), path) || path,
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'missing-file',
        url: 'docs/writing-lessons.md#missing-file',
        message: 'No such file: check the path.',
      });
      continue;
    }
    const result = await checkLesson(path, store);
    compiled.set(path, result);
    records.push(...recordsOf(result.file));
  }
  for (const path of scripts) {
    if (existsSync(path) && statSync(path).isFile()) records.push(...recordsOf(await checkSession(path, content)));
    else
      records.push({
        file: relative(process.cwd(), path) || path,
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'missing-file',
        url: 'docs/session-scripts.md#missing-file',
        message: 'No such file: check the path.',
      });
  }
  // Shared content is checked even when no lesson uses it yet.
  const glossaryLocales = yamlFiles(join(content, 'glossary'));
  const shared = [
    store.skills(),
    ...yamlFiles(join(content, 'personas')).map(store.persona),
    ...glossaryLocales.map(store.glossary),
  ];
  for (const loaded of shared) records.push(...recordsOf(loaded.file));

  // The translation report: always for a whole check (its coverage, per language, is printed),
  // its notes with `--translations`.
  let report: TranslationReport | undefined;
  if (args.translations || named.length === 0) {
    // The report covers every lesson, and the whole folder of each file named.
    const folders = new Set(files.filter((path) => path.endsWith('.mdx')).map((path) => dirname(path)));
    const all = [
      ...lessonFiles(content),
      ...[...folders].flatMap((folder) =>
        existsSync(folder) ? readdirSync(folder).flatMap((f) => (f.endsWith('.mdx') ? [join(folder, f)] : [])) : [],
      ),
    ];
    for (const path of new Set(all)) if (!compiled.has(path)) compiled.set(path, await checkLesson(path, store));
    report = translationReport({
      expected: languages,
      files: [...compiled.values()],
      glossaries: glossaryLocales.map((locale) => ({
        locale,
        path: join(content, 'glossary', `${locale}.yaml`),
        data: store.glossary(locale).data,
      })),
    });
    for (const note of args.translations ? report.notes : []) {
      records.push({
        file: relative(process.cwd(), note.path) || note.path,
        line: note.place.line,
        column: note.place.column,
        severity: 'info',
        rule: note.rule,
        url: warningUrl(note.rule),
        message: note.message,
      });
    }
  }

  const count = (severity: CheckRecord['severity']) => records.filter((r) => r.severity === severity).length;
  const errors = count('error');
  if (args.format === 'json') {
    console.log(JSON.stringify(records, null, 2));
    return errors === 0 ? 0 : 1;
  }
  const messages = records.filter((r) => r.severity !== 'info');
  const lines = messages.map(formatRecord);
  if (report)
    lines.push(
      '',
      ...coverageLines(report, languageName, !args.translations),
      ...records.filter((r) => r.severity === 'info').map(formatRecord),
    );
  const urls = [...new Set(records.map((r) => r.url))];
  // Each rule is explained in the lesson-writing guide.
  if (urls.length > 0) lines.push(`See ${urls.join(', ')}`);
  const checked = plural(files.length, 'lesson file');
  const sessionsChecked = scripts.length === 0 ? '' : plural(scripts.length, 'session script');
  const warnings = count('warning');
  const advice = warnings === 0 ? '' : ` ${plural(warnings, 'warning')} (advice: warnings never fail the check).`;
  lines.push(
    errors === 0
      ? `✓ ${checked} checked, no errors.${sessionsChecked ? ` ${sessionsChecked} checked, no errors.` : ''}${advice}`
      : `✗ ${plural(errors, 'error')}${warnings === 0 ? '' : ` and ${plural(warnings, 'warning')}`} in ${checked}${sessionsChecked ? ` and ${sessionsChecked}` : ''}.`,
  );
  for (const line of lines) console.log(line);
  return errors === 0 ? 0 : 1;
}

let parsed: CheckArgs;
try {
  parsed = parseArgs(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`${error.message} Run \`npm run check -- --help\` for the options.`);
  process.exit(2);
}
if (parsed.help) {
  console.log(usage);
  process.exit(0);
}
main(parsed).then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Not an author mistake: a bug of the checker itself. Say so plainly, without a stack trace.
    console.error(`The checker itself failed: ${(error as Error).message ?? String(error)}. Please report it.`);
    process.exit(2);
  },
);
