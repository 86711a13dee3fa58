import { DataClientService } from '../../../core/data/data-client';

type Spies = Record<string, jasmine.Spy>;

export interface FakeDataClient {
  readonly service: DataClientService;
  readonly queries: Spies;
  readonly mutations: Spies;
  readonly models: Record<string, Spies>;
}

/**
 * A DataClientService whose client is made of jasmine spies, e.g.
 * `fake.queries['getPlayback'].and.resolveTo({ data })`. Only the members a spec configures exist.
 */
export function fakeDataClient(authMode: 'userPool' | 'apiKey' = 'userPool'): FakeDataClient {
  const queries: Spies = {};
  const mutations: Spies = {};
  const models: Record<string, Spies> = {};
  const spyTable = (table: Spies, prefix: string) =>
    new Proxy(table, {
      get: (target, name: string) => (target[name] ??= jasmine.createSpy(`${prefix}.${name}`).and.resolveTo({ data: null })),
    });
  const client = {
    queries: spyTable(queries, 'queries'),
    mutations: spyTable(mutations, 'mutations'),
    models: new Proxy(models, {
      get: (target, model: string) => spyTable((target[model] ??= {}), model),
    }),
  };
  const service = { client, authMode: () => authMode } as unknown as DataClientService;
  return { service, queries: client.queries, mutations: client.mutations, models: client.models };
}
