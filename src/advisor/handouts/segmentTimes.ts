/** When each segment of a session starts and ends, from 0: « 0:10 – 0:30 ». */

/** Minutes as `h:mm` (`70` → `1:10`). */
export function clockOf(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The start and end minute of each segment, in order, from the segments' durations. */
export function segmentTimes(durations: readonly number[]): { start: number; end: number; label: string }[] {
  let start = 0;
  return durations.map((duration) => {
    const end = start + duration;
    const time = { start, end, label: `${clockOf(start)} – ${clockOf(end)}` };
    start = end;
    return time;
  });
}
