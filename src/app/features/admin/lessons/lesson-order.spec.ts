import { byPosition, idsInOrder, moveItem, renumber } from './lesson-order';

describe('lesson order', () => {
  const abc = ['a', 'b', 'c'];

  it('should move an item down when the target index is after it', () => {
    expect(moveItem(abc, 0, 2)).toEqual(['b', 'c', 'a']);
  });

  it('should move an item up when the target index is before it', () => {
    expect(moveItem(abc, 2, 0)).toEqual(['c', 'a', 'b']);
  });

  it('should keep the order when an item is dropped where it was', () => {
    expect(moveItem(abc, 1, 1)).toEqual(abc);
  });

  it('should clamp the target when it lies past either end', () => {
    expect([moveItem(abc, 0, 9), moveItem(abc, 2, -1)]).toEqual([
      ['b', 'c', 'a'],
      ['c', 'a', 'b'],
    ]);
  });

  it('should leave the input untouched when moving', () => {
    const items = ['a', 'b'];
    moveItem(items, 0, 1);
    expect(items).toEqual(['a', 'b']);
  });

  it('should return an empty list when there is nothing to move', () => {
    expect(moveItem([], 0, 1)).toEqual([]);
  });

  it('should list every id in order when preparing the reorder call', () => {
    expect(idsInOrder([{ id: 'l2' }, { id: 'l1' }, { id: 'l3' }])).toEqual(['l2', 'l1', 'l3']);
  });

  it('should number positions from 1 in list order when renumbering', () => {
    const lessons = [
      { id: 'b', position: 2 },
      { id: 'a', position: 1 },
    ];
    expect(renumber(lessons)).toEqual([
      { id: 'b', position: 1 },
      { id: 'a', position: 2 },
    ]);
  });

  it('should sort by position when the server returns another order', () => {
    expect(idsInOrder(byPosition([{ id: 'c', position: 3 }, { id: 'a', position: 1 }, { id: 'b', position: 2 }]))).toEqual(['a', 'b', 'c']);
  });
});
