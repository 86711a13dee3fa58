import { BackendError, listAllPages, throwIfErrors } from './catalog-api';

describe('listAllPages', () => {
  it('should concatenate every page when the backend returns a nextToken', async () => {
    const pages: Record<string, { data: (number | null)[]; nextToken: string | null }> = {
      start: { data: [1, null, 2], nextToken: 'b' },
      b: { data: [3], nextToken: null },
    };
    const items = await listAllPages<number>(async (token) => pages[token ?? 'start']);
    expect(items).toEqual([1, 2, 3]);
  });

  it('should reject when a page carries errors', async () => {
    await expectAsync(
      listAllPages<number>(async () => ({ data: [], errors: [{ message: 'boom', errorType: 'Unauthorized' }] })),
    ).toBeRejectedWith(new BackendError('boom', 'Unauthorized'));
  });
});

describe('throwIfErrors', () => {
  it('should keep the errorType when throwing', () => {
    let caught: unknown;
    try {
      throwIfErrors([{ message: 'Not entitled', errorType: 'Unauthorized' }]);
    } catch (error) {
      caught = error;
    }
    expect((caught as BackendError).errorType).toBe('Unauthorized');
  });
});
