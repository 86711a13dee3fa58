import { a, defineData, type ClientSchema } from '@aws-amplify/backend';
import { catalog } from '../functions/catalog/resource';
import { createCheckout } from '../functions/create-checkout/resource';
import { mediaAccess } from '../functions/media-access/resource';
import { uploadUrl } from '../functions/upload-url/resource';

/**
 * The product's domain model.
 *
 * Authoring records (Course, Lesson, LessonMaterial) are readable and writable only by ADMINS:
 * students and guests see the published catalog through function-backed queries that filter
 * out drafts and never expose storage keys. Entitlements, orders, memberships and payment
 * events are written only by backend functions (directly to DynamoDB); browsers can at most read
 * their own.
 */
const schema = a
  .schema({
    Instrument: a.enum(['GUITAR', 'PIANO', 'VOICE', 'DRUMS', 'BASS', 'VIOLIN', 'UKULELE']),
    Level: a.enum(['BEGINNER', 'INTERMEDIATE', 'ADVANCED']),
    PublicationStatus: a.enum(['DRAFT', 'PUBLISHED']),
    VideoStatus: a.enum(['NONE', 'UPLOADED', 'PROCESSING', 'READY', 'FAILED']),
    OrderStatus: a.enum(['PENDING', 'PAID', 'FAILED', 'EXPIRED', 'REFUNDED']),
    EnrollmentSource: a.enum(['PURCHASE', 'ADMIN_GRANT']),
    MembershipStatus: a.enum(['ACTIVE', 'PAST_DUE', 'CANCELED']),
    CheckoutProduct: a.enum(['COURSE', 'MEMBERSHIP']),
    UploadKind: a.enum(['VIDEO', 'MATERIAL', 'COURSE_ART']),

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
      .authorization((allow) => [allow.group('ADMINS')]),

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
        videoStatus: a.ref('VideoStatus').required(),
        videoFailureReason: a.string(),
        sourceKey: a.string(),
        hlsPrefix: a.string(),
        materials: a.hasMany('LessonMaterial', 'lessonId'),
      })
      .secondaryIndexes((index) => [index('courseId').sortKeys(['position']).queryField('lessonsByCourse')])
      .authorization((allow) => [allow.group('ADMINS')]),

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
      .authorization((allow) => [allow.group('ADMINS')]),

    UserProfile: a
      .model({
        userId: a.id().required(),
        email: a.email().required(),
        displayName: a.string(),
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
      })
      .identifier(['userId', 'courseId'])
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
        stripeSessionId: a.string().required(),
        paidAt: a.datetime(),
      })
      .secondaryIndexes((index) => [
        index('userId').queryField('ordersByUser'),
        index('stripeSessionId').queryField('ordersByStripeSession'),
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
        positionSeconds: a.float().required(),
        completed: a.boolean().required(),
        practiceSeconds: a.integer().required(),
        owner: a.string().authorization((allow) => [allow.owner().to(['read', 'delete'])]),
      })
      .secondaryIndexes((index) => [index('lessonId').queryField('progressByLesson')])
      .authorization((allow) => [allow.owner()]),

    PracticeSession: a
      .model({
        lessonId: a.id().required(),
        courseId: a.id().required(),
        day: a.date().required(),
        seconds: a.integer().required(),
        owner: a.string().authorization((allow) => [allow.owner().to(['read', 'delete'])]),
      })
      .authorization((allow) => [allow.owner()]),

    PracticeLoop: a
      .model({
        lessonId: a.id().required(),
        name: a.string().required(),
        startSeconds: a.float().required(),
        endSeconds: a.float().required(),
        owner: a.string().authorization((allow) => [allow.owner().to(['read', 'delete'])]),
      })
      .secondaryIndexes((index) => [index('lessonId').queryField('loopsByLesson')])
      .authorization((allow) => [allow.owner()]),

    AuditEntry: a
      .model({
        actorId: a.string().required(),
        action: a.string().required(),
        entityType: a.string().required(),
        entityId: a.string().required(),
        details: a.json(),
        at: a.datetime().required(),
      })
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
    UploadTarget: a.customType({
      key: a.string().required(),
      uploadId: a.string().required(),
      partSize: a.integer().required(),
      partUrls: a.string().required().array().required(),
      expiresAt: a.datetime().required(),
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
        targetId: a.id().required(),
        fileName: a.string().required(),
        contentType: a.string().required(),
        sizeBytes: a.integer().required(),
      })
      .returns(a.ref('UploadTarget'))
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
  });

export type Schema = ClientSchema<typeof schema>;

export const data = defineData({
  schema,
  authorizationModes: {
    defaultAuthorizationMode: 'userPool',
    apiKeyAuthorizationMode: { expiresInDays: 365 },
  },
});
