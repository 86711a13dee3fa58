import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AuthService } from '../../core/auth/auth.service';
import { DataClientService } from '../../core/data/data-client';
import { CatalogLastVisit } from '../../shared/catalog-last-visit.service';
import { FakeAuth, courseFixture, fakeDataClient } from '../../shared/testing/student-fakes.spec';
import CatalogPage, { FIRST_ROW_CARDS } from './catalog.page';

const catalog = [
  courseFixture({ id: 'g1', title: 'Blues Guitar Basics', instrument: 'GUITAR', level: 'BEGINNER' }),
  courseFixture({ id: 'g2', title: 'Jazz Guitar Voicings', instrument: 'GUITAR', level: 'ADVANCED' }),
  courseFixture({ id: 'p1', title: 'Piano for Songwriters', instrument: 'PIANO', level: 'BEGINNER', artUrl: 'http://x/a.jpg' }),
];

function setUp(auth = new FakeAuth()) {
  const { client, service } = fakeDataClient(auth);
  client.queries.listCatalog.and.resolveTo({ data: catalog });
  TestBed.configureTestingModule({
    providers: [
      provideRouter([{ path: '', component: CatalogPage }]),
      { provide: AuthService, useValue: auth.asService() },
      { provide: DataClientService, useValue: service },
    ],
  });
  return { client, auth };
}

async function open(url: string) {
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  await harness.fixture.whenStable();
  harness.detectChanges();
  return { page: harness.routeNativeElement as HTMLElement, harness };
}

const titles = (page: HTMLElement) => Array.from(page.querySelectorAll('app-course-card h2')).map((h) => h.textContent?.trim());

describe('CatalogPage', () => {
  // The page remembers the catalog it showed (CatalogLastVisit): no spec may see another's.
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('should list the catalog from the last visit when the backend cannot be reached', async () => {
    const { client } = setUp();
    await TestBed.inject(CatalogLastVisit).catalog();
    client.queries.listCatalog.and.rejectWith(new TypeError('Failed to fetch'));
    const { page } = await open('/');
    expect(titles(page)).toEqual(['Blues Guitar Basics', 'Jazz Guitar Voicings', 'Piano for Songwriters']);
  });

  it('should list every published course when no filter is set', async () => {
    setUp();
    const { page } = await open('/');
    expect(titles(page)).toEqual(['Blues Guitar Basics', 'Jazz Guitar Voicings', 'Piano for Songwriters']);
  });

  it('should show only matching courses when the URL carries filters', async () => {
    setUp();
    const { page } = await open('/?instrument=GUITAR&level=ADVANCED');
    expect(titles(page)).toEqual(['Jazz Guitar Voicings']);
  });

  it('should filter by the search text when the URL carries q', async () => {
    setUp();
    const { page } = await open('/?q=piano');
    expect(titles(page)).toEqual(['Piano for Songwriters']);
  });

  it('should prefill the search box when the URL carries q', async () => {
    setUp();
    const { page } = await open('/?q=piano');
    expect(page.querySelector<HTMLInputElement>('input[type="search"]')?.value).toBe('piano');
  });

  it('should show each instrument with its course count and hide instruments without courses', async () => {
    setUp();
    const { page } = await open('/');
    const chips = Array.from(page.querySelectorAll('mat-chip-option')).map((chip) => chip.textContent?.trim());
    expect(chips).toEqual(['Guitar (2)', 'Piano (1)']);
  });

  it('should describe the art image when a course has one', async () => {
    setUp();
    const { page } = await open('/');
    expect(page.querySelector('img')?.getAttribute('alt')).toBe('Cover art for Piano for Songwriters');
  });

  it('should fetch the art of the first row at once and first, and the rest when scrolled to', async () => {
    const { client } = setUp();
    const withArt = Array.from({ length: FIRST_ROW_CARDS + 1 }, (_, index) => courseFixture({ id: `c${index}`, title: `Course ${index}`, artUrl: `http://x/${index}.jpg` }));
    client.queries.listCatalog.and.resolveTo({ data: withArt });
    const { page } = await open('/');
    const images = Array.from(page.querySelectorAll('img'));
    expect(images.map((image) => `${image.getAttribute('loading')} ${image.getAttribute('fetchpriority')}`)).toEqual([
      ...Array.from({ length: FIRST_ROW_CARDS }, () => 'eager high'),
      'lazy auto',
    ]);
  });

  it('should show the price, lesson count and duration when rendering a card', async () => {
    setUp();
    const { page } = await open('/');
    const facts = Array.from(page.querySelector('app-course-card')?.querySelectorAll('dd') ?? []);
    expect(facts.map((dd) => dd.textContent?.trim())).toEqual(['$49.00', '3 lessons', '15 min']);
  });

  it('should show "Owned" instead of the price when the user bought the course', async () => {
    const { client } = setUp(new FakeAuth().signIn());
    client.queries.listCatalog.and.resolveTo({ data: [courseFixture({ access: 'OWNED' })] });
    const { page } = await open('/');
    expect([page.querySelector('app-course-card .badge')?.textContent?.trim(), page.querySelector('app-course-card .price')]).toEqual([
      'Owned',
      null,
    ]);
  });

  it('should show "Included in membership" instead of the price when the membership unlocks the course', async () => {
    const { client } = setUp(new FakeAuth().signIn());
    client.queries.listCatalog.and.resolveTo({ data: [courseFixture({ access: 'MEMBERSHIP' })] });
    const { page } = await open('/');
    expect(page.querySelector('app-course-card .badge')?.textContent?.trim()).toBe('Included in membership');
  });

  it('should keep showing the price to an admin when the course is theirs to manage', async () => {
    const { client } = setUp(new FakeAuth().signIn());
    client.queries.listCatalog.and.resolveTo({ data: [courseFixture({ access: 'ADMIN' })] });
    const { page } = await open('/');
    expect(page.querySelector('app-course-card .price')?.textContent?.trim()).toBe('$49.00');
  });

  it('should load the catalog with the API key when the visitor is a guest', async () => {
    const { client } = setUp();
    await open('/');
    expect(client.queries.listCatalog).toHaveBeenCalledWith({ authMode: 'apiKey' });
  });

  it('should offer to clear filters when nothing matches', async () => {
    setUp();
    const { page, harness } = await open('/?q=banjo&level=BEGINNER');
    const clear = Array.from(page.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Clear filters');
    clear?.click();
    await harness.fixture.whenStable();
    harness.detectChanges();
    expect([TestBed.inject(Router).url, titles(page).length]).toEqual(['/', 3]);
  });

  it('should show an error with a working retry when loading fails', async () => {
    const { client } = setUp();
    client.queries.listCatalog.and.returnValues(Promise.reject(new Error('offline')), Promise.resolve({ data: catalog }));
    const { page, harness } = await open('/');
    const retry = Array.from(page.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Retry');
    retry?.click();
    await harness.fixture.whenStable();
    harness.detectChanges();
    expect(titles(page).length).toBe(3);
  });

  it('should wait for the session check when auth is not ready', async () => {
    const auth = new FakeAuth();
    auth.ready.set(false);
    const { client } = setUp(auth);
    const { page } = await open('/');
    expect([client.queries.listCatalog.calls.count(), page.querySelector('mat-progress-bar') !== null]).toEqual([0, true]);
  });

  it('should write the search text into the URL when the user types', async () => {
    setUp();
    const { page, harness } = await open('/');
    const input = page.querySelector<HTMLInputElement>('input[type="search"]');
    if (!input) throw new Error('no search box');
    input.value = 'jazz';
    input.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, 350));
    await harness.fixture.whenStable();
    harness.detectChanges();
    expect([TestBed.inject(Router).url, titles(page)]).toEqual(['/?q=jazz', ['Jazz Guitar Voicings']]);
  });
});
