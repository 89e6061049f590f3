/**
 * `npm run new-session -- <session-id> [--lesson <lesson-id>]`: creates
 * `content/sessions/<session-id>/fr.mdx`, a starter session script that checks without a message
 * — a welcome with a question and a checklist, then the lesson watched, guided and done alone —
 * with comments that teach the format (docs/session-scripts.md). It refuses an id that is
 * malformed or taken and an unknown lesson (exit 2), and writes nothing that does not compile.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { idPattern } from '../../lesson/ids.ts';
import { didYouMean } from '../didYouMean.ts';
import { formatMessages, hasErrors } from '../messages.ts';

/** The starter script of session `id`, on lesson `lesson`: 60 minutes in four segments. */
export function starterSession(lesson: string): string {
  return `---
# A session script: what the advisor says and does, segment by segment (docs/session-scripts.md).
# The fields: title, audience (who it is for), duration (minutes: the segments add up to it),
# lessons (the lesson ids it uses, from content/lessons/), prepare (what to have ready).
# Each <Segment title="…" duration={minutes}> holds what to say. It may play a lesson:
# lesson="…" mode="watch" (on the projector), "guided" or "alone".
# <Ask> holds a question for the group, and one <Answer> with what good answers sound like.
# <Checklist> holds a Markdown list of things to check, one per line starting with "- ".
# Nothing goes outside a <Segment>. Check it with: npm run check
title: "Nouvel atelier"
audience: Des personnes qui veulent faire cette démarche seules, sans oser encore.
duration: 60
lessons:
  - ${lesson}
prepare:
  - Un ordinateur par personne, Pas à pas ouvert sur la page d'accueil.
  - Le vidéoprojecteur branché sur l'ordinateur de l'animateur.
---

<Segment title="Accueil et tour de table" duration={10}>
Présentez-vous. Dites que tout se passe sur une copie du site : rien n'est envoyé.

<Ask>
Qui a déjà fait cette démarche sur Internet ?
<Answer>Certains l'ont fait, d'autres non. Tout le monde peut suivre.</Answer>
</Ask>

<Checklist>
- Chaque personne a un ordinateur allumé.
- La page d'accueil de Pas à pas est ouverte.
</Checklist>
</Segment>

<Segment title="Je regarde" duration={20} lesson="${lesson}" mode="watch">
Montrez la leçon au vidéoprojecteur. Faites une pause à chaque étape.
</Segment>

<Segment title="Je fais, guidé" duration={20} lesson="${lesson}" mode="guided">
Chacun fait la leçon sur son ordinateur, avec l'aide à l'écran. Passez voir chaque personne.
</Segment>

<Segment title="Je fais seul" duration={10} lesson="${lesson}" mode="alone">
Chacun refait la leçon seul. Aidez seulement si quelqu'un est bloqué.
</Segment>
`;
}

const usage = `Usage: npm run new-session -- <session-id> [--lesson <lesson-id>]

Creates content/sessions/<session-id>/fr.mdx, a starter session script that checks
without a message, with comments that explain the format (docs/session-scripts.md).

  <session-id>         lower-case words joined by dashes, e.g. caf-declarer
  --lesson <lesson-id> the lesson the script plays, a folder of content/lessons/
                       (default: the first one)
  --help               show this help

Exit code: 0 when the script is created, 2 when the command is wrong (nothing is written).`;

/** Reads the command line; a string is the message of a wrong command. */
function readArgs(args: string[]): { id: string; lesson?: string } | 'help' | string {
  let id: string | undefined;
  let lesson: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--help' || arg === '-h') return 'help';
    const flag = /^--lesson(?:=(.*))?$/.exec(arg);
    if (flag) {
      const value = flag[1] ?? args[(i += 1)];
      if (!value || value.startsWith('-')) return '`--lesson` needs a value, e.g. `--lesson caf-se-connecter`.';
      lesson = value;
    } else if (arg.startsWith('-')) return `Unknown option \`${arg}\`.${didYouMean(arg, ['--lesson', '--help'])}`;
    else if (id !== undefined) return `One session id only: \`${id}\` or \`${arg}\`?`;
    else id = arg;
  }
  if (id === undefined) return 'Give the new session an id, e.g. `caf-declarer`.';
  return { id, ...(lesson ? { lesson } : {}) };
}

async function main(args: string[]): Promise<number> {
  const options = readArgs(args);
  if (options === 'help') {
    console.log(usage);
    return 0;
  }
  const refuse = (message: string) => {
    console.error(`✗ ${message}`);
    return 2;
  };
  if (typeof options !== 'object') return refuse(`${options}\n\n${usage}`);
  const { id } = options;
  const content = resolve('content');
  const folder = join(content, 'sessions', id);
  const path = join(folder, 'fr.mdx');
  if (!idPattern.test(id))
    return refuse(
      `\`${id}\` is not a valid session id: use lower-case letters and digits in words joined by single dashes, e.g. \`caf-declarer\`.`,
    );
  if (existsSync(folder))
    return refuse(
      `A session \`${id}\` already exists (${relative(process.cwd(), folder)}): choose another id, or edit that script.`,
    );
  // The compiler is loaded only now: a wrong command is answered at once.
  const { compileSession, lessonIdsIn } = await import('../compileSession.ts');
  const lessons = lessonIdsIn(join(content, 'lessons'));
  const lesson = options.lesson ?? lessons[0];
  if (lesson === undefined)
    return refuse(
      'There is no lesson in content/lessons/ yet: a session plays lessons. Create one with `npm run new-lesson`.',
    );
  if (!lessons.includes(lesson))
    return refuse(
      `Unknown lesson \`${lesson}\`.${didYouMean(lesson, lessons)} The lessons are the folders of content/lessons/.`,
    );
  const value = starterSession(lesson);
  // Never leave a script that does not compile.
  const result = await compileSession({ path, value }, { lessons });
  if (hasErrors(result.file)) {
    for (const line of formatMessages(result.file)) console.error(line);
    return refuse('The starter script does not compile (above): nothing was written. Please report it.');
  }
  mkdirSync(folder, { recursive: true });
  writeFileSync(path, value);
  const shown = relative(process.cwd(), path);
  console.log(`✓ Created ${shown}: 4 segments, 60 minutes, on the lesson \`${lesson}\`.
Next:
  1. Open it: the comments at the top explain each element. Change the texts, the segments, the lessons.
  2. npm run check -- ${shown}
  3. npm run dev, then open http://localhost:5173/animateur`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(
        `The new-session command itself failed: ${(error as Error).message ?? String(error)}. Please report it.`,
      );
      process.exitCode = 2;
    },
  );
}
