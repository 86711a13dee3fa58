import { type LessonRef, type MaterialItem, formatFileSize, groupMaterials, materialType } from './material-groups';

const material = (id: string, lessonId: string | null, title = id): MaterialItem => ({
  id,
  lessonId,
  title,
  contentType: 'application/pdf',
  sizeBytes: 1000,
});

const lessons: LessonRef[] = [
  { id: 'l2', title: 'Turnarounds', position: 2 },
  { id: 'l1', title: 'The shuffle', position: 1 },
  { id: 'l3', title: 'Solo', position: 3 },
];

describe('groupMaterials', () => {
  it('should put course-wide materials first then one group per lesson in lesson order when grouping', () => {
    const groups = groupMaterials([material('a', 'l2'), material('b', null), material('c', 'l1')], lessons);
    expect(groups.map((group) => [group.heading, group.materials.map((m) => m.id)])).toEqual([
      ['Whole course', ['b']],
      ['Lesson 1: The shuffle', ['c']],
      ['Lesson 2: Turnarounds', ['a']],
    ]);
  });

  it('should leave out lessons without materials but always keep the whole-course group when grouping', () => {
    const groups = groupMaterials([material('a', 'l3')], lessons);
    expect(groups.map((group) => group.lessonId)).toEqual([null, 'l3']);
  });

  it('should show a material of a deleted lesson as course-wide when its lesson is unknown', () => {
    const groups = groupMaterials([material('orphan', 'gone')], lessons);
    expect(groups[0].materials.map((m) => m.id)).toEqual(['orphan']);
  });

  it('should sort materials by title within a group', () => {
    const groups = groupMaterials([material('1', null, 'Tab'), material('2', null, 'Backing track')], lessons);
    expect(groups[0].materials.map((m) => m.title)).toEqual(['Backing track', 'Tab']);
  });
});

describe('materialType', () => {
  it('should name PDFs, audio and anything else when given a content type', () => {
    expect(['application/pdf', 'audio/mpeg', 'AUDIO/WAV', 'text/plain'].map(materialType)).toEqual(['PDF', 'Audio', 'Audio', 'File']);
  });
});

describe('formatFileSize', () => {
  it('should use bytes below one kilobyte', () => {
    expect(formatFileSize(999)).toBe('999 B');
  });

  it('should keep one decimal below ten units and round above', () => {
    expect([1500, 12_345, 2_400_000, 45_600_000].map(formatFileSize)).toEqual(['1.5 KB', '12 KB', '2.4 MB', '46 MB']);
  });

  it('should move to the next unit when rounding would show 1000', () => {
    expect(formatFileSize(999_960)).toBe('1.0 MB');
  });

  it('should show gigabytes for the largest files', () => {
    expect(formatFileSize(5_000_000_000)).toBe('5.0 GB');
  });

  it('should show nothing when the size is not a number', () => {
    expect(formatFileSize(Number.NaN)).toBe('');
  });
});
