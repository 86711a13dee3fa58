import { changedFields, fieldLabel } from './audit-diff';

describe('changedFields', () => {
  it('should list only the fields whose value changed', () => {
    const before = { title: 'Blues', summary: 'Same', priceCents: 4900 };
    const after = { title: 'Blues Lead Guitar', summary: 'Same', priceCents: 5900 };
    expect(changedFields(before, after)).toEqual([
      { field: 'Price cents', before: '4900', after: '5900' },
      { field: 'Title', before: 'Blues', after: 'Blues Lead Guitar' },
    ]);
  });

  it('should show every field of a created record with an empty before', () => {
    expect(changedFields(null, { title: 'Intro', freePreview: true })).toEqual([
      { field: 'Free preview', before: '—', after: 'true' },
      { field: 'Title', before: '—', after: 'Intro' },
    ]);
  });

  it('should show a deleted record with an empty after', () => {
    expect(changedFields({ title: 'Tab' }, null)).toEqual([{ field: 'Title', before: 'Tab', after: '—' }]);
  });

  it('should list reordered ids as a changed list', () => {
    expect(changedFields({ lessonIds: ['a', 'b'] }, { lessonIds: ['b', 'a'] })).toEqual([
      { field: 'Lesson ids', before: 'a, b', after: 'b, a' },
    ]);
  });

  it('should treat objects with the same content in another key order as unchanged', () => {
    expect(changedFields({ meta: { a: 1, b: 2 } }, { meta: { b: 2, a: 1 } })).toEqual([]);
  });

  it('should treat a missing and a null value as the same', () => {
    expect(changedFields({ description: null }, {})).toEqual([]);
  });

  it('should give nothing when there is nothing to compare', () => {
    expect(changedFields(null, null)).toEqual([]);
  });
});

describe('fieldLabel', () => {
  it('should turn camelCase and snake_case names into words', () => {
    expect([fieldLabel('videoStatus'), fieldLabel('grant_reason')]).toEqual(['Video status', 'Grant reason']);
  });
});
