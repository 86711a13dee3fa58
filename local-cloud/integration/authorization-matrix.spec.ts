import { join } from 'node:path';
import { parse, type ObjectTypeDefinitionNode } from 'graphql';
import { signIn, signOut } from 'aws-amplify/auth';
import { CONNECTION_STATE_CHANGE, generateClient } from 'aws-amplify/data';
import { Hub } from 'aws-amplify/utils';
import WebSocket from 'ws';
import type { Schema } from '../../amplify/data/resource';
import { readDataApiDefinition } from '../data/data-api-definition';
import { attempts, type Answer, type Attempt, type Seeds, type Subscribable } from './authorization-matrix.attempts';
import { expectedOutcomes, roles, type Outcome, type Role } from './authorization-matrix.table';
import { CloudFixture, password } from './cloud-fixture';

const emails: Record<Exclude<Role, 'guest'>, string> = {
  owner: 'matrix-owner@example.com',
  other: 'matrix-other@example.com',
  admin: 'matrix-admin@example.com',
};
const course = { id: 'matrix-course', title: 'Matrix', summary: 's', description: 'd', instrument: 'GUITAR', level: 'BEGINNER', priceCents: 1900, currency: 'usd', status: 'PUBLISHED' };
const forSale = { ...course, id: 'matrix-for-sale', title: 'For sale' };
const lesson = { id: 'matrix-lesson', courseId: course.id, title: 'Lesson', position: 1, freePreview: true, status: 'PUBLISHED', videoStatus: 'NONE' };
/** Long enough for an event AppSync published to reach a socket on a busy machine. */
const deliveryGraceMs = 2_000;

type Observed = Record<string, Partial<Record<Role, Outcome>>>;

describe('the authorization matrix, through the real aws-amplify client', () => {
  let fixture: CloudFixture;
  let seeds: Seeds;
  let globalWebSocket: typeof globalThis.WebSocket;
  const client = generateClient<Schema>();
  const subs = {} as Record<Exclude<Role, 'guest'>, string>;
  let signedInAs: Role = 'guest';

  /** Amplify holds one session per process: every switch signs out and, unless a guest, in as the role. */
  const actAs = async (role: Role): Promise<void> => {
    if (role === signedInAs) return;
    await signOut();
    if (role !== 'guest') await signIn({ username: emails[role], password });
    signedInAs = role;
  };
  const authModeOf = (role: Role) => (role === 'guest' ? 'apiKey' : 'userPool');
  const callerOf = (role: Role) => ({ authMode: authModeOf(role), sub: role === 'guest' ? undefined : subs[role] }) as const;

  beforeAll(async () => {
    fixture = await CloudFixture.start();
    // Node 20 has no global WebSocket; the realtime endpoint presents the local cloud's own certificate.
    const certificate = fixture.cloud.data.tlsCertificate;
    globalWebSocket = globalThis.WebSocket;
    globalThis.WebSocket = class extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { ca: certificate });
      }
    } as unknown as typeof globalThis.WebSocket;

    subs.owner = (await fixture.cloud.auth.admin.createConfirmedUser(emails.owner, password)).sub;
    subs.other = (await fixture.cloud.auth.admin.createConfirmedUser(emails.other, password)).sub;
    subs.admin = (await fixture.cloud.auth.admin.createConfirmedUser(emails.admin, password, ['ADMINS'])).sub;
    const ownerId = subs.owner;
    const order = { id: 'cs_matrix_owner', stripeSessionId: 'cs_matrix_owner', stripePaymentIntentId: 'pi_matrix_owner' };
    for (const item of [course, forSale]) await fixture.put('Course', item);
    await fixture.put('Lesson', lesson);
    await fixture.put('LessonMaterial', { id: 'matrix-material', courseId: course.id, title: 'Tab', fileKey: 'materials/matrix/tab.pdf', contentType: 'application/pdf', sizeBytes: 10 });
    await fixture.put('AuditEntry', { id: 'matrix-audit', feed: 'ALL', actorId: ownerId, action: 'course.update', entityType: 'Course', entityId: course.id, courseId: course.id, at: new Date().toISOString() });
    await fixture.put('Enrollment', { userId: ownerId, courseId: course.id, source: 'ADMIN_GRANT', grantReason: 'matrix' });
    await fixture.put('Order', { ...order, userId: ownerId, product: 'COURSE', courseId: course.id, amountCents: 1900, currency: 'usd', status: 'PAID' });
    await fixture.put('Membership', { userId: ownerId, status: 'CANCELED' });
    await fixture.put('PaymentEvent', { stripeEventId: 'evt_matrix', type: 'checkout.session.completed', processedAt: new Date().toISOString() });

    await actAs('owner');
    const progress = () => client.models.LessonProgress.create({ lessonId: lesson.id, courseId: course.id, positionSeconds: 5, completed: false, practiceSeconds: 5 });
    const session = () => client.models.PracticeSession.create({ lessonId: lesson.id, courseId: course.id, day: '2026-01-01', seconds: 30 });
    const loop = () => client.models.PracticeLoop.create({ lessonId: lesson.id, name: 'Intro', startSeconds: 1, endSeconds: 4 });
    const [kept, deletable] = [await Promise.all([progress(), session(), loop()]), await Promise.all([progress(), session(), loop()])];
    seeds = {
      ownerId,
      courseId: course.id,
      lessonId: lesson.id,
      materialId: 'matrix-material',
      auditEntryId: 'matrix-audit',
      orderId: order.id,
      stripeSessionId: order.stripeSessionId,
      stripePaymentIntentId: order.stripePaymentIntentId,
      paymentEventId: 'evt_matrix',
      progressId: kept[0].data!.id,
      practiceSessionId: kept[1].data!.id,
      loopId: kept[2].data!.id,
      deletable: { progressId: deletable[0].data!.id, practiceSessionId: deletable[1].data!.id, loopId: deletable[2].data!.id },
    };
  }, 600_000);

  afterAll(async () => {
    await signOut().catch(() => undefined);
    if (globalWebSocket) globalThis.WebSocket = globalWebSocket;
    await fixture?.stop();
  });

  it('should have a row and an attempt for every query, mutation and subscription of the synthesized schema', async () => {
    const definition = await readDataApiDefinition(join(fixture.stateDir, 'synth'));
    const rootTypes = new Set(['Query', 'Mutation', 'Subscription']);
    const fields = parse(definition.schema.content)
      .definitions.filter((node): node is ObjectTypeDefinitionNode => node.kind === 'ObjectTypeDefinition' && rootTypes.has(node.name.value))
      .flatMap((node) => (node.fields ?? []).map((field) => field.name.value))
      .sort();

    expect(Object.keys(expectedOutcomes).sort()).toEqual(fields);
    expect(Object.keys(attempts).sort()).toEqual(fields);
  });

  it('should answer every query and mutation as the table expects, for a guest, the owner, another student and an admin', async () => {
    const observed: Observed = {};
    const expected: Observed = {};
    // The owner goes last: its deletes remove records the other roles' attempts name.
    for (const role of ['guest', 'other', 'admin', 'owner'] as const) {
      await actAs(role);
      for (const [field, attempt] of Object.entries(attempts)) {
        if (attempt.kind === 'subscription') continue;
        const answer = await attempt.run(client, seeds, callerOf(role));
        (observed[field] ??= {})[role] = judge(answer, attempt.kind === 'read' ? attempt.target(seeds) : undefined);
        (expected[field] ??= {})[role] = expectedOutcomes[field]?.[roles.indexOf(role)];
      }
    }

    expect(observed).toEqual(expected);
  }, 600_000);

  it('should accept or refuse every subscription as the table expects, for each role', async () => {
    const observed: Observed = {};
    const expected: Observed = {};
    for (const role of roles) {
      await actAs(role);
      for (const [field, attempt] of subscriptionAttempts()) {
        const outcome = await subscribeOnce(field, attempt.open(client, authModeOf(role)));
        (observed[field] ??= {})[role] = outcome === 'accepted' ? acceptedAs(field, role) : 'unauthorized';
        (expected[field] ??= {})[role] = expectedOutcomes[field]?.[roles.indexOf(role)];
      }
    }

    expect(observed).toEqual(expected);
  }, 600_000);

  /** Accepted subscriptions are told apart by what they receive in the delivery spec; here only acceptance is seen. */
  function acceptedAs(field: string, role: Role): Outcome {
    const row = expectedOutcomes[field]?.[roles.indexOf(role)];
    return row === 'hidden' ? 'hidden' : 'allowed';
  }

  function subscriptionAttempts(): [string, Extract<Attempt, { kind: 'subscription' }>][] {
    return Object.entries(attempts).flatMap(([field, attempt]) => (attempt.kind === 'subscription' ? [[field, attempt] as [string, typeof attempt]] : []));
  }

  /** Opens a subscription, waits for AppSync's start_ack or refusal, and closes it again. */
  async function subscribeOnce(field: string, observable: Subscribable): Promise<'accepted' | 'refused'> {
    const closed = socketClosed();
    const cleanUp: (() => void)[] = [closed.stop];
    const outcome = await new Promise<'accepted' | 'refused'>((resolve) => {
      cleanUp.push(
        Hub.listen('api', ({ payload }) => {
          const ack = payload as { event?: string; data?: { query?: string } };
          if (ack.event === 'Subscription ack' && new RegExp(`\\b${field}\\b`).test(ack.data?.query ?? '')) resolve('accepted');
        }),
      );
      const subscription = observable.subscribe({ next: () => undefined, error: () => resolve('refused') });
      cleanUp.push(() => subscription.unsubscribe());
    });
    if (outcome === 'refused') await closed.done;
    for (const stop of cleanUp) stop();
    return outcome;
  }
});

/**
 * On a refused subscription the client drops its socket to reconnect, and the next subscription
 * needs a fresh one; resolves once it did (or after a few seconds, when it kept the socket).
 */
function socketClosed(): { done: Promise<void>; stop(): void } {
  let stop = () => undefined as void;
  const done = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 5_000);
    const stopListening = Hub.listen('api', ({ payload }) => {
      const state = (payload as { data?: { connectionState?: string } }).data?.connectionState;
      if (payload.event === CONNECTION_STATE_CHANGE && (state === 'ConnectionDisrupted' || state === 'Disconnected')) resolve();
    });
    stop = () => {
      clearTimeout(timer);
      stopListening();
    };
  });
  return { done: done.finally(stop), stop: () => stop() };
}

/** What a caller got, in the table's terms; `target` names A's record for a read. */
function judge(answer: Answer, target: Record<string, unknown> | undefined): Outcome {
  const error = answer.errors?.[0];
  if (error) {
    if (error.errorType === 'Unauthorized') return 'unauthorized';
    const kind = /^(\w+):/.exec(error.message ?? '')?.[1];
    return error.errorType === 'Lambda:Unhandled' && kind ? `function:${kind}` : (`function:unexpected ${error.errorType} ${error.message}` as Outcome);
  }
  if (!target) return 'allowed';
  const records = Array.isArray(answer.data) ? answer.data : answer.data ? [answer.data] : [];
  const found = records.some((record: Record<string, unknown>) => Object.entries(target).every(([key, value]) => record[key] === value));
  return found ? 'allowed' : 'hidden';
}
