import type { Client } from 'aws-amplify/data';
import type { Schema } from '../../amplify/data/resource';

type DataClient = Client<Schema>;
type AuthMode = 'apiKey' | 'userPool';

/** The records the matrix reads, changes and deletes: all of them belong to student A. */
export interface Seeds {
  ownerId: string;
  courseId: string;
  lessonId: string;
  materialId: string;
  auditEntryId: string;
  orderId: string;
  stripeSessionId: string;
  stripePaymentIntentId: string;
  paymentEventId: string;
  /** Student A's certificate for the seeded course. */
  certificateCode: string;
  progressId: string;
  practiceSessionId: string;
  loopId: string;
  noteId: string;
  /** A question on the seeded lesson (its author is B, who is not entitled to the course). */
  questionId: string;
  /** Owner-model records the owner's delete removes (the others stay for later reads). */
  deletable: { progressId: string; practiceSessionId: string; loopId: string; noteId: string };
}

export interface Answer {
  data?: unknown;
  errors?: readonly { errorType?: string | null; message?: string }[];
}

interface Caller {
  authMode: AuthMode;
  /** The signed-in user's sub; undefined for a guest. */
  sub: string | undefined;
}

/** A query whose answer is judged by whether A's record (`target`'s fields) is in it. */
export interface ReadAttempt {
  kind: 'read';
  target(seeds: Seeds): Record<string, unknown>;
  run(client: DataClient, seeds: Seeds, caller: Caller): Promise<Answer>;
}

export interface CallAttempt {
  kind: 'call';
  run(client: DataClient, seeds: Seeds, caller: Caller): Promise<Answer>;
}

export interface Subscribable {
  subscribe(observer: { next(value: unknown): void; error(error: unknown): void }): { unsubscribe(): void };
}

export interface SubscriptionAttempt {
  kind: 'subscription';
  open(client: DataClient, authMode: AuthMode): Subscribable;
}

export type Attempt = ReadAttempt | CallAttempt | SubscriptionAttempt;

const read = (target: ReadAttempt['target'], run: ReadAttempt['run']): ReadAttempt => ({ kind: 'read', target, run });
const call = (run: CallAttempt['run']): CallAttempt => ({ kind: 'call', run });
const subscription = (open: SubscriptionAttempt['open']): SubscriptionAttempt => ({ kind: 'subscription', open });

const missing = 'matrix-missing';
const courseFields = { title: 'Matrix course', summary: 's', description: 'd', instrument: 'GUITAR', level: 'BEGINNER', priceCents: 1000, currency: 'usd' } as const;

/** How each field of the schema is tried, in the order the matrix runs them (deletes last). */
export const attempts: Readonly<Record<string, Attempt>> = {
  getCourse: read((s) => ({ id: s.courseId }), (c, s, { authMode }) => c.models.Course.get({ id: s.courseId }, { authMode })),
  listCourses: read((s) => ({ id: s.courseId }), (c, _s, { authMode }) => c.models.Course.list({ authMode })),
  coursesByStatus: read((s) => ({ id: s.courseId }), (c, _s, { authMode }) => c.models.Course.coursesByStatus({ status: 'PUBLISHED' }, { authMode })),
  getLessonMaterial: read((s) => ({ id: s.materialId }), (c, s, { authMode }) => c.models.LessonMaterial.get({ id: s.materialId }, { authMode })),
  listLessonMaterials: read((s) => ({ id: s.materialId }), (c, _s, { authMode }) => c.models.LessonMaterial.list({ authMode })),
  materialsByCourse: read((s) => ({ id: s.materialId }), (c, s, { authMode }) => c.models.LessonMaterial.materialsByCourse({ courseId: s.courseId }, { authMode })),
  getAuditEntry: read((s) => ({ id: s.auditEntryId }), (c, s, { authMode }) => c.models.AuditEntry.get({ id: s.auditEntryId }, { authMode })),
  listAuditEntries: read((s) => ({ id: s.auditEntryId }), (c, _s, { authMode }) => c.models.AuditEntry.list({ authMode })),
  auditByTime: read((s) => ({ id: s.auditEntryId }), (c, _s, { authMode }) => c.models.AuditEntry.auditByTime({ feed: 'ALL' }, { authMode })),
  auditByCourse: read((s) => ({ id: s.auditEntryId }), (c, s, { authMode }) => c.models.AuditEntry.auditByCourse({ courseId: s.courseId }, { authMode })),
  getCertificate: read((s) => ({ code: s.certificateCode }), (c, s, { authMode }) => c.models.Certificate.get({ userId: s.ownerId, courseId: s.courseId }, { authMode })),
  listCertificates: read((s) => ({ code: s.certificateCode }), (c, _s, { authMode }) => c.models.Certificate.list({ authMode })),
  certificatesByCode: read((s) => ({ code: s.certificateCode }), (c, s, { authMode }) => c.models.Certificate.certificatesByCode({ code: s.certificateCode }, { authMode })),
  auditByActor: read((s) => ({ id: s.auditEntryId }), (c, s, { authMode }) => c.models.AuditEntry.auditByActor({ actorId: s.ownerId }, { authMode })),

  getLesson: read((s) => ({ id: s.lessonId }), (c, s, { authMode }) => c.models.Lesson.get({ id: s.lessonId }, { authMode })),
  listLessons: read((s) => ({ id: s.lessonId }), (c, _s, { authMode }) => c.models.Lesson.list({ authMode })),
  lessonsByCourse: read((s) => ({ id: s.lessonId }), (c, s, { authMode }) => c.models.Lesson.lessonsByCourse({ courseId: s.courseId }, { authMode })),
  createLesson: call((c, s, { authMode }) =>
    c.models.Lesson.create({ courseId: s.courseId, title: 'Mine', position: 9, freePreview: true, status: 'PUBLISHED', videoStatus: 'READY' }, { authMode })),
  updateLesson: call((c, s, { authMode }) => c.models.Lesson.update({ id: s.lessonId, hlsPrefix: 'hls/elsewhere/' }, { authMode })),
  onCreateLesson: subscription((c, authMode) => c.models.Lesson.onCreate({ authMode })),
  onUpdateLesson: subscription((c, authMode) => c.models.Lesson.onUpdate({ authMode })),
  onDeleteLesson: subscription((c, authMode) => c.models.Lesson.onDelete({ authMode })),

  getUserProfile: read((s) => ({ userId: s.ownerId }), (c, s, { authMode }) => c.models.UserProfile.get({ userId: s.ownerId }, { authMode })),
  listUserProfiles: read((s) => ({ userId: s.ownerId }), (c, _s, { authMode }) => c.models.UserProfile.list({ authMode })),
  createUserProfile: call((c, _s, { authMode, sub }) =>
    c.models.UserProfile.create({ userId: sub ?? missing, email: 'someone@example.com', displayName: 'New' }, { authMode })),
  updateUserProfile: call((c, s, { authMode }) => c.models.UserProfile.update({ userId: s.ownerId, displayName: 'Renamed' }, { authMode })),
  onCreateUserProfile: subscription((c, authMode) => c.models.UserProfile.onCreate({ authMode })),
  onUpdateUserProfile: subscription((c, authMode) => c.models.UserProfile.onUpdate({ authMode })),
  onDeleteUserProfile: subscription((c, authMode) => c.models.UserProfile.onDelete({ authMode })),

  getEnrollment: read((s) => ({ userId: s.ownerId, courseId: s.courseId }), (c, s, { authMode }) =>
    c.models.Enrollment.get({ userId: s.ownerId, courseId: s.courseId }, { authMode })),
  listEnrollments: read((s) => ({ userId: s.ownerId }), (c, _s, { authMode }) => c.models.Enrollment.list({ authMode })),
  enrollmentsByCourse: read((s) => ({ userId: s.ownerId }), (c, s, { authMode }) => c.models.Enrollment.enrollmentsByCourse({ courseId: s.courseId }, { authMode })),
  createEnrollment: call((c, s, { authMode, sub }) =>
    c.models.Enrollment.create({ userId: sub ?? missing, courseId: s.courseId, source: 'PURCHASE' }, { authMode })),
  updateEnrollment: call((c, s, { authMode }) =>
    c.models.Enrollment.update({ userId: s.ownerId, courseId: s.courseId, source: 'ADMIN_GRANT', grantReason: 'self-service' }, { authMode })),
  onCreateEnrollment: subscription((c, authMode) => c.models.Enrollment.onCreate({ authMode })),
  onUpdateEnrollment: subscription((c, authMode) => c.models.Enrollment.onUpdate({ authMode })),
  onDeleteEnrollment: subscription((c, authMode) => c.models.Enrollment.onDelete({ authMode })),

  getOrder: read((s) => ({ id: s.orderId }), (c, s, { authMode }) => c.models.Order.get({ id: s.orderId }, { authMode })),
  listOrders: read((s) => ({ id: s.orderId }), (c, _s, { authMode }) => c.models.Order.list({ authMode })),
  ordersByUser: read((s) => ({ id: s.orderId }), (c, s, { authMode }) => c.models.Order.ordersByUser({ userId: s.ownerId }, { authMode })),
  ordersByStripeSession: read((s) => ({ id: s.orderId }), (c, s, { authMode }) =>
    c.models.Order.ordersByStripeSession({ stripeSessionId: s.stripeSessionId }, { authMode })),
  ordersByStripePaymentIntent: read((s) => ({ id: s.orderId }), (c, s, { authMode }) =>
    c.models.Order.ordersByStripePaymentIntent({ stripePaymentIntentId: s.stripePaymentIntentId }, { authMode })),
  ordersByCourse: read((s) => ({ id: s.orderId }), (c, s, { authMode }) => c.models.Order.ordersByCourse({ courseId: s.courseId }, { authMode })),
  createOrder: call((c, s, { authMode, sub }) =>
    c.models.Order.create({ userId: sub ?? missing, product: 'COURSE', courseId: s.courseId, amountCents: 0, currency: 'usd', status: 'PAID', stripeSessionId: 'cs_forged' }, { authMode })),
  updateOrder: call((c, s, { authMode }) => c.models.Order.update({ id: s.orderId, status: 'REFUNDED', amountCents: 0 }, { authMode })),
  onCreateOrder: subscription((c, authMode) => c.models.Order.onCreate({ authMode })),
  onUpdateOrder: subscription((c, authMode) => c.models.Order.onUpdate({ authMode })),
  onDeleteOrder: subscription((c, authMode) => c.models.Order.onDelete({ authMode })),

  getMembership: read((s) => ({ userId: s.ownerId }), (c, s, { authMode }) => c.models.Membership.get({ userId: s.ownerId }, { authMode })),
  listMemberships: read((s) => ({ userId: s.ownerId }), (c, _s, { authMode }) => c.models.Membership.list({ authMode })),
  createMembership: call((c, _s, { authMode, sub }) => c.models.Membership.create({ userId: sub ?? missing, status: 'ACTIVE' }, { authMode })),
  updateMembership: call((c, s, { authMode }) => c.models.Membership.update({ userId: s.ownerId, status: 'CANCELED' }, { authMode })),
  onCreateMembership: subscription((c, authMode) => c.models.Membership.onCreate({ authMode })),
  onUpdateMembership: subscription((c, authMode) => c.models.Membership.onUpdate({ authMode })),
  onDeleteMembership: subscription((c, authMode) => c.models.Membership.onDelete({ authMode })),

  getPaymentEvent: read((s) => ({ stripeEventId: s.paymentEventId }), (c, s, { authMode }) =>
    c.models.PaymentEvent.get({ stripeEventId: s.paymentEventId }, { authMode })),
  listPaymentEvents: read((s) => ({ stripeEventId: s.paymentEventId }), (c, _s, { authMode }) => c.models.PaymentEvent.list({ authMode })),
  createPaymentEvent: call((c, _s, { authMode }) =>
    c.models.PaymentEvent.create({ stripeEventId: 'evt_forged', type: 'checkout.session.completed', processedAt: new Date().toISOString() }, { authMode })),
  updatePaymentEvent: call((c, s, { authMode }) => c.models.PaymentEvent.update({ stripeEventId: s.paymentEventId, type: 'forged' }, { authMode })),
  onCreatePaymentEvent: subscription((c, authMode) => c.models.PaymentEvent.onCreate({ authMode })),
  onUpdatePaymentEvent: subscription((c, authMode) => c.models.PaymentEvent.onUpdate({ authMode })),
  onDeletePaymentEvent: subscription((c, authMode) => c.models.PaymentEvent.onDelete({ authMode })),

  getLessonProgress: read((s) => ({ id: s.progressId }), (c, s, { authMode }) => c.models.LessonProgress.get({ id: s.progressId }, { authMode })),
  listLessonProgresses: read((s) => ({ id: s.progressId }), (c, _s, { authMode }) => c.models.LessonProgress.list({ authMode })),
  progressByLesson: read((s) => ({ id: s.progressId }), (c, s, { authMode }) => c.models.LessonProgress.progressByLesson({ lessonId: s.lessonId }, { authMode })),
  createLessonProgress: call((c, s, { authMode }) =>
    c.models.LessonProgress.create({ lessonId: s.lessonId, courseId: s.courseId, positionSeconds: 1, completed: false, practiceSeconds: 1 }, { authMode })),
  updateLessonProgress: call((c, s, { authMode }) => c.models.LessonProgress.update({ id: s.progressId, positionSeconds: 42 }, { authMode })),
  onCreateLessonProgress: subscription((c, authMode) => c.models.LessonProgress.onCreate({ authMode })),
  onUpdateLessonProgress: subscription((c, authMode) => c.models.LessonProgress.onUpdate({ authMode })),
  onDeleteLessonProgress: subscription((c, authMode) => c.models.LessonProgress.onDelete({ authMode })),

  getPracticeSession: read((s) => ({ id: s.practiceSessionId }), (c, s, { authMode }) => c.models.PracticeSession.get({ id: s.practiceSessionId }, { authMode })),
  listPracticeSessions: read((s) => ({ id: s.practiceSessionId }), (c, _s, { authMode }) => c.models.PracticeSession.list({ authMode })),
  createPracticeSession: call((c, s, { authMode }) =>
    c.models.PracticeSession.create({ lessonId: s.lessonId, courseId: s.courseId, day: '2026-01-01', seconds: 60 }, { authMode })),
  updatePracticeSession: call((c, s, { authMode }) => c.models.PracticeSession.update({ id: s.practiceSessionId, seconds: 120 }, { authMode })),
  onCreatePracticeSession: subscription((c, authMode) => c.models.PracticeSession.onCreate({ authMode })),
  onUpdatePracticeSession: subscription((c, authMode) => c.models.PracticeSession.onUpdate({ authMode })),
  onDeletePracticeSession: subscription((c, authMode) => c.models.PracticeSession.onDelete({ authMode })),

  getPracticeLoop: read((s) => ({ id: s.loopId }), (c, s, { authMode }) => c.models.PracticeLoop.get({ id: s.loopId }, { authMode })),
  listPracticeLoops: read((s) => ({ id: s.loopId }), (c, _s, { authMode }) => c.models.PracticeLoop.list({ authMode })),
  loopsByLesson: read((s) => ({ id: s.loopId }), (c, s, { authMode }) => c.models.PracticeLoop.loopsByLesson({ lessonId: s.lessonId }, { authMode })),
  createPracticeLoop: call((c, s, { authMode }) =>
    c.models.PracticeLoop.create({ lessonId: s.lessonId, name: 'Riff', startSeconds: 1, endSeconds: 2 }, { authMode })),
  updatePracticeLoop: call((c, s, { authMode }) => c.models.PracticeLoop.update({ id: s.loopId, name: 'Renamed' }, { authMode })),
  onCreatePracticeLoop: subscription((c, authMode) => c.models.PracticeLoop.onCreate({ authMode })),
  onUpdatePracticeLoop: subscription((c, authMode) => c.models.PracticeLoop.onUpdate({ authMode })),
  onDeletePracticeLoop: subscription((c, authMode) => c.models.PracticeLoop.onDelete({ authMode })),

  getLessonNote: read((s) => ({ id: s.noteId }), (c, s, { authMode }) => c.models.LessonNote.get({ id: s.noteId }, { authMode })),
  listLessonNotes: read((s) => ({ id: s.noteId }), (c, _s, { authMode }) => c.models.LessonNote.list({ authMode })),
  notesByLesson: read((s) => ({ id: s.noteId }), (c, s, { authMode }) => c.models.LessonNote.notesByLesson({ lessonId: s.lessonId }, { authMode })),
  createLessonNote: call((c, s, { authMode }) =>
    c.models.LessonNote.create({ lessonId: s.lessonId, courseId: s.courseId, positionSeconds: 3, text: 'Mute the low strings' }, { authMode })),
  updateLessonNote: call((c, s, { authMode }) => c.models.LessonNote.update({ id: s.noteId, text: 'Rewritten' }, { authMode })),
  onCreateLessonNote: subscription((c, authMode) => c.models.LessonNote.onCreate({ authMode })),
  onUpdateLessonNote: subscription((c, authMode) => c.models.LessonNote.onUpdate({ authMode })),
  onDeleteLessonNote: subscription((c, authMode) => c.models.LessonNote.onDelete({ authMode })),

  getLessonQuestion: read((s) => ({ id: s.questionId }), (c, s, { authMode }) => c.models.LessonQuestion.get({ id: s.questionId }, { authMode })),
  listLessonQuestions: read((s) => ({ id: s.questionId }), (c, _s, { authMode }) => c.models.LessonQuestion.list({ authMode })),
  questionsByLesson: read((s) => ({ id: s.questionId }), (c, s, { authMode }) =>
    c.models.LessonQuestion.questionsByLesson({ lessonId: s.lessonId }, { authMode })),
  questionsByCourse: read((s) => ({ id: s.questionId }), (c, s, { authMode }) =>
    c.models.LessonQuestion.questionsByCourse({ courseId: s.courseId }, { authMode })),

  listCatalog: call((c, _s, { authMode }) => c.queries.listCatalog({ authMode })),
  getCatalogCourse: call((c, s, { authMode }) => c.queries.getCatalogCourse({ courseId: s.courseId }, { authMode })),
  getMembershipPlan: call((c, _s, { authMode }) => c.queries.getMembershipPlan({ authMode })),
  getPlayback: call((c, _s, { authMode }) => c.queries.getPlayback({ lessonId: missing }, { authMode })),
  getMaterialUrl: call((c, _s, { authMode }) => c.queries.getMaterialUrl({ materialId: missing }, { authMode })),
  listMyInvoices: call((c, _s, { authMode }) => c.queries.listMyInvoices({ authMode })),
  startCheckout: call((c, _s, { authMode }) => c.mutations.startCheckout({ product: 'MEMBERSHIP' }, { authMode })),
  openBillingPortal: call((c, _s, { authMode }) => c.mutations.openBillingPortal({ returnPath: '/account' }, { authMode })),
  setMembershipRenewal: call((c, _s, { authMode }) => c.mutations.setMembershipRenewal({ cancelAtPeriodEnd: true }, { authMode })),
  adminRefundOrder: call((c, _s, { authMode }) => c.mutations.adminRefundOrder({ orderId: missing, reason: 'matrix' }, { authMode })),
  issueCertificate: call((c, _s, { authMode }) => c.mutations.issueCertificate({ courseId: missing }, { authMode })),
  verifyCertificate: call((c, s, { authMode }) => c.queries.verifyCertificate({ code: s.certificateCode }, { authMode })),
  deleteMyAccount: call((c, _s, { authMode }) => c.mutations.deleteMyAccount({ confirmation: 'not-the-word' }, { authMode })),
  createUpload: call((c, _s, { authMode }) =>
    c.mutations.createUpload({ kind: 'VIDEO', targetId: missing, fileName: 'a.mp4', contentType: 'video/mp4', sizeBytes: 1000 }, { authMode })),
  resumeUpload: call((c, _s, { authMode }) => c.mutations.resumeUpload({ key: `uploads/${missing}/a.mp4`, uploadId: 'u', sizeBytes: 1000 }, { authMode })),
  abortUpload: call((c, _s, { authMode }) => c.mutations.abortUpload({ key: `uploads/${missing}/a.mp4`, uploadId: 'u' }, { authMode })),
  completeUpload: call((c, _s, { authMode }) => c.mutations.completeUpload({ key: `uploads/${missing}/a.mp4`, uploadId: 'u', etags: ['"e"'] }, { authMode })),
  retryTranscode: call((c, _s, { authMode }) => c.mutations.retryTranscode({ lessonId: missing }, { authMode })),
  adminCreateCourse: call((c, _s, { authMode }) => c.mutations.adminCreateCourse(courseFields, { authMode })),
  adminUpdateCourse: call((c, _s, { authMode }) => c.mutations.adminUpdateCourse({ id: missing, ...courseFields }, { authMode })),
  adminSetCourseStatus: call((c, _s, { authMode }) => c.mutations.adminSetCourseStatus({ id: missing, status: 'PUBLISHED' }, { authMode })),
  adminDeleteCourse: call((c, _s, { authMode }) => c.mutations.adminDeleteCourse({ id: missing }, { authMode })),
  adminCreateLesson: call((c, _s, { authMode }) => c.mutations.adminCreateLesson({ courseId: missing, title: 'x', freePreview: false }, { authMode })),
  adminUpdateLesson: call((c, _s, { authMode }) => c.mutations.adminUpdateLesson({ id: missing, title: 'x', freePreview: false }, { authMode })),
  adminSetLessonStatus: call((c, _s, { authMode }) => c.mutations.adminSetLessonStatus({ id: missing, status: 'PUBLISHED' }, { authMode })),
  adminDeleteLesson: call((c, _s, { authMode }) => c.mutations.adminDeleteLesson({ id: missing }, { authMode })),
  adminReorderLessons: call((c, _s, { authMode }) => c.mutations.adminReorderLessons({ courseId: missing, lessonIds: [missing] }, { authMode })),
  adminRenameMaterial: call((c, _s, { authMode }) => c.mutations.adminRenameMaterial({ id: missing, title: 'x' }, { authMode })),
  adminDeleteMaterial: call((c, _s, { authMode }) => c.mutations.adminDeleteMaterial({ id: missing }, { authMode })),
  adminGrantAccess: call((c, s, { authMode }) => c.mutations.adminGrantAccess({ courseId: s.courseId, email: 'nobody@example.com', reason: 'matrix' }, { authMode })),
  adminRevokeAccess: call((c, s, { authMode }) => c.mutations.adminRevokeAccess({ courseId: s.courseId, userId: missing, reason: 'matrix' }, { authMode })),
  adminCourseSales: call((c, s, { authMode }) => c.queries.adminCourseSales({ courseId: s.courseId }, { authMode })),
  lessonQuestions: read((s) => ({ id: s.questionId }), (c, s, { authMode }) => c.queries.lessonQuestions({ lessonId: s.lessonId }, { authMode })),
  askQuestion: call((c, _s, { authMode }) => c.mutations.askQuestion({ lessonId: missing, positionSeconds: 1, text: 'Which fret?' }, { authMode })),
  adminCourseQuestions: read((s) => ({ id: s.questionId }), (c, s, { authMode }) =>
    c.queries.adminCourseQuestions({ courseId: s.courseId }, { authMode })),
  answerQuestion: call((c, _s, { authMode }) => c.mutations.answerQuestion({ questionId: missing, answer: 'The fifth' }, { authMode })),

  // Deletes last: the owner's removes a record kept for it, so every read above still finds A's records.
  deleteLesson: call((c, s, { authMode }) => c.models.Lesson.delete({ id: s.lessonId }, { authMode })),
  deleteUserProfile: call((c, s, { authMode }) => c.models.UserProfile.delete({ userId: s.ownerId }, { authMode })),
  deleteEnrollment: call((c, s, { authMode }) => c.models.Enrollment.delete({ userId: s.ownerId, courseId: s.courseId }, { authMode })),
  deleteOrder: call((c, s, { authMode }) => c.models.Order.delete({ id: s.orderId }, { authMode })),
  deleteMembership: call((c, s, { authMode }) => c.models.Membership.delete({ userId: s.ownerId }, { authMode })),
  deletePaymentEvent: call((c, s, { authMode }) => c.models.PaymentEvent.delete({ stripeEventId: s.paymentEventId }, { authMode })),
  deleteLessonProgress: call((c, s, { authMode }) => c.models.LessonProgress.delete({ id: s.deletable.progressId }, { authMode })),
  deletePracticeSession: call((c, s, { authMode }) => c.models.PracticeSession.delete({ id: s.deletable.practiceSessionId }, { authMode })),
  deletePracticeLoop: call((c, s, { authMode }) => c.models.PracticeLoop.delete({ id: s.deletable.loopId }, { authMode })),
  deleteLessonNote: call((c, s, { authMode }) => c.models.LessonNote.delete({ id: s.deletable.noteId }, { authMode })),
};
