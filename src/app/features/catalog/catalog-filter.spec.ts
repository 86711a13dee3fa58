import { CatalogCourse } from '../../shared/catalog-types';
import {
  EMPTY_FILTER,
  filterCourses,
  filterFromQueryParams,
  filterToQueryParams,
  instrumentCounts,
  isFilterActive,
} from './catalog-filter';

function course(overrides: Partial<CatalogCourse>): CatalogCourse {
  return {
    id: 'c',
    title: 'Course',
    summary: '',
    description: '',
    instrument: 'GUITAR',
    level: 'BEGINNER',
    priceCents: 1000,
    currency: 'USD',
    artUrl: null,
    lessonCount: 1,
    totalDurationSeconds: 60,
    lessons: [],
    materials: [],
    access: 'NONE',
    ...overrides,
  };
}

const courses = [
  course({ id: 'g1', title: 'Guitar Foundations', instrument: 'GUITAR', level: 'BEGINNER' }),
  course({ id: 'g2', title: 'Fingerstyle Café', summary: 'Travis picking', instrument: 'GUITAR', level: 'INTERMEDIATE' }),
  course({ id: 'p1', title: 'Piano Chords', instrument: 'PIANO', level: 'BEGINNER' }),
  course({ id: 'd1', title: 'Groove School', description: 'Rock and funk beats', instrument: 'DRUMS', level: 'ADVANCED' }),
];

const ids = (list: CatalogCourse[]) => list.map((c) => c.id);

describe('filterCourses', () => {
  it('should return every course when the filter is empty', () => {
    expect(ids(filterCourses(courses, EMPTY_FILTER))).toEqual(['g1', 'g2', 'p1', 'd1']);
  });

  it('should keep only the instrument when an instrument is chosen', () => {
    expect(ids(filterCourses(courses, { ...EMPTY_FILTER, instrument: 'GUITAR' }))).toEqual(['g1', 'g2']);
  });

  it('should keep only the level when a level is chosen', () => {
    expect(ids(filterCourses(courses, { ...EMPTY_FILTER, level: 'BEGINNER' }))).toEqual(['g1', 'p1']);
  });

  it('should combine instrument and level when both are chosen', () => {
    expect(ids(filterCourses(courses, { q: '', instrument: 'GUITAR', level: 'INTERMEDIATE' }))).toEqual(['g2']);
  });

  it('should match text in the description case-insensitively when searching', () => {
    expect(ids(filterCourses(courses, { ...EMPTY_FILTER, q: 'FUNK' }))).toEqual(['d1']);
  });

  it('should ignore accents when searching', () => {
    expect(ids(filterCourses(courses, { ...EMPTY_FILTER, q: 'cafe' }))).toEqual(['g2']);
  });

  it('should require every word when the search has several words', () => {
    expect(ids(filterCourses(courses, { ...EMPTY_FILTER, q: 'piano beginner' }))).toEqual(['p1']);
  });

  it('should return nothing when no course matches', () => {
    expect(filterCourses(courses, { ...EMPTY_FILTER, q: 'banjo' })).toEqual([]);
  });
});

describe('catalog filter URL state', () => {
  it('should read a filter when the query params are valid', () => {
    expect(filterFromQueryParams({ q: ' chords ', instrument: 'PIANO', level: 'BEGINNER' })).toEqual({
      q: 'chords',
      instrument: 'PIANO',
      level: 'BEGINNER',
    });
  });

  it('should accept lower-case enum values when reading', () => {
    expect(filterFromQueryParams({ instrument: 'guitar' }).instrument).toBe('GUITAR');
  });

  it('should drop unknown instruments and levels when reading', () => {
    expect(filterFromQueryParams({ instrument: 'BANJO', level: 'GURU' })).toEqual(EMPTY_FILTER);
  });

  it('should take the first value when a param is repeated', () => {
    expect(filterFromQueryParams({ level: ['ADVANCED', 'BEGINNER'] }).level).toBe('ADVANCED');
  });

  it('should remove empty parts when writing', () => {
    expect(filterToQueryParams({ q: '  ', instrument: null, level: 'ADVANCED' })).toEqual({
      q: null,
      instrument: null,
      level: 'ADVANCED',
    });
  });

  it('should survive a round trip when written then read', () => {
    const filter = { q: 'blues riffs', instrument: 'BASS', level: 'INTERMEDIATE' } as const;
    expect(filterFromQueryParams({ ...filterToQueryParams(filter) })).toEqual(filter);
  });

  it('should report activity when any part is set', () => {
    expect([isFilterActive(EMPTY_FILTER), isFilterActive({ ...EMPTY_FILTER, level: 'ADVANCED' })]).toEqual([false, true]);
  });
});

describe('instrumentCounts', () => {
  it('should count the courses of each instrument and leave out instruments without courses', () => {
    expect(instrumentCounts(courses, null)).toEqual([
      { instrument: 'GUITAR', count: 2 },
      { instrument: 'PIANO', count: 1 },
      { instrument: 'DRUMS', count: 1 },
    ]);
  });

  it('should keep the selected instrument when it has no courses', () => {
    expect(instrumentCounts(courses, 'VIOLIN').map((item) => item.instrument)).toEqual(['GUITAR', 'PIANO', 'DRUMS', 'VIOLIN']);
  });
});
