/**
 * The conditions of an old public computer on a poor line, set on a page through the Chrome
 * DevTools Protocol before it navigates: the CPU slowed 4× and the « slow 3G » network profile
 * of DESIGN.md section 7, with the browser cache off.
 */
import type { CDPSession, Page } from '@playwright/test';

/** How much slower than this machine the page's CPU runs. */
export const cpuSlowdown = 4;

/**
 * The network profile. DESIGN.md's « slow 3G »: 400 ms round trip, 400 kbit/s each way. (Chrome
 * DevTools' own « Slow 3G » preset has the same throughput but a 2 s latency.)
 */
export const network = {
  name: 'slow 3G',
  /** Added to every request's round trip, in ms. */
  latency: 400,
  /** kbit/s (1 kbit = 1000 bits). */
  downloadKbit: 400,
  uploadKbit: 400,
} as const;

/** The conditions in words, for the report. */
export const conditions = `CPU slowed ${cpuSlowdown}×, ${network.name} (${network.latency} ms round trip, ${network.downloadKbit} kbit/s down, ${network.uploadKbit} kbit/s up), cache off`;

/** Opens a DevTools session on `page` and slows it; call before the page navigates. */
export async function throttle(page: Page): Promise<CDPSession> {
  const session = await page.context().newCDPSession(page);
  const bytesPerSecond = (kbit: number) => (kbit * 1000) / 8;
  await session.send('Network.enable');
  await session.send('Network.setCacheDisabled', { cacheDisabled: true });
  await session.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: network.latency,
    downloadThroughput: bytesPerSecond(network.downloadKbit),
    uploadThroughput: bytesPerSecond(network.uploadKbit),
  });
  await session.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await session.send('Performance.enable');
  return session;
}

/** The main thread's busy time so far (all tasks, in ms), from `Performance.getMetrics`. */
export async function taskDuration(session: CDPSession): Promise<number> {
  const { metrics } = await session.send('Performance.getMetrics');
  const value = metrics.find((m) => m.name === 'TaskDuration')?.value;
  if (value === undefined) throw new Error('Chromium reported no TaskDuration metric.');
  return value * 1000;
}
