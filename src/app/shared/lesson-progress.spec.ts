import { CatalogCourse, CatalogLesson } from './catalog-types';
import { ProgressLike, completedLessonIds, continueLesson, hasStarted, percentComplete } from './lesson-progress';

function lesson(id: string, position: number): CatalogLesson {
  return { id, title: id, description: null, position, durationSeconds: 60, freePreview: false, playable: false };
}

const course: Pick<CatalogCourse, 'id' | 'lessons' | 'lessonCount'> = {
  id: 'c1',
  lessonCount: 4,
  lessons: [lesson('l3', 3), lesson('l1', 1), lesson('l2', 2), lesson('l4', 4)],
};

function progress(lessonId: string, completed: boolean, updatedAt: string, courseId = 'c1'): ProgressLike {
  return { lessonId, courseId, completed, updatedAt };
}

describe('percentComplete', () => {
  it('should be 0 when there is no progress', () => {
    expect(percentComplete(course, [])).toBe(0);
  });

  it('should count only completed lessons when computing the percentage', () => {
    const records = [progress('l1', true, '2026-01-01'), progress('l2', false, '2026-01-02')];
    expect(percentComplete(course, records)).toBe(25);
  });

  it('should ignore progress from other courses and unknown lessons', () => {
    const records = [progress('l1', true, 'a', 'other'), progress('gone', true, 'b')];
    expect(percentComplete(course, records)).toBe(0);
  });

  it('should round to a whole percent when the division is inexact', () => {
    const three = { id: 'c3', lessonCount: 3, lessons: [lesson('a', 1), lesson('b', 2), lesson('c', 3)] };
    expect(percentComplete(three, [progress('a', true, 'x', 'c3')])).toBe(33);
  });

  it('should be 100 when every lesson is completed', () => {
    const records = ['l1', 'l2', 'l3', 'l4'].map((id) => progress(id, true, 'x'));
    expect(percentComplete(course, records)).toBe(100);
  });

  it('should be 0 when the course has no lessons', () => {
    expect(percentComplete({ id: 'e', lessonCount: 0, lessons: [] }, [])).toBe(0);
  });
});

describe('completedLessonIds', () => {
  it('should list each completed lesson once when records repeat', () => {
    const records = [progress('l2', true, 'a'), progress('l2', true, 'b')];
    expect([...completedLessonIds(course, records)]).toEqual(['l2']);
  });
});

describe('continueLesson', () => {
  it('should pick the first lesson by position when there is no progress', () => {
    expect(continueLesson(course, [])?.id).toBe('l1');
  });

  it('should pick the most recently updated lesson when there is progress', () => {
    const records = [
      progress('l3', false, '2026-11-20T10:00:00.000Z'),
      progress('l2', true, '2026-11-22T09:00:00.000Z'),
      progress('l1', true, '2026-11-01T09:00:00.000Z'),
    ];
    expect(continueLesson(course, records)?.id).toBe('l2');
  });

  it('should be null when the course has no lessons', () => {
    expect(continueLesson({ id: 'e', lessons: null }, [])).toBeNull();
  });
});

describe('hasStarted', () => {
  it('should be false when there is no progress in the course', () => {
    expect(hasStarted(course, [progress('l1', true, 'a', 'other')])).toBeFalse();
  });

  it('should be true when a lesson of the course has progress, even unfinished', () => {
    expect(hasStarted(course, [progress('l2', false, 'a')])).toBeTrue();
  });

  it('should ignore progress on a lesson the course no longer has', () => {
    expect(hasStarted(course, [progress('gone', true, 'a')])).toBeFalse();
  });
});
