/**
 * Lighthouse (npm `lighthouse`, its default mobile settings: a mid-range phone emulated, « Slow
 * 4G » and a 4× slower CPU simulated from an unthrottled load) on Debian's Chromium, started here
 * with a DevTools port: performance, accessibility and best-practices scores.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';

export const categories = ['performance', 'accessibility', 'best-practices'] as const;

/** The scores of one page (0–100), and the accessibility audits it fails. */
export interface Scores {
  scores: Record<(typeof categories)[number], number>;
  accessibilityFailures: string[];
}

/** Starts `chromium` headless with a DevTools port; resolves with the port and a way to stop it. */
async function startChromium(chromium: string): Promise<{ port: number; stop(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'pas-a-pas-bench-lighthouse-'));
  const child = spawn(
    chromium,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    // Its own process group, so that stopping it stops its helpers too (they write to the profile).
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  /** Stops Chromium and its helper processes, then removes the profile (a failure only warns). */
  const stop = async () => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    await exited;
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 });
    } catch (error) {
      // A temporary folder left behind never spoils the figures.
      console.warn(`(could not remove ${profile}: ${(error as Error).message})`);
    }
  };
  const port = await new Promise<number>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`${chromium} gave no DevTools port within 60 s.`)), 60_000);
    child.stderr.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text);
      if (!match) return;
      clearTimeout(timer);
      resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`${chromium} exited (${code}) before giving a DevTools port.`)));
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { port, stop };
}

/** Runs Lighthouse on each URL in turn, in one Chromium. */
export async function lighthouseScores(chromium: string, urls: string[]): Promise<Map<string, Scores>> {
  const browser = await startChromium(chromium);
  const results = new Map<string, Scores>();
  try {
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: browser.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: [...categories],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}.`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const accessibility = lhr.categories.accessibility?.auditRefs ?? [];
      results.set(url, {
        scores: {
          performance: score('performance'),
          accessibility: score('accessibility'),
          'best-practices': score('best-practices'),
        },
        accessibilityFailures: accessibility
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
          .map((audit) => `${audit!.id}: ${audit!.title}`),
      });
    }
  } finally {
    await browser.stop();
  }
  return results;
}
