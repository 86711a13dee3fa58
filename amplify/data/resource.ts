import { a, defineData, type ClientSchema } from '@aws-amplify/backend';
import { catalog } from '../functions/catalog/resource';
import { courseAdmin } from '../functions/course-admin/resource';
import { createCheckout } from '../functions/create-checkout/resource';
import { mediaAccess } from '../functions/media-access/resource';
import { transcode } from '../functions/transcode/resource';
import { transcodeComplete } from '../functions/transcode-complete/resource';
import { uploadUrl } from '../functions/upload-url/resource';
import { accountDeletion } from '../functions/account-deletion/resource';
import { billing } from '../functions/billing/resource';
import { certificates } from '../functions/certificates/resource';
import { stripeWebhook } from '../functions/stripe-webhook/resource';
import { lessonQuestions } from '../functions/lesson-questions/resource';

/** Loop names and display names. */
export const MAX_NAME_LENGTH = 100;
export const SECONDS_PER_DAY = 86_400;
/** A note's text; questions and answers are held to the same length by lesson-questions. */
export const MAX_NOTE_LENGTH = 2000;
const MAX_TOTAL_PRACTICE_SECONDS = 365 * SECONDS_PER_DAY;

/** A time in a lesson video: no lesson is longer than a day. */
const secondsInVideo = (field: string) =>
  a
    .float()
    .required()
    .validate((v) => v.gte(0, `${field} cannot be negative`).lte(SECONDS_PER_DAY, `${field} must be within the video (at most ${SECONDS_PER_DAY} seconds)`));

/** What an admin edits on a course (adminCreateCourse, adminUpdateCourse). */
const courseDetails = () => ({
  title: a.string().required(),
  summary: a.string().required(),
  description: a.string().required(),
  instrument: a.ref('Instrument').required(),
  level: a.ref('Level').required(),
  priceCents: a.integer().required(),
  currency: a.string().required(),
});

/** What an admin edits on a lesson (adminCreateLesson, adminUpdateLesson). */
const lessonDetails = () => ({
  title: a.string().required(),
  description: a.string(),
  freePreview: a.boolean().required(),
});

/**
 * The product's domain model.
 *
 * Authoring records (Course, Lesson, LessonMaterial) are readable only by ADMINS and written only
 * by backend functions: admins change them through the function-backed `admin*` mutations, which
 * validate the input and write the change and its AuditEntry in one DynamoDB transaction, so no
 * browser can write a storage key (sourceKey, hlsPrefix, fileKey, artKey) or a video status.
 * Lesson video status is written by the media functions through AppSync (IAM), so that admins
 * watching a course receive it live on the Lesson onUpdate subscription. Students and guests see
 * the published catalog through function-backed queries that filter out drafts and never expose
 * storage keys. Entitlements, orders, memberships and payment events are written only by backend
 * functions (directly to DynamoDB); browsers can at most read their own.
 */
const schema = a
  .schema({
    Instrument: a.enum(['GUITAR', 'PIANO', 'VOICE', 'DRUMS', 'BASS', 'VIOLIN', 'UKULELE']),
    Level: a.enum(['BEGINNER', 'INTERMEDIATE', 'ADVANCED']),
    PublicationStatus: a.enum(['DRAFT', 'PUBLISHED']),
    VideoStatus: a.enum(['NONE', 'UPLOADED', 'PROCESSING', 'READY', 'FAILED']),
    OrderStatus: a.enum(['PENDING', 'PAID', 'FAILED', 'EXPIRED', 'REFUNDED', 'DISPUTED']),
    EnrollmentSource: a.enum(['PURCHASE', 'ADMIN_GRANT']),
    MembershipStatus: a.enum(['ACTIVE', 'PAST_DUE', 'CANCELED']),
    CheckoutProduct: a.enum(['COURSE', 'MEMBERSHIP']),
    UploadKind: a.enum(['VIDEO', 'MATERIAL', 'COURSE_ART']),
    /** How the signed-in caller may use a course, decided by the backend (shared/entitlement.ts). */
    CourseAccess: a.enum(['NONE', 'OWNED', 'MEMBERSHIP', 'ADMIN']),

    Course: a
      .model({
        title: a.string().required(),
        summary: a.string().required(),
        description: a.string().required(),
        instrument: a.ref('Instrument').required(),
        level: a.ref('Level').required(),
        priceCents: a.integer().required(),
        currency: a.string().required(),
        artKey: a.string(),
        status: a.ref('PublicationStatus').required(),
        publishedAt: a.datetime(),
        lessons: a.hasMany('Lesson', 'courseId'),
        materials: a.hasMany('LessonMaterial', 'courseId'),
      })
      .secondaryIndexes((index) => [index('status').sortKeys(['title']).queryField('coursesByStatus')])
      .disableOperations(['mutations', 'subscriptions'])
      .authorization((allow) => [allow.group('ADMINS').to(['read'])]),

    Lesson: a
      .model({
        courseId: a.id().required(),
        course: a.belongsTo('Course', 'courseId'),
        title: a.string().required(),
        description: a.string(),
        position: a.integer().required(),
        durationSeconds: a.integer(),
        freePreview: a.boolean().required(),
        status: a.ref('PublicationStatus').required(),
        /** State of the latest upload; the lesson stays playable from hlsPrefix while a replacement is processed. */
        videoStatus: a.ref('VideoStatus').required(),
        /** 0–100 while PROCESSING, where the transcoder reports it. */
        videoProgressPercent: a.integer(),
        /** Written for a person ("this file is not a video we can read"); the transcoder's own message is logged. */
        videoFailureReason: a.string(),
        sourceKey: a.string(),
        /** Folder of the playable HLS ladder (hls/<lessonId>/<job>/); set only when a transcode is READY. */
        hlsPrefix: a.string(),
        posterKey: a.string(),
        materials: a.hasMany('LessonMaterial', 'lessonId'),
      })
      .secondaryIndexes((index) => [index('courseId').sortKeys(['position']).queryField('lessonsByCourse')])
      .authorization((allow) => [allow.group('ADMINS').to(['read'])]),

    LessonMaterial: a
      .model({
        courseId: a.id().required(),
        course: a.belongsTo('Course', 'courseId'),
        lessonId: a.id(),
        lesson: a.belongsTo('Lesson', 'lessonId'),
        title: a.string().required(),
        fileKey: a.string().required(),
        contentType: a.string().required(),
        sizeBytes: a.integer().required(),
      })
      .secondaryIndexes((index) => [index('courseId').queryField('materialsByCourse')])
      .disableOperations(['mutations', 'subscriptions'])
      .authorization((allow) => [allow.group('ADMINS').to(['read'])]),

    UserProfile: a
      .model({
        userId: a.id().required(),
        /** Copied from the verified Cognito attribute at sign-up; its owner may read it, never change it. */
        email: a
          .email()
          .required()
          .authorization((allow) => [allow.ownerDefinedIn('userId').identityClaim('sub').to(['read']), allow.group('ADMINS').to(['read'])]),
        displayName: a.string().validate((v) => v.maxLength(MAX_NAME_LENGTH, `displayName must be ${MAX_NAME_LENGTH} characters or fewer`)),
      })
      .identifier(['userId'])
      .authorization((allow) => [
        allow.ownerDefinedIn('userId').identityClaim('sub').to(['read', 'update']),
        allow.group('ADMINS').to(['read']),
      ]),

    Enrollment: a
      .model({
        userId: a.id().required(),
        courseId: a.id().required(),
        source: a.ref('EnrollmentSource').required(),
        orderId: a.id(),
        /** Why an admin granted this access (ADMIN_GRANT only). */
        grantReason: a.string(),
      })
      .identifier(['userId', 'courseId'])
      .secondaryIndexes((index) => [index('courseId').queryField('enrollmentsByCourse')])
      .authorization((allow) => [
        allow.ownerDefinedIn('userId').identityClaim('sub').to(['read']),
        allow.group('ADMINS').to(['read']),
      ]),

    Order: a
      .model({
        userId: a.id().required(),
        product: a.ref('CheckoutProduct').required(),
        courseId: a.id(),
        amountCents: a.integer().required(),
        currency: a.string().required(),
        status: a.ref('OrderStatus').required(),
        /** What was bought, for people: the course title or "Play-Along membership". */
        description: a.string(),
        stripeSessionId: a.string().required(),
        /** Set when the session is paid; refunds and disputes name the payment intent, not the session. */
        stripePaymentIntentId: a.string(),
        /** Amount taken off by a promotion code (amountCents is what was charged). */
        discountCents: a.integer(),
        promotionCode: a.string(),
        /** Stripe's receipt page for the payment. */
        receiptUrl: a.string(),
        paidAt: a.datetime(),
        refundedAt: a.datetime(),
        /**
         * Set, through AppSync, once the payment's access is granted (enrollment or membership), so
         * the buyer's success page learns it from the Order onUpdate subscription.
         */
        fulfilledAt: a.datetime(),
      })
      .secondaryIndexes((index) => [
        index('userId').queryField('ordersByUser'),
        index('stripeSessionId').queryField('ordersByStripeSession'),
        index('stripePaymentIntentId').queryField('ordersByStripePaymentIntent'),
        index('courseId').queryField('ordersByCourse'),
      ])
      .authorization((allow) => [
        allow.ownerDefinedIn('userId').identityClaim('sub').to(['read']),
        allow.group('ADMINS').to(['read']),
      ]),

    Membership: a
      .model({
        userId: a.id().required(),
        status: a.ref('MembershipStatus').required(),
        stripeCustomerId: a.string(),
        stripeSubscriptionId: a.string(),
        currentPeriodEnd: a.datetime(),
        /** The subscription ends at currentPeriodEnd instead of renewing. */
        cancelAtPeriodEnd: a.boolean(),
        priceCents: a.integer(),
        currency: a.string(),
        /** When the subscription became past due: access continues for a grace period from then. */
        pastDueSince: a.datetime(),
      })
      .identifier(['userId'])
      .authorization((allow) => [
        allow.ownerDefinedIn('userId').identityClaim('sub').to(['read']),
        allow.group('ADMINS').to(['read']),
      ]),

    PaymentEvent: a
      .model({
        stripeEventId: a.string().required(),
        type: a.string().required(),
        processedAt: a.datetime().required(),
      })
      .identifier(['stripeEventId'])
      .authorization((allow) => [allow.group('ADMINS').to(['read'])]),

    LessonProgress: a
      .model({
        lessonId: a.id().required(),
        courseId: a.id().required(),
        positionSeconds: secondsInVideo('positionSeconds'),
        completed: a.boolean().required(),
        /** Every day's practice of this lesson added up. */
        practiceSeconds: a
          .integer()
          .required()
          .validate((v) => v.gte(0, 'practiceSeconds cannot be negative').lte(MAX_TOTAL_PRACTICE_SECONDS, 'practiceSeconds is more than a year of practice')),
        owner: a.string().authorization((allow) => [allow.owner().to(['read', 'delete'])]),
      })
      .secondaryIndexes((index) => [index('lessonId').queryField('progressByLesson')])
      .authorization((allow) => [allow.owner()]),

    PracticeSession: a
      .model({
        lessonId: a.id().required(),
        courseId: a.id().required(),
        day: a.date().required(),
        seconds: a
          .integer()
          .required()
          .validate((v) => v.gte(0, 'seconds cannot be negative').lte(SECONDS_PER_DAY, 'seconds cannot exceed the 86400 seconds of a day')),
        owner: a.string().authorization((allow) => [allow.owner().to(['read', 'delete'])]),
      })
      .authorization((allow) => [allow.owner()]),

    /**
     * An A-B loop. endSeconds must be greater than startSeconds: the create and update resolvers
     * check it (amplify/data/owner-input-checks.ts), so an update that changes either bound must
     * send both.
     */
    PracticeLoop: a
      .model({
        lessonId: a.id().required(),
        name: a
          .string()
          .required()
          .validate((v) => v.minLength(1, 'name is required').maxLength(MAX_NAME_LENGTH, `name must be ${MAX_NAME_LENGTH} characters or fewer`)),
        startSeconds: secondsInVideo('startSeconds'),
        endSeconds: secondsInVideo('endSeconds'),
        owner: a.string().authorization((allow) => [allow.owner().to(['read', 'delete'])]),
      })
      .secondaryIndexes((index) => [index('lessonId').queryField('loopsByLesson')])
      .authorization((allow) => [allow.owner()]),

    /** A private note at a moment of a lesson: its owner's only (admins cannot read it either). */
    LessonNote: a
      .model({
        lessonId: a.id().required(),
        courseId: a.id().required(),
        positionSeconds: secondsInVideo('positionSeconds'),
        text: a
          .string()
          .required()
          .validate((v) => v.minLength(1, 'text is required').maxLength(MAX_NOTE_LENGTH, `text must be ${MAX_NOTE_LENGTH} characters or fewer`)),
        owner: a.string().authorization((allow) => [allow.owner().to(['read', 'delete'])]),
      })
      .secondaryIndexes((index) => [index('lessonId').queryField('notesByLesson')])
      .authorization((allow) => [allow.owner()]),

    /**
     * A question a student asked at a moment of a lesson, and an admin's answer. Who may read it
     * depends on entitlement to the course, which model rules cannot express: students reach
     * questions only through lesson-questions (askQuestion, lessonQuestions); admins answer them
     * through it too. Written only by that function.
     */
    LessonQuestion: a
      .model({
        courseId: a.id().required(),
        lessonId: a.id().required(),
        positionSeconds: a.float().required(),
        text: a.string().required(),
        authorId: a.id().required(),
        /** The author's display name when they asked (never their email). */
        authorName: a.string().required(),
        askedAt: a.datetime().required(),
        answer: a.string(),
        answeredAt: a.datetime(),
        answeredBy: a.id(),
      })
      .secondaryIndexes((index) => [
        index('lessonId').sortKeys(['askedAt']).queryField('questionsByLesson'),
        index('courseId').sortKeys(['askedAt']).queryField('questionsByCourse'),
      ])
      .disableOperations(['mutations', 'subscriptions'])
      .authorization((allow) => [allow.group('ADMINS').to(['read'])]),

    AuditEntry: a
      .model({
        /** Always 'ALL': the partition of the time-ordered feed of every entry (auditByTime). */
        feed: a.string().required(),
        actorId: a.string().required(),
        actorEmail: a.string(),
        /** e.g. course.create, course.update, course.publish, lesson.reorder, upload.complete, access.grant */
        action: a.string().required(),
        entityType: a.string().required(),
        entityId: a.string().required(),
        courseId: a.id(),
        before: a.json(),
        after: a.json(),
        details: a.json(),
        at: a.datetime().required(),
      })
      .secondaryIndexes((index) => [
        index('feed').sortKeys(['at']).queryField('auditByTime'),
        index('courseId').sortKeys(['at']).queryField('auditByCourse'),
        index('actorId').sortKeys(['at']).queryField('auditByActor'),
      ])
      .disableOperations(['mutations', 'subscriptions'])
      .authorization((allow) => [allow.group('ADMINS').to(['read'])]),

    /**
     * One per student and course, written only by the certificates function once every published
     * lesson is complete; browsers never read it directly: the student gets theirs from
     * issueCertificate, anyone checks a code with verifyCertificate. Admins may read them.
     */
    Certificate: a
      .model({
        userId: a.id().required(),
        courseId: a.id().required(),
        /** XXXX-XXXX-XXXX, 60 random bits (certificates/certificate-code.ts). */
        code: a.string().required(),
        /** As printed: the display name, or the verified email, when it was issued. */
        name: a.string().required(),
        courseTitle: a.string().required(),
        issuedAt: a.datetime().required(),
      })
      .identifier(['userId', 'courseId'])
      .secondaryIndexes((index) => [index('code').queryField('certificatesByCode')])
      .disableOperations(['mutations', 'subscriptions'])
      .authorization((allow) => [allow.group('ADMINS').to(['read'])]),

    CatalogLesson: a.customType({
      id: a.id().required(),
      title: a.string().required(),
      description: a.string(),
      position: a.integer().required(),
      durationSeconds: a.integer(),
      freePreview: a.boolean().required(),
      playable: a.boolean().required(),
    }),
    CatalogMaterial: a.customType({
      id: a.id().required(),
      lessonId: a.id(),
      title: a.string().required(),
      contentType: a.string().required(),
      sizeBytes: a.integer().required(),
    }),
    CatalogCourse: a.customType({
      id: a.id().required(),
      title: a.string().required(),
      summary: a.string().required(),
      description: a.string().required(),
      instrument: a.ref('Instrument').required(),
      level: a.ref('Level').required(),
      priceCents: a.integer().required(),
      currency: a.string().required(),
      artUrl: a.string(),
      lessonCount: a.integer().required(),
      totalDurationSeconds: a.integer().required(),
      lessons: a.ref('CatalogLesson').array(),
      materials: a.ref('CatalogMaterial').array(),
      /** The caller's access to this course (NONE for guests); the front end shows it and never re-decides it. */
      access: a.ref('CourseAccess').required(),
    }),
    /** A question as students and admins see it: the author's display name, never their id or email. */
    TimelineQuestion: a.customType({
      id: a.id().required(),
      courseId: a.id().required(),
      lessonId: a.id().required(),
      lessonTitle: a.string(),
      positionSeconds: a.float().required(),
      text: a.string().required(),
      authorName: a.string().required(),
      /** The caller asked it. */
      mine: a.boolean().required(),
      askedAt: a.datetime().required(),
      answer: a.string(),
      answeredAt: a.datetime(),
    }),
    CheckoutSession: a.customType({
      sessionId: a.string().required(),
      url: a.string().required(),
    }),
    Playback: a.customType({
      lessonId: a.id().required(),
      manifest: a.string().required(),
      expiresAt: a.datetime().required(),
    }),
    SignedUrl: a.customType({
      url: a.string().required(),
      expiresAt: a.datetime().required(),
    }),
    UploadedPart: a.customType({
      partNumber: a.integer().required(),
      etag: a.string().required(),
      sizeBytes: a.float().required(),
    }),
    UploadTarget: a.customType({
      key: a.string().required(),
      uploadId: a.string().required(),
      partSize: a.integer().required(),
      /** One presigned UploadPart URL per part, in part order (part n at index n-1). */
      partUrls: a.string().required().array().required(),
      /** Parts S3 already holds (ListParts), on resumeUpload; empty on createUpload. */
      uploadedParts: a.ref('UploadedPart').required().array().required(),
      expiresAt: a.datetime().required(),
    }),
    MembershipPlan: a.customType({
      priceCents: a.integer().required(),
      currency: a.string().required(),
      interval: a.string().required(),
    }),
    BillingPortalSession: a.customType({
      url: a.string().required(),
    }),
    MembershipInvoice: a.customType({
      id: a.string().required(),
      number: a.string(),
      amountPaidCents: a.integer().required(),
      currency: a.string().required(),
      status: a.string().required(),
      createdAt: a.datetime().required(),
      periodStart: a.datetime(),
      periodEnd: a.datetime(),
      hostedInvoiceUrl: a.string(),
    }),
    CourseStudent: a.customType({
      userId: a.id().required(),
      email: a.string(),
      source: a.ref('EnrollmentSource').required(),
      enrolledAt: a.datetime().required(),
      grantReason: a.string(),
    }),
    MonthlyRevenue: a.customType({
      month: a.string().required(),
      revenueCents: a.integer().required(),
      orders: a.integer().required(),
    }),
    CourseSales: a.customType({
      courseId: a.id().required(),
      currency: a.string().required(),
      revenueCents: a.integer().required(),
      paidOrders: a.integer().required(),
      byMonth: a.ref('MonthlyRevenue').required().array().required(),
      students: a.ref('CourseStudent').required().array().required(),
    }),

    /** The caller's certificate and its PDF (base64: made on each request, never stored). */
    IssuedCertificate: a.customType({
      code: a.string().required(),
      courseId: a.id().required(),
      name: a.string().required(),
      courseTitle: a.string().required(),
      issuedAt: a.datetime().required(),
      verificationUrl: a.string().required(),
      fileName: a.string().required(),
      pdfBase64: a.string().required(),
    }),
    /** What a verification tells anyone: who completed which course, and when. */
    VerifiedCertificate: a.customType({
      code: a.string().required(),
      name: a.string().required(),
      courseTitle: a.string().required(),
      issuedAt: a.datetime().required(),
    }),

    listCatalog: a
      .query()
      .returns(a.ref('CatalogCourse').array())
      .authorization((allow) => [allow.publicApiKey(), allow.authenticated()])
      .handler(a.handler.function(catalog)),
    getCatalogCourse: a
      .query()
      .arguments({ courseId: a.id().required() })
      .returns(a.ref('CatalogCourse'))
      .authorization((allow) => [allow.publicApiKey(), allow.authenticated()])
      .handler(a.handler.function(catalog)),
    startCheckout: a
      .mutation()
      .arguments({ product: a.ref('CheckoutProduct').required(), courseId: a.id() })
      .returns(a.ref('CheckoutSession'))
      .authorization((allow) => [allow.authenticated()])
      .handler(a.handler.function(createCheckout)),
    getMembershipPlan: a
      .query()
      .returns(a.ref('MembershipPlan'))
      .authorization((allow) => [allow.publicApiKey(), allow.authenticated()])
      .handler(a.handler.function(billing)),
    /** The Stripe customer portal (card, cancellation, invoices) for the caller's own customer. */
    openBillingPortal: a
      .mutation()
      .arguments({ returnPath: a.string() })
      .returns(a.ref('BillingPortalSession'))
      .authorization((allow) => [allow.authenticated()])
      .handler(a.handler.function(billing)),
    /**
     * Cancel at period end (true) or resume (false) the caller's membership in Stripe; our record
     * changes only when Stripe's customer.subscription.updated event arrives.
     */
    setMembershipRenewal: a
      .mutation()
      .arguments({ cancelAtPeriodEnd: a.boolean().required() })
      .returns(a.boolean())
      .authorization((allow) => [allow.authenticated()])
      .handler(a.handler.function(billing)),
    listMyInvoices: a
      .query()
      .returns(a.ref('MembershipInvoice').required().array().required())
      .authorization((allow) => [allow.authenticated()])
      .handler(a.handler.function(billing)),
    /** Full refund in Stripe (audited); the order and access change when charge.refunded arrives. */
    adminRefundOrder: a
      .mutation()
      .arguments({ orderId: a.id().required(), reason: a.string().required() })
      .returns(a.ref('Order'))
      .authorization((allow) => [allow.group('ADMINS')])
      .handler(a.handler.function(billing)),
    /**
     * Deletes the caller's own account (from the token, never an argument): ends their Stripe
     * subscription, deletes the Cognito user, then their own records; orders are kept for accounting.
     * `confirmation` must be the word DELETE the person typed, so no call deletes an account by accident.
     */
    deleteMyAccount: a
      .mutation()
      .arguments({ confirmation: a.string().required() })
      .returns(a.boolean())
      .authorization((allow) => [allow.authenticated()])
      .handler(a.handler.function(accountDeletion)),
    /**
     * The caller's certificate of completion for a course they may use and whose every published
     * lesson they completed (by our records); the same certificate and code on every request.
     */
    issueCertificate: a
      .mutation()
      .arguments({ courseId: a.id().required() })
      .returns(a.ref('IssuedCertificate'))
      .authorization((allow) => [allow.authenticated()])
      .handler(a.handler.function(certificates)),
    /** Anyone (guests with the API key) checks a certificate's code; NotFound when no certificate has it. */
    verifyCertificate: a
      .query()
      .arguments({ code: a.string().required() })
      .returns(a.ref('VerifiedCertificate'))
      .authorization((allow) => [allow.publicApiKey(), allow.authenticated()])
      .handler(a.handler.function(certificates)),
    /** Questions on a lesson, for students entitled to its course and admins, sorted by time in the video. */
    lessonQuestions: a
      .query()
      .arguments({ lessonId: a.id().required() })
      .returns(a.ref('TimelineQuestion').required().array())
      .authorization((allow) => [allow.authenticated()])
      .handler(a.handler.function(lessonQuestions)),
    /** The author is the token's identity, never an argument; refused to students not entitled to the course. */
    askQuestion: a
      .mutation()
      .arguments({ lessonId: a.id().required(), positionSeconds: a.float().required(), text: a.string().required() })
      .returns(a.ref('TimelineQuestion'))
      .authorization((allow) => [allow.authenticated()])
      .handler(a.handler.function(lessonQuestions)),
    /** Every question on a course's lessons, unanswered first. */
    adminCourseQuestions: a
      .query()
      .arguments({ courseId: a.id().required(), unansweredOnly: a.boolean() })
      .returns(a.ref('TimelineQuestion').required().array())
      .authorization((allow) => [allow.group('ADMINS')])
      .handler(a.handler.function(lessonQuestions)),
    /** Sets (or replaces) the answer; audited. */
    answerQuestion: a
      .mutation()
      .arguments({ questionId: a.id().required(), answer: a.string().required() })
      .returns(a.ref('TimelineQuestion'))
      .authorization((allow) => [allow.group('ADMINS')])
      .handler(a.handler.function(lessonQuestions)),
    getPlayback: a
      .query()
      .arguments({ lessonId: a.id().required() })
      .returns(a.ref('Playback'))
      .authorization((allow) => [allow.publicApiKey(), allow.authenticated()])
      .handler(a.handler.function(mediaAccess)),
    getMaterialUrl: a
      .query()
      .arguments({ materialId: a.id().required() })
      .returns(a.ref('SignedUrl'))
      .authorization((allow) => [allow.authenticated()])
      .handler(a.handler.function(mediaAccess)),
    createUpload: a
      .mutation()
      .arguments({
        kind: a.ref('UploadKind').required(),
        /** The lesson (VIDEO) or the course (COURSE_ART, MATERIAL). */
        targetId: a.id().required(),
        /** MATERIAL only: attach the material to this lesson of the course instead of the whole course. */
        lessonId: a.id(),
        fileName: a.string().required(),
        contentType: a.string().required(),
        sizeBytes: a.float().required(),
      })
      .returns(a.ref('UploadTarget'))
      .authorization((allow) => [allow.group('ADMINS')])
      .handler(a.handler.function(uploadUrl)),
    resumeUpload: a
      .mutation()
      .arguments({ key: a.string().required(), uploadId: a.string().required(), sizeBytes: a.float().required() })
      .returns(a.ref('UploadTarget'))
      .authorization((allow) => [allow.group('ADMINS')])
      .handler(a.handler.function(uploadUrl)),
    abortUpload: a
      .mutation()
      .arguments({ key: a.string().required(), uploadId: a.string().required() })
      .returns(a.boolean())
      .authorization((allow) => [allow.group('ADMINS')])
      .handler(a.handler.function(uploadUrl)),
    completeUpload: a
      .mutation()
      .arguments({
        key: a.string().required(),
        uploadId: a.string().required(),
        etags: a.string().required().array().required(),
      })
      .returns(a.string())
      .authorization((allow) => [allow.group('ADMINS')])
      .handler(a.handler.function(uploadUrl)),
    retryTranscode: a
      .mutation()
      .arguments({ lessonId: a.id().required() })
      .returns(a.ref('Lesson'))
      .authorization((allow) => [allow.group('ADMINS')])
      .handler(a.handler.function(transcode)),

    adminCreateCourse: a
      .mutation()
      .arguments(courseDetails())
      .returns(a.ref('Course'))
      .authorization((allow) => [allow.group('ADMINS')])
      .handler(a.handler.function(courseAdmin)),
    adminUpdateCourse: a
      .mutation()
      .arguments({ id: a.id().required(), ...courseDetails() })
      .returns(a.ref('Course'))
      .authorization((allow) => [allow.group('ADMINS')])
      .handler(a.handler.function(courseAdmin)),
    /** Publishing is refused (Conflict, with the reason) while no published lesson has a ready video. */
    adminSetCourseStatus: a
      .mutation()
      .arguments({ id: a.id().required(), status: a.ref('PublicationStatus').required() })
      .returns(a.ref('Course'))
      .authorization((allow) => [allow.group('ADMINS')])
      .handler(a.handler.function(courseAdmin)),
    /** Refused (Conflict) while students are enrolled: unpublish instead. */
    adminDeleteCourse: a
      .mutation()
      .arguments({ id: a.id().required() })
      .returns(a.id())
      .authorization((allow) => [allow.group('ADMINS')])
      .handler(a.handler.function(courseAdmin)),
    adminCreateLesson: a
      .mutation()
      .arguments({ courseId: a.id().required(), ...lessonDetails() })
      .returns(a.ref('Lesson'))
      .authorization((allow) => [allow.group('ADMINS')])
      .handler(a.handler.function(courseAdmin)),
    adminUpdateLesson: a
      .mutation()
      .arguments({ id: a.id().required(), ...lessonDetails() })
      .returns(a.ref('Lesson'))
      .authorization((allow) => [allow.group('ADMINS')])
      .handler(a.handler.function(courseAdmin)),
    adminSetLessonStatus: a
      .mutation()
      .arguments({ id: a.id().required(), status: a.ref('PublicationStatus').required() })
      .returns(a.ref('Lesson'))
      .authorization((allow) => [allow.group('ADMINS')])
      .handler(a.handler.function(courseAdmin)),
    adminDeleteLesson: a
      .mutation()
      .arguments({ id: a.id().required() })
      .returns(a.id())
      .authorization((allow) => [allow.group('ADMINS')])
      .handler(a.handler.function(courseAdmin)),
    /** lessonIds: every lesson of the course, in the new order; positions become 1..n. */
    adminReorderLessons: a
      .mutation()
      .arguments({ courseId: a.id().required(), lessonIds: a.id().required().array().required() })
      .returns(a.ref('Lesson').array())
      .authorization((allow) => [allow.group('ADMINS')])
      .handler(a.handler.function(courseAdmin)),
    adminRenameMaterial: a
      .mutation()
      .arguments({ id: a.id().required(), title: a.string().required() })
      .returns(a.ref('LessonMaterial'))
      .authorization((allow) => [allow.group('ADMINS')])
      .handler(a.handler.function(courseAdmin)),
    adminDeleteMaterial: a
      .mutation()
      .arguments({ id: a.id().required() })
      .returns(a.id())
      .authorization((allow) => [allow.group('ADMINS')])
      .handler(a.handler.function(courseAdmin)),
    /** Grants a course to the user whose verified sign-in email this is. */
    adminGrantAccess: a
      .mutation()
      .arguments({ courseId: a.id().required(), email: a.email().required(), reason: a.string().required() })
      .returns(a.ref('CourseStudent'))
      .authorization((allow) => [allow.group('ADMINS')])
      .handler(a.handler.function(courseAdmin)),
    adminRevokeAccess: a
      .mutation()
      .arguments({ courseId: a.id().required(), userId: a.id().required(), reason: a.string().required() })
      .returns(a.id())
      .authorization((allow) => [allow.group('ADMINS')])
      .handler(a.handler.function(courseAdmin)),
    adminCourseSales: a
      .query()
      .arguments({ courseId: a.id().required() })
      .returns(a.ref('CourseSales'))
      .authorization((allow) => [allow.group('ADMINS')])
      .handler(a.handler.function(courseAdmin)),
  })
  .authorization((allow) => [
    allow.resource(transcode),
    allow.resource(transcodeComplete),
    allow.resource(uploadUrl),
    allow.resource(stripeWebhook),
  ]);

export type Schema = ClientSchema<typeof schema>;

export const data = defineData({
  schema,
  authorizationModes: {
    defaultAuthorizationMode: 'userPool',
    apiKeyAuthorizationMode: { expiresInDays: 365 },
  },
});
