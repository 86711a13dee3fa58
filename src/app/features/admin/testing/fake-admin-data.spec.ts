// Named .spec.ts so the app build (which excludes specs) never compiles jasmine references.
import type { DataClientService } from '../../../core/data/data-client';

type Spies = Record<string, jasmine.Spy>;

export interface FakeAdminData {
  readonly service: DataClientService;
  readonly queries: Spies;
  readonly mutations: Spies;
  readonly models: Record<string, Spies>;
}

/**
 * A DataClientService whose typed client is made of jasmine spies that answer `{ data: null }`
 * unless a spec says otherwise, e.g. `fake.mutations['adminGrantAccess'].and.resolveTo({ data })`.
 */
export function fakeAdminData(): FakeAdminData {
  const spyTable = (table: Spies, prefix: string) =>
    new Proxy(table, {
      get: (target, name: string) => (target[name] ??= jasmine.createSpy(`${prefix}.${name}`).and.resolveTo({ data: null })),
    });
  const models: Record<string, Spies> = {};
  const client = {
    queries: spyTable({}, 'queries'),
    mutations: spyTable({}, 'mutations'),
    models: new Proxy(models, { get: (target, model: string) => spyTable((target[model] ??= {}), model) }),
  };
  const service = { client, authMode: () => 'userPool' } as unknown as DataClientService;
  return { service, queries: client.queries, mutations: client.mutations, models: client.models };
}

/** One list page as the data client answers it. */
export function page<T>(data: T[], nextToken: string | null = null) {
  return { data, nextToken };
}

/** Lets pending promise callbacks and the resulting change detection run. */
export async function settle(fixture: { whenStable(): Promise<unknown> }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}
