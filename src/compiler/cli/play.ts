/**
 * `npm run play -- <lesson-id> [--mode watch|guided|alone]`: plays a lesson in each mode (or the
 * one given), headless, through the real player and practice sites — every path of every persona
 * situation its branches name — and says in words which step stalls, in which mode, and why.
 * It compiles the lesson first (its errors are printed as `npm run check` prints them), then runs
 * the harness `tests/play/lesson.play.tsx` with Vitest and reads its report. Exits 0 when every
 * run reaches « Bravo ! », 1 when a step stalls or the lesson has errors, 2 on a wrong command.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { idPattern } from '../../lesson/ids.ts';
import type { Mode } from '../../lesson/types.ts';

/** Where a run stopped: the unit the guide stayed on, and why, in words. */
export interface PlayStall {
  /** The step or question id (empty when the guide showed no step). */
  unit: string;
  kind: 'step' | 'question';
  /** Its line in the lesson file. */
  line: number;
  /** Why it did not go on: « its target `caf.code.send` is not on screen: … ». */
  reason: string;
}

/** One run of the lesson in one mode, for one persona situation. */
export interface PlayRun {
  mode: Mode;
  /** The persona situation: `as written`, or a variant its branches name (`situation = seul`). */
  persona: string;
  /** The path's number for that persona (1-based); 0 for the path Je regarde chooses. */
  path: number;
  /** The answers the path gives, by question id. */
  answers: Record<string, string>;
  /** Where it stalled; absent when it reached « Bravo ! ». */
  stall?: PlayStall;
  /** Not played: it goes through this unit, where an earlier run of the same mode stalled. */
  sameAs?: string;
  /** No path of the lesson reaches its end for this persona. */
  noPath?: boolean;
}

/** What the harness writes for the command: every run of the lesson. */
export interface PlayReport {
  /** The lesson file played. */
  file: string;
  lesson: string;
  /** How many steps and questions the lesson has. */
  units: number;
  runs: PlayRun[];
}

/** The modes, in the order they are played, with the names learners see. */
export const modeNames: Readonly<Record<Mode, string>> = {
  watch: 'Je regarde',
  guided: 'On fait ensemble',
  alone: 'Je fais seul',
};
const modes = Object.keys(modeNames) as Mode[];

const usage = `Usage: npm run play -- <lesson-id> [--mode watch|guided|alone]

Plays the lesson content/lessons/<lesson-id>/fr.mdx in each mode (or the one given), headless,
through the real player and practice sites: every path, for every persona situation its branches
name. Then it says which step stalls, in which mode, and why.

  <lesson-id>      a lesson folder in content/lessons/ (or the path of a lesson file,
                   content/lessons/<lesson-id>/<locale>.mdx, to play a translation)
  --mode <mode>    only this mode: watch (Je regarde), guided (On fait ensemble), alone (Je fais seul)
  --help           show this help

Exit code: 0 when every run reaches « Bravo ! », 1 when a step stalls or the lesson has errors,
2 when the command is wrong.`;

/** A plural: `2 paths`, `1 path`. */
const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What a unit is called in a sentence: step `taper-code`, question `quel-montant`. */
const unitName = (stall: PlayStall) => `${stall.kind} \`${stall.unit}\``;

/** The report in words: one line per mode (and per stall), then a summary line. */
export function describePlay(report: PlayReport, played: readonly Mode[]): { lines: string[]; stalls: number } {
  const lines: string[] = [];
  let stalls = 0;
  for (const run of report.runs.filter((r) => r.noPath)) {
    stalls += 1;
    lines.push(`✗ No path reaches the end of the lesson for the persona ${run.persona}: check its branches.`);
  }
  for (const mode of played) {
    const runs = report.runs.filter((r) => r.mode === mode && !r.noPath);
    const stalled = runs.filter((r) => r.stall);
    if (stalled.length === 0) {
      const what =
        mode === 'watch'
          ? count(runs.length, 'run') + (runs.length > 1 ? ', one per persona situation' : '')
          : count(runs.length, 'path');
      lines.push(`✓ ${modeNames[mode]}: ${what}, to « Bravo ! ».`);
      continue;
    }
    for (const run of stalled) {
      const stall = run.stall as PlayStall;
      stalls += 1;
      const skipped = runs.filter((r) => r.sameAs === stall.unit).length;
      const where = [
        `persona ${run.persona}`,
        ...(run.path > 0 ? [`path ${run.path}`] : []),
        ...Object.entries(run.answers).map(([question, value]) => `${question} = ${value}`),
      ].join(', ');
      lines.push(`✗ ${modeNames[mode]}: ${unitName(stall)} (line ${stall.line}) stalls: ${stall.reason}.`);
      lines.push(
        `    (${where}${skipped > 0 ? `; ${count(skipped, 'other path')} through this ${stall.kind} not played` : ''})`,
      );
    }
  }
  return { lines, stalls };
}

interface Options {
  file: string;
  modes: Mode[];
}

/** Reads the command line; a string is the message of a wrong command. */
function readArgs(args: string[]): Options | 'help' | string {
  let lesson: string | undefined;
  let only: Mode | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--mode' || arg.startsWith('--mode=')) {
      const value = arg === '--mode' ? args[(i += 1)] : arg.slice('--mode='.length);
      if (!value || !modes.includes(value as Mode))
        return `\`--mode\` takes watch, guided or alone${value ? `, not \`${value}\`` : ''}.`;
      only = value as Mode;
    } else if (arg.startsWith('-')) return `Unknown option \`${arg}\`.`;
    else if (lesson !== undefined) return `One lesson at a time: \`${lesson}\` or \`${arg}\`?`;
    else lesson = arg;
  }
  if (lesson === undefined) return 'Name the lesson to play.';
  const lessons = resolve('content/lessons');
  if (lesson.endsWith('.mdx')) {
    const file = resolve(lesson);
    if (!existsSync(file)) return `No such file: ${lesson}.`;
    if (!/[\\/]content[\\/]lessons[\\/][^\\/]+[\\/][a-z]{2}(-[A-Z]{2})?\.mdx$/.test(file))
      return `${lesson} is not a lesson file: lessons are content/lessons/<lesson-id>/<locale>.mdx.`;
    return { file, modes: only ? [only] : modes };
  }
  if (!idPattern.test(lesson))
    return `\`${lesson}\` is not a lesson id: lower-case words joined by dashes, e.g. \`caf-se-connecter\`.`;
  const file = join(lessons, lesson, 'fr.mdx');
  if (!existsSync(file)) {
    const known = existsSync(lessons) ? readdirSync(lessons).filter((d) => existsSync(join(lessons, d, 'fr.mdx'))) : [];
    return `No lesson \`${lesson}\`: content/lessons/${lesson}/fr.mdx does not exist. Lessons: ${known.join(', ') || 'none'}.`;
  }
  return { file, modes: only ? [only] : modes };
}

async function main(args: string[]): Promise<number> {
  const options = readArgs(args);
  if (options === 'help') {
    console.log(usage);
    return 0;
  }
  if (typeof options === 'string') {
    console.error(`${options}\n\n${usage}`);
    return 2;
  }
  const shown = relative(process.cwd(), options.file);
  const started = performance.now();
  // The compiler is loaded only now: a wrong command is answered at once.
  const { compileLesson } = await import('../compileLesson.ts');
  const { createContentStore } = await import('../content/contentStore.ts');
  const { formatMessages, hasErrors, ruleLinks } = await import('../messages.ts');
  const compiled = await compileLesson(
    { path: options.file, value: readFileSync(options.file, 'utf8') },
    { store: createContentStore(resolve('content')) },
  );
  if (hasErrors(compiled.file) || !compiled.data) {
    for (const line of [...formatMessages(compiled.file), ...ruleLinks([compiled.file])]) console.log(line);
    console.log(`✗ ${shown} has errors: fix them first (npm run check shows them too).`);
    return 1;
  }
  console.log(`Playing ${shown} in ${options.modes.map((m) => modeNames[m]).join(', ')}…`);
  // The project's root, where Vitest and the harness are.
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  const folder = mkdtempSync(join(tmpdir(), 'pas-a-pas-play-'));
  const reportFile = join(folder, 'report.json');
  try {
    const vitest = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules/vitest/vitest.mjs'),
        'run',
        '--config',
        'tests/play/vitest.config.ts',
        '--reporter=dot',
      ],
      {
        cwd: root,
        encoding: 'utf8',
        env: {
          ...process.env,
          PAS_A_PAS_PLAY_LESSON: options.file,
          PAS_A_PAS_PLAY_MODES: options.modes.join(','),
          PAS_A_PAS_PLAY_REPORT: reportFile,
        },
      },
    );
    if (!existsSync(reportFile)) {
      console.error(`${vitest.stdout}${vitest.stderr}`.trim().split('\n').slice(-40).join('\n'));
      console.error('✗ The player could not play the lesson (see above). Please report it.');
      return 2;
    }
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as PlayReport;
    const { lines, stalls } = describePlay(report, options.modes);
    for (const line of lines) console.log(line);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const runs = report.runs.filter((r) => !r.noPath && r.sameAs === undefined).length;
    console.log(
      stalls === 0
        ? `✓ ${report.lesson} plays to the end in ${count(options.modes.length, 'mode')} (${count(runs, 'run')}, ${seconds} s).`
        : `✗ ${count(stalls, 'stall')} in ${report.lesson} (${count(runs, 'run')}, ${seconds} s): fix the lesson, then play it again.`,
    );
    return stalls === 0 ? 0 : 1;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`The play command itself failed: ${(error as Error).message ?? String(error)}. Please report it.`);
      process.exitCode = 2;
    },
  );
}
