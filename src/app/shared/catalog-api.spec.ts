import { BackendError } from '../core/data/backend-call';
import { fetchCatalog, fetchCatalogCourse } from './catalog-api';
import { FakeAuth, courseFixture, fakeDataClient } from './testing/student-fakes.spec';

describe('catalog api', () => {
  it('should drop null holes from the catalog when listing it', async () => {
    const { client, service } = fakeDataClient(new FakeAuth());
    client.queries.listCatalog.and.resolveTo({ data: [courseFixture(), null] });

    expect((await fetchCatalog(service)).map((course) => course.id)).toEqual(['c1']);
  });

  it('should ask with the API key when the visitor is a guest', async () => {
    const { client, service } = fakeDataClient(new FakeAuth());

    await fetchCatalog(service);

    expect(client.queries.listCatalog).toHaveBeenCalledWith({ authMode: 'apiKey' });
  });

  it('should throw a BackendError with its kind when the catalog query fails', async () => {
    const { client, service } = fakeDataClient(new FakeAuth());
    client.queries.listCatalog.and.resolveTo({ data: null, errors: [{ message: 'Not Authorized', errorType: 'Unauthorized' }] });

    await expectAsync(fetchCatalog(service)).toBeRejectedWith(jasmine.objectContaining({ kind: 'unauthorized' }));
  });

  it('should resolve null when the course is not published', async () => {
    const { service } = fakeDataClient(new FakeAuth());

    expect(await fetchCatalogCourse(service, 'draft-1')).toBeNull();
  });

  it('should throw a network BackendError when the client rejects offline', async () => {
    const { client, service } = fakeDataClient(new FakeAuth());
    client.queries.getCatalogCourse.and.rejectWith(new TypeError('Failed to fetch'));

    await expectAsync(fetchCatalogCourse(service, 'c1')).toBeRejectedWith(jasmine.any(BackendError));
  });
});
