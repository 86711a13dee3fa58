import { join } from 'node:path';
import { parse, type ObjectTypeDefinitionNode } from 'graphql';
import { signIn, signOut } from 'aws-amplify/auth';
import { generateClient } from 'aws-amplify/data';
import WebSocket from 'ws';
import type { Schema } from '../../amplify/data/resource';
import { readDataApiDefinition } from '../data/data-api-definition';
import { attempts, type Answer, type Seeds, type SubscriptionAttempt } from './authorization-matrix.attempts';
import { openSubscription, type OpenSubscription } from './authorization-matrix.subscriptions';
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
/** Student A's certificate of completion for the course (its code, in the form the function stores). */
const ownerCertificate = { code: 'MTRX-2345-6789' };
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
    await fixture.put('Certificate', { ...ownerCertificate, userId: ownerId, courseId: course.id, name: emails.owner, courseTitle: course.title, issuedAt: new Date().toISOString() });
    const askedAt = new Date().toISOString();
    await fixture.put('LessonQuestion', { id: 'matrix-question', courseId: course.id, lessonId: lesson.id, positionSeconds: 7, text: 'Which string?', authorId: subs.other, authorName: 'B', askedAt });

    await actAs('owner');
    const progress = () => client.models.LessonProgress.create({ lessonId: lesson.id, courseId: course.id, positionSeconds: 5, completed: false, practiceSeconds: 5 });
    const session = () => client.models.PracticeSession.create({ lessonId: lesson.id, courseId: course.id, day: '2026-01-01', seconds: 30 });
    const loop = () => client.models.PracticeLoop.create({ lessonId: lesson.id, name: 'Intro', startSeconds: 1, endSeconds: 4 });
    const note = () => client.models.LessonNote.create({ lessonId: lesson.id, courseId: course.id, positionSeconds: 2, text: 'Slow down here' });
    const [kept, deletable] = [await Promise.all([progress(), session(), loop(), note()]), await Promise.all([progress(), session(), loop(), note()])];
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
      certificateCode: ownerCertificate.code,
      progressId: kept[0].data!.id,
      practiceSessionId: kept[1].data!.id,
      loopId: kept[2].data!.id,
      noteId: kept[3].data!.id,
      questionId: 'matrix-question',
      deletable: { progressId: deletable[0].data!.id, practiceSessionId: deletable[1].data!.id, loopId: deletable[2].data!.id, noteId: deletable[3].data!.id },
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
      .flatMap((node) => (node.fields ?? []).map((field) => field.name.value));

    const unknownTo = (rows: object) => fields.filter((field) => !(field in rows));
    const staleIn = (rows: object) => Object.keys(rows).filter((field) => !fields.includes(field));
    expect(unknownTo(expectedOutcomes)).withContext('operations without a row in the expected table').toEqual([]);
    expect(unknownTo(attempts)).withContext('operations without an attempt').toEqual([]);
    expect([...staleIn(expectedOutcomes), ...staleIn(attempts)]).withContext('rows naming no operation of the schema').toEqual([]);
  });

  it('should answer every query and mutation as the table expects, for a guest, the owner, another student and an admin', async () => {
    const writtenOnlyByFunctions = () =>
      Promise.all([
        fixture.get('Lesson', { id: seeds.lessonId }),
        fixture.get('Enrollment', { userId: seeds.ownerId, courseId: seeds.courseId }),
        fixture.get('Order', { id: seeds.orderId }),
        fixture.get('Membership', { userId: seeds.ownerId }),
        fixture.get('PaymentEvent', { stripeEventId: seeds.paymentEventId }),
        fixture.get('Certificate', { userId: seeds.ownerId, courseId: seeds.courseId }),
        fixture.get('LessonQuestion', { id: seeds.questionId }),
      ]);
    const before = await writtenOnlyByFunctions();
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
    expect(await writtenOnlyByFunctions()).toEqual(before);
  }, 600_000);

  it('should accept or refuse every subscription as the table expects, for each role', async () => {
    const observed: Observed = {};
    const expected: Observed = {};
    for (const role of roles) {
      await actAs(role);
      for (const field of subscriptionFields()) {
        const subscription = await openSubscription(field, subscriptionAttempt(field).open(client, authModeOf(role)));
        subscription.close();
        (observed[field] ??= {})[role] = subscription.accepted ? acceptedAs(field, role) : 'unauthorized';
        (expected[field] ??= {})[role] = expectedOutcomes[field]?.[roles.indexOf(role)];
      }
    }

    expect(observed).toEqual(expected);
  }, 600_000);

  it("should deliver the owner's progress, session, loop and profile events as the table expects: never to another student", async () => {
    const triggered = ['LessonProgress', 'PracticeSession', 'PracticeLoop', 'LessonNote'].flatMap((model) => ['onCreate', 'onUpdate', 'onDelete'].map((event) => `${event}${model}`));
    triggered.push('onUpdateUserProfile');
    const listeners: Partial<Record<Role, Record<string, OpenSubscription>>> = {};
    for (const role of ['other', 'admin', 'owner'] as const) {
      await actAs(role);
      const opened: Record<string, OpenSubscription> = {};
      for (const field of triggered) opened[field] = await openSubscription(field, subscriptionAttempt(field).open(client, 'userPool'));
      listeners[role] = opened;
    }

    const models = client.models;
    const progress = (await models.LessonProgress.create({ lessonId: lesson.id, courseId: course.id, positionSeconds: 1, completed: false, practiceSeconds: 1 })).data!;
    await models.LessonProgress.update({ id: progress.id, positionSeconds: 2 });
    await models.LessonProgress.delete({ id: progress.id });
    const session = (await models.PracticeSession.create({ lessonId: lesson.id, courseId: course.id, day: '2026-02-01', seconds: 10 })).data!;
    await models.PracticeSession.update({ id: session.id, seconds: 20 });
    await models.PracticeSession.delete({ id: session.id });
    const loop = (await models.PracticeLoop.create({ lessonId: lesson.id, name: 'Live', startSeconds: 1, endSeconds: 2 })).data!;
    await models.PracticeLoop.update({ id: loop.id, name: 'Live again' });
    await models.PracticeLoop.delete({ id: loop.id });
    const liveNote = (await models.LessonNote.create({ lessonId: lesson.id, courseId: course.id, positionSeconds: 1, text: 'Live' })).data!;
    await models.LessonNote.update({ id: liveNote.id, text: 'Live again' });
    await models.LessonNote.delete({ id: liveNote.id });
    await models.UserProfile.update({ userId: subs.owner, displayName: 'Live' });
    const own = listeners.owner!;
    await fixture.eventually(async () => triggered.filter((field) => own[field]!.received.length === 0), (waiting) => waiting.length === 0, "the owner's own events");
    await new Promise((resolve) => setTimeout(resolve, deliveryGraceMs));

    const observed: Observed = {};
    const expected: Observed = {};
    for (const [role, opened] of Object.entries(listeners) as [Role, Record<string, OpenSubscription>][]) {
      for (const [field, subscription] of Object.entries(opened)) {
        subscription.close();
        (observed[field] ??= {})[role] = subscription.received.length > 0 ? 'allowed' : 'hidden';
        (expected[field] ??= {})[role] = expectedOutcomes[field]?.[roles.indexOf(role)];
      }
    }
    expect(observed).toEqual(expected);
  }, 300_000);

  it("should tell the buyer and admins, never another student subscribed to the buyer's order id, when a payment fulfils the order", async () => {
    await actAs('owner');
    const checkout = await client.mutations.startCheckout({ product: 'COURSE', courseId: forSale.id });
    expect(checkout.errors).toBeUndefined();
    const filter = { id: { eq: checkout.data!.sessionId } };
    const listeners: Partial<Record<Role, OpenSubscription>> = {};
    for (const role of ['other', 'admin', 'owner'] as const) {
      await actAs(role);
      listeners[role] = await openSubscription('onUpdateOrder', client.models.Order.onUpdate({ filter }));
    }

    const form = new URLSearchParams({ email: emails.owner, name: 'Matrix Owner', cardNumber: '4242 4242 4242 4242', expiry: '12 / 34', cvc: '123' });
    const paid = await fetch(checkout.data!.url, { method: 'POST', body: form, redirect: 'manual' });
    expect(paid.status).toBe(303);
    await fixture.eventually(async () => listeners.owner!.received.length, (count) => count > 0, 'the buyer to hear of the fulfilled order');
    await new Promise((resolve) => setTimeout(resolve, deliveryGraceMs));

    for (const subscription of Object.values(listeners)) subscription.close();
    expect({ other: listeners.other!.received.length > 0, admin: listeners.admin!.received.length > 0, owner: true }).toEqual({ other: false, admin: true, owner: true });
  }, 300_000);

  it("should refuse to hand the owner's records to another student, and change nothing", async () => {
    await actAs('other');
    const othersLoop = (await client.models.PracticeLoop.create({ lessonId: lesson.id, name: "B's", startSeconds: 1, endSeconds: 2 })).data!;
    const otherOwner = (await fixture.get('PracticeLoop', { id: othersLoop.id }))?.['owner'] as string;
    const stored = () =>
      Promise.all([
        fixture.get('LessonProgress', { id: seeds.progressId }),
        fixture.get('PracticeSession', { id: seeds.practiceSessionId }),
        fixture.get('PracticeLoop', { id: seeds.loopId }),
        fixture.get('UserProfile', { userId: subs.other }),
      ]);
    await actAs('owner');
    const before = await stored();

    const answers = {
      progressOwner: await client.models.LessonProgress.update({ id: seeds.progressId, owner: otherOwner }),
      sessionOwner: await client.models.PracticeSession.update({ id: seeds.practiceSessionId, owner: otherOwner }),
      loopOwner: await client.models.PracticeLoop.update({ id: seeds.loopId, owner: otherOwner }),
      loopCreatedForOther: await client.models.PracticeLoop.create({ lessonId: lesson.id, name: 'Planted', startSeconds: 1, endSeconds: 2, owner: otherOwner }),
      otherProfile: await client.models.UserProfile.update({ userId: subs.other, displayName: 'Taken over' }),
    };

    expect(Object.fromEntries(Object.entries(answers).map(([name, answer]) => [name, answer.errors?.[0]?.errorType]))).toEqual({
      progressOwner: 'Unauthorized',
      sessionOwner: 'Unauthorized',
      loopOwner: 'Unauthorized',
      loopCreatedForOther: 'Unauthorized',
      otherProfile: 'Unauthorized',
    });
    expect(await stored()).toEqual(before);
    await actAs('other');
    expect((await client.models.PracticeLoop.list()).data.map((item) => item.name)).not.toContain('Planted');
  }, 120_000);

  it("should leave the owner's records out of another student's lists and index queries filtered by the owner, and in the owner's", async () => {
    // Stored as "<sub>::<username>", answered to clients as "<sub>": a filter may name either.
    const storedOwner = (await fixture.get('LessonProgress', { id: seeds.progressId }))?.['owner'] as string;
    const byOwner = { or: [{ owner: { eq: storedOwner } }, { owner: { eq: subs.owner } }] };
    const byUser = { userId: { eq: subs.owner } };
    const ownRecord = { userId: subs.owner };
    const queries: Record<string, [query: () => Promise<Answer>, target: Record<string, unknown>]> = {
      listLessonProgresses: [() => client.models.LessonProgress.list({ filter: byOwner }), { id: seeds.progressId }],
      progressByLesson: [() => client.models.LessonProgress.progressByLesson({ lessonId: lesson.id }, { filter: byOwner }), { id: seeds.progressId }],
      listPracticeSessions: [() => client.models.PracticeSession.list({ filter: byOwner }), { id: seeds.practiceSessionId }],
      listPracticeLoops: [() => client.models.PracticeLoop.list({ filter: byOwner }), { id: seeds.loopId }],
      loopsByLesson: [() => client.models.PracticeLoop.loopsByLesson({ lessonId: lesson.id }, { filter: byOwner }), { id: seeds.loopId }],
      listLessonNotes: [() => client.models.LessonNote.list({ filter: byOwner }), { id: seeds.noteId }],
      notesByLesson: [() => client.models.LessonNote.notesByLesson({ lessonId: lesson.id }, { filter: byOwner }), { id: seeds.noteId }],
      listUserProfiles: [() => client.models.UserProfile.list({ filter: byUser }), ownRecord],
      listEnrollments: [() => client.models.Enrollment.list({ filter: byUser }), ownRecord],
      enrollmentsByCourse: [() => client.models.Enrollment.enrollmentsByCourse({ courseId: course.id }, { filter: byUser }), ownRecord],
      listOrders: [() => client.models.Order.list({ filter: byUser }), ownRecord],
      ordersByCourse: [() => client.models.Order.ordersByCourse({ courseId: course.id }, { filter: byUser }), ownRecord],
      ordersByStripeSession: [() => client.models.Order.ordersByStripeSession({ stripeSessionId: seeds.stripeSessionId }, { filter: byUser }), ownRecord],
      listMemberships: [() => client.models.Membership.list({ filter: byUser }), ownRecord],
    };
    const seenAs = async (role: Role) => {
      await actAs(role);
      const seen: Record<string, Outcome> = {};
      for (const [name, [query, target]] of Object.entries(queries)) seen[name] = judge(await query(), target);
      return seen;
    };

    const asOwner = await seenAs('owner');
    const asOther = await seenAs('other');

    expect(asOwner).toEqual(Object.fromEntries(Object.keys(queries).map((name) => [name, 'allowed'])));
    expect(asOther).toEqual(Object.fromEntries(Object.keys(queries).map((name) => [name, 'hidden'])));
  }, 120_000);

  /** Accepted subscriptions are told apart by what they receive in the delivery specs; here only acceptance is seen. */
  function acceptedAs(field: string, role: Role): Outcome {
    const row = expectedOutcomes[field]?.[roles.indexOf(role)];
    return row === 'hidden' ? 'hidden' : 'allowed';
  }
});

function subscriptionFields(): string[] {
  return Object.entries(attempts).flatMap(([field, attempt]) => (attempt.kind === 'subscription' ? [field] : []));
}

function subscriptionAttempt(field: string): SubscriptionAttempt {
  const attempt = attempts[field];
  if (attempt?.kind !== 'subscription') throw new Error(`${field} is not a subscription of the matrix`);
  return attempt;
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
