import { TestBed } from '@angular/core/testing';
import { AuthService } from '../core/auth/auth.service';
import { DataClientService } from '../core/data/data-client';
import { CatalogLastVisit } from './catalog-last-visit.service';
import { FakeAuth, courseFixture, fakeDataClient } from './testing/student-fakes.spec';

const offline = () => new TypeError('Failed to fetch');

describe('CatalogLastVisit', () => {
  let auth: FakeAuth;
  let client: ReturnType<typeof fakeDataClient>['client'];
  let lastVisit: CatalogLastVisit;

  beforeEach(() => {
    localStorage.clear();
    auth = new FakeAuth();
    const fake = fakeDataClient(auth);
    client = fake.client;
    TestBed.configureTestingModule({
      providers: [
        { provide: AuthService, useValue: auth.asService() },
        { provide: DataClientService, useValue: fake.service },
      ],
    });
    lastVisit = TestBed.inject(CatalogLastVisit);
  });

  afterEach(() => localStorage.clear());

  it('should return the catalog from the last visit when the backend cannot be reached', async () => {
    client.queries.listCatalog.and.resolveTo({ data: [courseFixture({ id: 'c1' }), courseFixture({ id: 'c2' })] });
    await lastVisit.catalog();
    client.queries.listCatalog.and.rejectWith(offline());

    expect((await lastVisit.catalog()).map((course) => course.id)).toEqual(['c1', 'c2']);
  });

  it('should return the fresh catalog with its art when the backend answers', async () => {
    client.queries.listCatalog.and.resolveTo({ data: [courseFixture({ artUrl: 'http://s3/art.jpg?X-Amz-Signature=1' })] });

    expect((await lastVisit.catalog())[0].artUrl).toBe('http://s3/art.jpg?X-Amz-Signature=1');
  });

  it('should not keep the signed art URL when remembering a course', async () => {
    client.queries.getCatalogCourse.and.resolveTo({ data: courseFixture({ id: 'c1', artUrl: 'http://s3/art.jpg?X-Amz-Signature=1' }) });
    await lastVisit.course('c1');
    client.queries.getCatalogCourse.and.rejectWith(offline());

    expect((await lastVisit.course('c1'))?.artUrl).toBeNull();
  });

  it('should return the course page from the last visit when the backend cannot be reached', async () => {
    client.queries.getCatalogCourse.and.resolveTo({ data: courseFixture({ id: 'c1', title: 'Blues Guitar Basics' }) });
    await lastVisit.course('c1');
    client.queries.getCatalogCourse.and.rejectWith(offline());

    expect((await lastVisit.course('c1'))?.title).toBe('Blues Guitar Basics');
  });

  it('should fail with the network error when a course was never opened before', async () => {
    client.queries.getCatalogCourse.and.rejectWith(offline());

    await expectAsync(lastVisit.course('never-seen')).toBeRejectedWith(jasmine.objectContaining({ kind: 'network' }));
  });

  it('should fail with the backend error rather than the last visit when the backend refuses', async () => {
    client.queries.listCatalog.and.resolveTo({ data: [courseFixture()] });
    await lastVisit.catalog();
    client.queries.listCatalog.and.resolveTo({ data: null, errors: [{ message: 'Not Authorized', errorType: 'Unauthorized' }] });

    await expectAsync(lastVisit.catalog()).toBeRejectedWith(jasmine.objectContaining({ kind: 'unauthorized' }));
  });

  it('should not give one viewer the course access another viewer saw when both used this browser', async () => {
    auth.user.set({ userId: 'student-1', email: 'student@example.com' });
    client.queries.listCatalog.and.resolveTo({ data: [courseFixture({ access: 'OWNED' })] });
    await lastVisit.catalog();
    auth.user.set(null);
    client.queries.listCatalog.and.rejectWith(offline());

    await expectAsync(lastVisit.catalog()).toBeRejectedWith(jasmine.objectContaining({ kind: 'network' }));
  });
});
