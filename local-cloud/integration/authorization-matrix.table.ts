/**
 * Who may run each operation of the data API (amplify/data/resource.ts), as the browser's
 * aws-amplify client sees it. One row per top-level GraphQL field of the synthesized schema; the
 * matrix spec fails on a field without a row, so a new model or operation is added here on purpose.
 *
 * Columns: a guest (the API key, as the app calls as a guest), the student who owns the seeded
 * records (A), another student (B), a course admin (ADMINS). A reads, updates and deletes A's
 * records; a create creates the caller's own record.
 */
export const roles = ['guest', 'owner', 'other', 'admin'] as const;
export type Role = (typeof roles)[number];

/**
 * - `allowed`: answered without errors; a read returns A's record.
 * - `hidden`: answered without errors, but A's record is not in it (null, or filtered out of the list);
 *   for a subscription: accepted, but A's events never arrive.
 * - `unauthorized`: AppSync's auth rules refuse it (errorType Unauthorized); nothing reaches a function or table.
 * - `function:<Kind>`: the auth rules let it through to its function, which answers an error whose
 *   message starts with `<Kind>:` (the arguments name no real record, so nothing changes).
 */
export type Outcome = 'allowed' | 'hidden' | 'unauthorized' | `function:${string}`;
export type Row = readonly [guest: Outcome, owner: Outcome, other: Outcome, admin: Outcome];

const adminOnly: Row = ['unauthorized', 'unauthorized', 'unauthorized', 'allowed'];
const nobody: Row = ['unauthorized', 'unauthorized', 'unauthorized', 'unauthorized'];
/** Owner and admins read: another student's get of A's record is refused, a list leaves it out. */
const ownerOrAdminGet: Row = ['unauthorized', 'allowed', 'unauthorized', 'allowed'];
const ownerOrAdminRead: Row = ['unauthorized', 'allowed', 'hidden', 'allowed'];
/** allow.owner() only: admins get no more than any other student. */
const ownerOnlyGet: Row = ['unauthorized', 'allowed', 'unauthorized', 'unauthorized'];
const ownerOnlyRead: Row = ['unauthorized', 'allowed', 'hidden', 'hidden'];
const ownerOnlyWrite: Row = ['unauthorized', 'allowed', 'unauthorized', 'unauthorized'];
/** Any signed-in user creates a record of their own. */
const signedInCreate: Row = ['unauthorized', 'allowed', 'allowed', 'allowed'];

export const expectedOutcomes: Readonly<Record<string, Row>> = {
  // Course, LessonMaterial, AuditEntry: read by ADMINS; mutations and subscriptions disabled.
  getCourse: adminOnly,
  listCourses: adminOnly,
  coursesByStatus: adminOnly,
  getLessonMaterial: adminOnly,
  listLessonMaterials: adminOnly,
  materialsByCourse: adminOnly,
  getAuditEntry: adminOnly,
  listAuditEntries: adminOnly,
  auditByTime: adminOnly,
  auditByCourse: adminOnly,
  auditByActor: adminOnly,
  // Certificate: written only by the certificates function; browsers reach it through
  // issueCertificate (their own) and verifyCertificate (anyone, by code); admins may read it.
  getCertificate: adminOnly,
  listCertificates: adminOnly,
  certificatesByCode: adminOnly,

  // Lesson: read by ADMINS; written only by the media functions (IAM).
  getLesson: adminOnly,
  listLessons: adminOnly,
  lessonsByCourse: adminOnly,
  createLesson: nobody,
  updateLesson: nobody,
  deleteLesson: nobody,
  onCreateLesson: adminOnly,
  onUpdateLesson: adminOnly,
  onDeleteLesson: adminOnly,

  // UserProfile: its owner reads and renames it; admins read; post-confirmation creates it.
  getUserProfile: ownerOrAdminGet,
  listUserProfiles: ownerOrAdminRead,
  createUserProfile: nobody,
  updateUserProfile: ownerOnlyWrite,
  deleteUserProfile: nobody,
  onCreateUserProfile: ownerOrAdminRead,
  onUpdateUserProfile: ownerOrAdminRead,
  onDeleteUserProfile: ownerOrAdminRead,

  // Enrollment, Order, Membership: read by their owner and admins; written only by functions.
  getEnrollment: ownerOrAdminGet,
  listEnrollments: ownerOrAdminRead,
  enrollmentsByCourse: ownerOrAdminRead,
  createEnrollment: nobody,
  updateEnrollment: nobody,
  deleteEnrollment: nobody,
  onCreateEnrollment: ownerOrAdminRead,
  onUpdateEnrollment: ownerOrAdminRead,
  onDeleteEnrollment: ownerOrAdminRead,

  getOrder: ownerOrAdminGet,
  listOrders: ownerOrAdminRead,
  // An index keyed by the owner field refuses a key that is not the caller's own.
  ordersByUser: ownerOrAdminGet,
  ordersByStripeSession: ownerOrAdminRead,
  ordersByStripePaymentIntent: ownerOrAdminRead,
  ordersByCourse: ownerOrAdminRead,
  createOrder: nobody,
  updateOrder: nobody,
  deleteOrder: nobody,
  onCreateOrder: ownerOrAdminRead,
  onUpdateOrder: ownerOrAdminRead,
  onDeleteOrder: ownerOrAdminRead,

  getMembership: ownerOrAdminGet,
  listMemberships: ownerOrAdminRead,
  createMembership: nobody,
  updateMembership: nobody,
  deleteMembership: nobody,
  onCreateMembership: ownerOrAdminRead,
  onUpdateMembership: ownerOrAdminRead,
  onDeleteMembership: ownerOrAdminRead,

  // PaymentEvent: read by ADMINS; written only by stripe-webhook.
  getPaymentEvent: adminOnly,
  listPaymentEvents: adminOnly,
  createPaymentEvent: nobody,
  updatePaymentEvent: nobody,
  deletePaymentEvent: nobody,
  onCreatePaymentEvent: adminOnly,
  onUpdatePaymentEvent: adminOnly,
  onDeletePaymentEvent: adminOnly,

  // LessonProgress, PracticeSession, PracticeLoop: allow.owner(), nothing for anyone else.
  getLessonProgress: ownerOnlyGet,
  listLessonProgresses: ownerOnlyRead,
  progressByLesson: ownerOnlyRead,
  createLessonProgress: signedInCreate,
  updateLessonProgress: ownerOnlyWrite,
  deleteLessonProgress: ownerOnlyWrite,
  onCreateLessonProgress: ownerOnlyRead,
  onUpdateLessonProgress: ownerOnlyRead,
  onDeleteLessonProgress: ownerOnlyRead,

  getPracticeSession: ownerOnlyGet,
  listPracticeSessions: ownerOnlyRead,
  createPracticeSession: signedInCreate,
  updatePracticeSession: ownerOnlyWrite,
  deletePracticeSession: ownerOnlyWrite,
  onCreatePracticeSession: ownerOnlyRead,
  onUpdatePracticeSession: ownerOnlyRead,
  onDeletePracticeSession: ownerOnlyRead,

  getPracticeLoop: ownerOnlyGet,
  listPracticeLoops: ownerOnlyRead,
  loopsByLesson: ownerOnlyRead,
  createPracticeLoop: signedInCreate,
  updatePracticeLoop: ownerOnlyWrite,
  deletePracticeLoop: ownerOnlyWrite,
  onCreatePracticeLoop: ownerOnlyRead,
  onUpdatePracticeLoop: ownerOnlyRead,
  onDeletePracticeLoop: ownerOnlyRead,

  // LessonNote: allow.owner(), like the practice models.
  getLessonNote: ownerOnlyGet,
  listLessonNotes: ownerOnlyRead,
  notesByLesson: ownerOnlyRead,
  createLessonNote: signedInCreate,
  updateLessonNote: ownerOnlyWrite,
  deleteLessonNote: ownerOnlyWrite,
  onCreateLessonNote: ownerOnlyRead,
  onUpdateLessonNote: ownerOnlyRead,
  onDeleteLessonNote: ownerOnlyRead,

  // LessonQuestion: read by ADMINS; students reach questions only through lesson-questions.
  getLessonQuestion: adminOnly,
  listLessonQuestions: adminOnly,
  questionsByLesson: adminOnly,
  questionsByCourse: adminOnly,

  // Custom queries and mutations (function-backed).
  listCatalog: ['allowed', 'allowed', 'allowed', 'allowed'],
  getCatalogCourse: ['allowed', 'allowed', 'allowed', 'allowed'],
  getMembershipPlan: ['allowed', 'allowed', 'allowed', 'allowed'],
  getPlayback: ['function:NotFound', 'function:NotFound', 'function:NotFound', 'function:NotFound'],
  getMaterialUrl: ['unauthorized', 'function:NotFound', 'function:NotFound', 'function:NotFound'],
  listMyInvoices: ['unauthorized', 'allowed', 'allowed', 'allowed'],
  startCheckout: ['unauthorized', 'allowed', 'allowed', 'allowed'],
  // Nobody seeded has a Stripe customer: billing answers NotFound to every signed-in caller.
  openBillingPortal: ['unauthorized', 'function:NotFound', 'function:NotFound', 'function:NotFound'],
  setMembershipRenewal: ['unauthorized', 'function:NotFound', 'function:NotFound', 'function:NotFound'],
  adminRefundOrder: ['unauthorized', 'unauthorized', 'unauthorized', 'function:NotFound'],
  // The attempt names a missing course (issuing itself: amplify/functions/certificates/handler.spec.ts).
  issueCertificate: ['unauthorized', 'function:NotFound', 'function:NotFound', 'function:NotFound'],
  // Public by design: a code verifies for anyone, guests included (the WAF rate-limits guessing).
  verifyCertificate: ['allowed', 'allowed', 'allowed', 'allowed'],
  // The account deleted is always the token's own; the attempt sends a wrong confirmation so no matrix
  // account is deleted (the deletion itself: amplify/functions/account-deletion/handler.spec.ts).
  deleteMyAccount: ['unauthorized', 'function:BadRequest', 'function:BadRequest', 'function:BadRequest'],
  createUpload: ['unauthorized', 'unauthorized', 'unauthorized', 'function:NotFound'],
  resumeUpload: ['unauthorized', 'unauthorized', 'unauthorized', 'function:BadRequest'],
  abortUpload: ['unauthorized', 'unauthorized', 'unauthorized', 'function:BadRequest'],
  completeUpload: ['unauthorized', 'unauthorized', 'unauthorized', 'function:BadRequest'],
  retryTranscode: ['unauthorized', 'unauthorized', 'unauthorized', 'function:NotFound'],
  adminCreateCourse: adminOnly,
  adminUpdateCourse: ['unauthorized', 'unauthorized', 'unauthorized', 'function:NotFound'],
  adminSetCourseStatus: ['unauthorized', 'unauthorized', 'unauthorized', 'function:NotFound'],
  adminDeleteCourse: ['unauthorized', 'unauthorized', 'unauthorized', 'function:NotFound'],
  adminCreateLesson: ['unauthorized', 'unauthorized', 'unauthorized', 'function:NotFound'],
  adminUpdateLesson: ['unauthorized', 'unauthorized', 'unauthorized', 'function:NotFound'],
  adminSetLessonStatus: ['unauthorized', 'unauthorized', 'unauthorized', 'function:NotFound'],
  adminDeleteLesson: ['unauthorized', 'unauthorized', 'unauthorized', 'function:NotFound'],
  adminReorderLessons: ['unauthorized', 'unauthorized', 'unauthorized', 'function:NotFound'],
  adminRenameMaterial: ['unauthorized', 'unauthorized', 'unauthorized', 'function:NotFound'],
  adminDeleteMaterial: ['unauthorized', 'unauthorized', 'unauthorized', 'function:NotFound'],
  adminGrantAccess: ['unauthorized', 'unauthorized', 'unauthorized', 'function:NotFound'],
  adminRevokeAccess: ['unauthorized', 'unauthorized', 'unauthorized', 'function:NotFound'],
  adminCourseSales: adminOnly,
  // A (enrolled) and admins read the lesson's questions, B (not entitled to the course) is refused by
  // the function; asking about a lesson that does not exist changes nothing.
  lessonQuestions: ['unauthorized', 'allowed', 'function:Unauthorized', 'allowed'],
  askQuestion: ['unauthorized', 'function:NotFound', 'function:NotFound', 'function:NotFound'],
  adminCourseQuestions: adminOnly,
  answerQuestion: ['unauthorized', 'unauthorized', 'unauthorized', 'function:NotFound'],
};
