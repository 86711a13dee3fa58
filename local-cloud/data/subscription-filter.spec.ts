import { matchesSubscriptionFilter } from './subscription-filter';

describe('matchesSubscriptionFilter', () => {
  const loop = { id: '1', owner: 'alice', name: 'Riff', startSeconds: 4 };

  it('should let every item through when there is no filter', () => {
    expect(matchesSubscriptionFilter(undefined, loop)).toBeTrue();
  });

  it('should match when one branch of an owner "or" matches', () => {
    expect(matchesSubscriptionFilter({ or: [{ owner: { eq: 'bob' } }, { owner: { eq: 'alice' } }] }, loop)).toBeTrue();
  });

  it('should not match when the owner differs', () => {
    expect(matchesSubscriptionFilter({ or: [{ owner: { eq: 'bob' } }] }, loop)).toBeFalse();
  });

  it('should require every part of an "and" to match', () => {
    const filter = { and: [{ or: [{ owner: { eq: 'alice' } }] }, { name: { beginsWith: 'X' } }] };
    expect(matchesSubscriptionFilter(filter, loop)).toBeFalse();
  });

  it('should compare numbers with between and ranges', () => {
    expect(matchesSubscriptionFilter({ startSeconds: { between: [1, 5] }, name: { contains: 'if' } }, loop)).toBeTrue();
    expect(matchesSubscriptionFilter({ startSeconds: { gt: 4 } }, loop)).toBeFalse();
  });

  it('should reject an operator it does not know rather than let the item through', () => {
    expect(matchesSubscriptionFilter({ name: { sounds: 'Riff' } }, loop)).toBeFalse();
  });
});
