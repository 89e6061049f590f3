// @vitest-environment node
/** The presenter's course: segments in order, and the steps of a lesson segment's run, then its end. */
import { describe, expect, it } from 'vitest';
import { clampPosition, nextPosition, previousPosition } from '../../../src/advisor/presenter/sessionCourse.ts';

// A talk; a lesson of 4 units whose run skips unit 2 (steps 0, 1, 3, then its end 4); a lesson not loaded; a talk.
const course = [{}, { steps: [0, 1, 3, 4] }, {}, {}];

describe('the course', () => {
  it("goes through each step of a lesson segment's run, its end, then the next segment", () => {
    const seen = [{ segment: 0, step: 0 }];
    for (let at = nextPosition(course, seen[0]!); at; at = nextPosition(course, at)) seen.push(at);
    expect(seen).toEqual([
      { segment: 0, step: 0 },
      { segment: 1, step: 0 },
      { segment: 1, step: 1 },
      { segment: 1, step: 3 },
      { segment: 1, step: 4 },
      { segment: 2, step: 0 },
      { segment: 3, step: 0 },
    ]);
  });

  it('goes back the same way, into the previous segment at its last step', () => {
    expect(previousPosition(course, { segment: 2, step: 0 })).toEqual({ segment: 1, step: 4 });
    expect(previousPosition(course, { segment: 1, step: 3 })).toEqual({ segment: 1, step: 1 });
    expect(previousPosition(course, { segment: 1, step: 0 })).toEqual({ segment: 0, step: 0 });
    expect(previousPosition(course, { segment: 0, step: 0 })).toBeNull();
  });

  it('brings a kept position from another script onto this one', () => {
    expect(clampPosition(course, { segment: 9, step: 4 })).toEqual({ segment: 3, step: 0 });
    expect(clampPosition(course, { segment: 1, step: 7 })).toEqual({ segment: 1, step: 4 });
    expect(clampPosition(course, { segment: 1, step: 2 })).toEqual({ segment: 1, step: 1 });
  });
});
