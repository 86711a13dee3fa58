import { finishedParts, planParts } from './part-plan';

const MiB = 1024 * 1024;

describe('planParts', () => {
  it('should cut a file into parts of the part size with the rest in the last one', () => {
    expect(planParts(40 * MiB, 16 * MiB)).toEqual([
      { partNumber: 1, start: 0, end: 16 * MiB },
      { partNumber: 2, start: 16 * MiB, end: 32 * MiB },
      { partNumber: 3, start: 32 * MiB, end: 40 * MiB },
    ]);
  });

  it('should plan one part when the file is no larger than a part', () => {
    expect(planParts(16 * MiB, 16 * MiB)).toEqual([{ partNumber: 1, start: 0, end: 16 * MiB }]);
    expect(planParts(1, 16 * MiB)).toEqual([{ partNumber: 1, start: 0, end: 1 }]);
  });

  it('should count 320 parts of 16 MiB when the video is 5 GiB', () => {
    const plan = planParts(5 * 1024 * MiB, 16 * MiB);

    expect(plan.length).toBe(320);
    expect(plan[319].end).toBe(5 * 1024 * MiB);
  });
});

describe('finishedParts', () => {
  const plan = planParts(10, 4);

  it('should keep the listed parts whose size matches the plan', () => {
    const finished = finishedParts(plan, [
      { partNumber: 1, etag: '"a"', sizeBytes: 4 },
      { partNumber: 3, etag: '"c"', sizeBytes: 2 },
    ]);

    expect([...finished]).toEqual([[1, '"a"'], [3, '"c"']]);
  });

  it('should not count a part of another size or beyond the plan, so it is sent again', () => {
    const finished = finishedParts(plan, [
      { partNumber: 2, etag: '"b"', sizeBytes: 3 },
      { partNumber: 4, etag: '"d"', sizeBytes: 4 },
    ]);

    expect(finished.size).toBe(0);
  });
});
