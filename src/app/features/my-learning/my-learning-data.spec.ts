import { courseFixture } from '../../shared/testing/student-fakes.spec';
import { myCourses, summarizeLearning } from './my-learning-data';

describe('summarizeLearning', () => {
  const now = new Date(2026, 10, 25, 12, 0);
  const course = courseFixture();
  const progress = [
    { lessonId: 'l1', courseId: 'c1', completed: true, updatedAt: '2026-11-24T08:00:00.000Z' },
    { lessonId: 'l2', courseId: 'c1', completed: false, updatedAt: '2026-11-25T08:00:00.000Z' },
  ];

  it('should compute the percent complete per course when there is progress', () => {
    expect(summarizeLearning([course], progress, [], now).courses[0]?.percent).toBe(33);
  });

  it('should point Continue at the most recently updated lesson when there is progress', () => {
    expect(summarizeLearning([course], progress, [], now).courses[0]?.next?.id).toBe('l2');
  });

  it('should total this week\'s practice when sessions exist', () => {
    const sessions = [
      { day: '2026-11-23', seconds: 600 },
      { day: '2026-11-16', seconds: 900 },
    ];
    expect(summarizeLearning([course], progress, sessions, now).practiceSecondsThisWeek).toBe(600);
  });
});

describe('myCourses', () => {
  const started = [{ lessonId: 'l1', courseId: 'c1', completed: false }];

  it('should list a course the user owns when they have not started it', () => {
    expect(myCourses([courseFixture({ access: 'OWNED' })], []).length).toBe(1);
  });

  it('should list a course the membership includes when the user has started it', () => {
    expect(myCourses([courseFixture({ access: 'MEMBERSHIP' })], started).length).toBe(1);
  });

  it('should not list a course the membership includes when the user has not started it', () => {
    expect(myCourses([courseFixture({ access: 'MEMBERSHIP' })], []).length).toBe(0);
  });

  it('should not list a course the user has no access to when they only watched a preview', () => {
    expect(myCourses([courseFixture({ access: 'NONE' })], started).length).toBe(0);
  });
});
