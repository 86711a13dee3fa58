import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { DataClientService } from '../../../core/data/data-client';
import { type FakeAdminData, fakeAdminData, page } from '../testing/fake-admin-data.spec';
import AuditPage from './audit.page';

const entry = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  actorId: 'a1',
  actorEmail: 'admin@example.com',
  action: 'course.publish',
  entityType: 'Course',
  entityId: 'c1',
  courseId: 'c1',
  at: '2026-11-30T10:00:00Z',
  before: '{"status":"DRAFT"}',
  after: '{"status":"PUBLISHED"}',
  details: null,
  ...overrides,
});

describe('AuditPage', () => {
  let fake: FakeAdminData;
  let harness: RouterTestingHarness;

  async function open(url: string): Promise<HTMLElement> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, AuditPage);
    await settle();
    return harness.routeNativeElement!;
  }

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  }

  const lines = (element: HTMLElement) =>
    [...element.querySelectorAll('app-audit-entry .line')].map((line) => line.textContent?.replace(/\s+/g, ' ').trim());

  beforeEach(() => {
    fake = fakeAdminData();
    fake.models['Course']['list'].and.resolveTo(
      page([
        { id: 'c1', title: 'Blues Lead Guitar' },
        { id: 'c2', title: 'Piano Basics' },
      ]),
    );
    fake.models['AuditEntry']['auditByTime'].and.resolveTo(page([entry('e1')]));
    fake.models['AuditEntry']['auditByCourse'].and.resolveTo(
      page([entry('e2', { action: 'lesson.reorder', entityId: 'c2', courseId: 'c2' })]),
    );
    fake.models['AuditEntry']['auditByActor'].and.resolveTo(
      page([
        entry('e3', {
          action: 'access.grant',
          entityType: 'Enrollment',
          entityId: 'u1',
          details: '{"email":"newbie@example.com","reason":"Scholarship"}',
        }),
      ]),
    );
    TestBed.configureTestingModule({
      providers: [provideRouter([{ path: 'admin/audit', component: AuditPage }]), { provide: DataClientService, useValue: fake.service }],
    });
  });

  it('should list every entry newest first when no filter is set', async () => {
    const element = await open('/admin/audit');
    expect(fake.models['AuditEntry']['auditByTime']).toHaveBeenCalledWith(
      { feed: 'ALL' },
      jasmine.objectContaining({ sortDirection: 'DESC', nextToken: null }),
    );
    expect(lines(element)).toEqual(['Published course Course “Blues Lead Guitar”']);
    expect(element.querySelector('.actor')?.textContent).toBe('admin@example.com');
  });

  it('should query by course when the URL names a course', async () => {
    await open('/admin/audit?course=c2');
    expect(fake.models['AuditEntry']['auditByCourse']).toHaveBeenCalledWith(
      { courseId: 'c2' },
      jasmine.objectContaining({ sortDirection: 'DESC' }),
    );
  });

  it('should narrow a course to one admin when the URL names both', async () => {
    await open('/admin/audit?course=c2&admin=a9');
    const [, options] = fake.models['AuditEntry']['auditByCourse'].calls.mostRecent().args as [unknown, { filter: unknown }];
    expect(options.filter).toEqual({ actorId: { eq: 'a9' } });
  });

  it('should query by admin when the URL names only an admin', async () => {
    const element = await open('/admin/audit?admin=a1');
    expect(fake.models['AuditEntry']['auditByActor']).toHaveBeenCalledWith(
      { actorId: 'a1' },
      jasmine.objectContaining({ sortDirection: 'DESC' }),
    );
    expect(lines(element)).toEqual(['Granted access Student newbie@example.com']);
    expect(element.querySelector('.reason')?.textContent).toContain('Scholarship');
  });

  it('should put the chosen course in the URL and load its entries', async () => {
    await open('/admin/audit');
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const course = await loader.getHarness(MatSelectHarness.with({ selector: '[role="search"] mat-select' }));
    await course.open();
    await course.clickOptions({ text: 'Piano Basics' });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/admin/audit?course=c2');
    expect(fake.models['AuditEntry']['auditByCourse']).toHaveBeenCalledWith({ courseId: 'c2' }, jasmine.anything());
  });

  it('should append the next page when "Load more" is pressed', async () => {
    fake.models['AuditEntry']['auditByTime'].and.callFake((_key: unknown, options: { nextToken: string | null }) =>
      Promise.resolve(options.nextToken === 'p2' ? page([entry('e9', { action: 'course.unpublish' })]) : page([entry('e1')], 'p2')),
    );
    const element = await open('/admin/audit');
    element.querySelector<HTMLButtonElement>('button.more')!.click();
    await settle();
    expect(lines(element).map((line) => line?.split(' Course')[0])).toEqual(['Published course', 'Unpublished course']);
    expect(element.querySelector('button.more')).toBeNull();
  });

  it('should show only the changed fields when an entry is expanded', async () => {
    fake.models['AuditEntry']['auditByTime'].and.resolveTo(
      page([
        entry('e1', {
          action: 'course.update',
          before: '{"title":"Blues","level":"BEGINNER"}',
          after: '{"title":"Blues Lead","level":"BEGINNER"}',
        }),
      ]),
    );
    const element = await open('/admin/audit');
    const toggle = element.querySelector<HTMLButtonElement>('button.toggle')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await settle();
    const cells = [...element.querySelectorAll('table.changes tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent?.trim()),
    );
    expect(cells).toEqual([['Title', 'Blues', 'Blues Lead']]);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
  });

  it('should say there are no entries when the trail is empty', async () => {
    fake.models['AuditEntry']['auditByTime'].and.resolveTo(page([]));
    const element = await open('/admin/audit');
    expect(element.textContent).toContain('No admin has changed anything yet.');
  });

  it('should show the reason and a retry when loading fails', async () => {
    fake.models['AuditEntry']['auditByTime'].and.resolveTo({ data: [], errors: [{ message: 'Unauthorized: admins only' }] });
    const element = await open('/admin/audit');
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Admins only.');
    expect(element.querySelector('[role="alert"] button')?.textContent).toContain('Retry');
  });
});
