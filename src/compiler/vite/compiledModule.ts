/**
 * What a compiler plugin's `transform` returns for a compiled file (a lesson or a session script):
 * its code and source map; when it does not compile, one error whose text lists every message
 * (file:line:column, which survives any wrapping) and is located at the first; outside the dev
 * server, each warning as a positioned log.
 */
import type { Rolldown } from 'vite';
import type { VFile } from 'vfile';
import { displayPath, formatMessage, formatMessages, ruleLinks, sortedMessages } from '../messages.ts';
import { messageLog, pointOf } from './lessonsPlugin.ts';

/** A file as a compiler returns it. */
export interface Compiled {
  file: VFile;
  code: string | undefined;
  map: Rolldown.SourceMapInput | undefined;
}

/** Where and how the module's messages go. */
export interface CompiledModuleOptions {
  /** How the error names the file: `Lesson`, `Session script`. */
  noun: string;
  path: string;
  root: string;
  /** Whether a dev server's terminal printed the messages already (then warnings are not logged again). */
  printed: boolean;
  /** Receives each error thrown for the overlay, so that the dev server does not print it twice. */
  thrown: WeakSet<object>;
}

/** The transform's result for `result`, or a thrown positioned error. */
export function compiledModule(
  context: Pick<Rolldown.TransformPluginContext, 'error' | 'warn'>,
  result: Compiled,
  { noun, path, root, printed, thrown }: CompiledModuleOptions,
) {
  const messages = sortedMessages(result.file);
  if (result.code === undefined) {
    const first = messages.find((m) => m.fatal) ?? messages[0];
    const text = [
      `${noun} ${displayPath(result.file, root)} has errors:`,
      ...formatMessages(result.file, root),
      ...ruleLinks([result.file]),
    ].join('\n');
    if (!first) return context.error(text);
    const log = messageLog(first, path, text);
    thrown.add(log);
    return context.error(log, pointOf(first));
  }
  if (!printed) {
    const shown = displayPath(result.file, root);
    for (const m of messages) context.warn(messageLog(m, path, `${formatMessage(m, shown)}\nSee ${m.url}`), pointOf(m));
  }
  return { code: result.code, map: result.map ?? null };
}
