import { defineBackend } from '@aws-amplify/backend';
import type { ResourceAccessAcceptor, ResourceAccessAcceptorFactory } from '@aws-amplify/plugin-types';
import { Arn, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { CfnPolicy, Policy, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { FunctionUrlAuthType } from 'aws-cdk-lib/aws-lambda';
import { S3EventSourceV2 } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Bucket, EventType } from 'aws-cdk-lib/aws-s3';
import { StringParameter } from 'aws-cdk-lib/aws-ssm';
import { auth } from './auth/resource';
import { addOwnerInputChecks } from './data/owner-input-checks';
import { data } from './data/resource';
import { storage } from './storage/resource';
import { catalog } from './functions/catalog/resource';
import { courseAdmin } from './functions/course-admin/resource';
import { createCheckout } from './functions/create-checkout/resource';
import { accountDeletion } from './functions/account-deletion/resource';
import { billing } from './functions/billing/resource';
import { certificates } from './functions/certificates/resource';
import { stripeWebhook } from './functions/stripe-webhook/resource';
import { mediaAccess } from './functions/media-access/resource';
import { lessonQuestions } from './functions/lesson-questions/resource';
import { uploadUrl } from './functions/upload-url/resource';
import { transcode } from './functions/transcode/resource';
import { transcodeComplete } from './functions/transcode-complete/resource';
import { PIPELINE_TAG } from './functions/transcode/job-settings';
import { postConfirmation } from './auth/post-confirmation/resource';
import { createAlarms } from './operations/alarms';
import { appOriginFor } from './operations/app-origin';
import { enableBackups } from './operations/backups';
import { mailSenderFor } from './operations/mail-sender';
import { protectGraphqlApi } from './operations/waf';

const functions = {
  catalog,
  courseAdmin,
  createCheckout,
  billing,
  accountDeletion,
  certificates,
  stripeWebhook,
  mediaAccess,
  lessonQuestions,
  uploadUrl,
  transcode,
  transcodeComplete,
  postConfirmation,
};
const backend = defineBackend({ auth, data, storage, ...functions });

/** Every function lives in the data stack (resourceGroupName 'data'); so does the media wiring. */
const dataStack = Stack.of(backend.data.resources.graphqlApi);
const tables = backend.data.resources.tables;
// Owner models' ids and loop bounds, checked in their generated create and update resolvers.
addOwnerInputChecks(backend.data);
const bucket = backend.storage.resources.bucket;

const tableEnv = {
  COURSE_TABLE: 'Course',
  LESSON_TABLE: 'Lesson',
  LESSON_MATERIAL_TABLE: 'LessonMaterial',
  USER_PROFILE_TABLE: 'UserProfile',
  ENROLLMENT_TABLE: 'Enrollment',
  ORDER_TABLE: 'Order',
  MEMBERSHIP_TABLE: 'Membership',
  PAYMENT_EVENT_TABLE: 'PaymentEvent',
  AUDIT_ENTRY_TABLE: 'AuditEntry',
  LESSON_PROGRESS_TABLE: 'LessonProgress',
  PRACTICE_SESSION_TABLE: 'PracticeSession',
  PRACTICE_LOOP_TABLE: 'PracticeLoop',
  CERTIFICATE_TABLE: 'Certificate',
  LESSON_NOTE_TABLE: 'LessonNote',
  LESSON_QUESTION_TABLE: 'LessonQuestion',
} as const;
type TableEnvName = keyof typeof tableEnv;

const READ = ['dynamodb:GetItem', 'dynamodb:Query'];

/** Grants exactly `actions` on the named tables (and their indexes) and sets their *_TABLE variables. */
type BackendFunction = typeof backend.catalog;

function grantTables(fn: BackendFunction, envNames: TableEnvName[], actions: string[]): void {
  const resources = envNames.flatMap((envName) => {
    const table = tables[tableEnv[envName]];
    fn.addEnvironment(envName, table.tableName);
    return [table.tableArn, `${table.tableArn}/index/*`];
  });
  fn.resources.lambda.addToRolePolicy(new PolicyStatement({ actions, resources }));
}

function grantObjects(fn: BackendFunction, actions: string[], prefixes: string[]): void {
  fn.resources.lambda.addToRolePolicy(
    new PolicyStatement({ actions, resources: prefixes.map((prefix) => bucket.arnForObjects(`${prefix}*`)) }),
  );
  fn.addEnvironment('MEDIA_BUCKET_NAME', bucket.bucketName);
}

/** Sends email as the configured sender only (SESv2 SendEmail authorizes the sender's identity). */
function grantMail(fn: BackendFunction): void {
  fn.resources.lambda.addToRolePolicy(new PolicyStatement({ actions: ['ses:SendEmail'], resources: mailSender.identityArns }));
  fn.addEnvironment('MAIL_FROM', mailSender.from);
}

const appOrigin = appOriginFor(dataStack);
const mailSender = mailSenderFor(dataStack);
const membershipPriceCents = process.env['MEMBERSHIP_PRICE_CENTS'] ?? '1500';

// Browsers reach the bucket only through presigned URLs: the app PUTs multipart upload parts (and
// reads each part's ETag), and hls.js GETs playlists and segments.
backend.storage.resources.cfnResources.cfnBucket.corsConfiguration = {
  corsRules: [
    {
      allowedOrigins: [appOrigin],
      allowedMethods: ['GET', 'HEAD', 'PUT'],
      allowedHeaders: ['*'],
      exposedHeaders: ['ETag'],
      maxAge: 3000,
    },
  ],
};

// catalog: read-only on the authoring tables, art only; the caller's enrollments and membership
// decide the access each course reports.
grantTables(
  backend.catalog,
  ['COURSE_TABLE', 'LESSON_TABLE', 'LESSON_MATERIAL_TABLE', 'ENROLLMENT_TABLE', 'MEMBERSHIP_TABLE'],
  READ,
);
grantObjects(backend.catalog, ['s3:GetObject'], ['art/']);

// media-access: reads catalog + entitlements, signs hls/ and materials/ objects.
grantTables(
  backend.mediaAccess,
  ['COURSE_TABLE', 'LESSON_TABLE', 'LESSON_MATERIAL_TABLE', 'ENROLLMENT_TABLE', 'MEMBERSHIP_TABLE'],
  READ,
);
grantObjects(backend.mediaAccess, ['s3:GetObject'], ['hls/', 'materials/']);

// lesson-questions: the lesson and course a question is about, the caller's entitlement and display
// name; writes questions, and an answer with its AuditEntry in one TransactWriteItems.
grantTables(backend.lessonQuestions, ['LESSON_TABLE'], READ);
grantTables(backend.lessonQuestions, ['COURSE_TABLE', 'ENROLLMENT_TABLE', 'MEMBERSHIP_TABLE', 'USER_PROFILE_TABLE'], ['dynamodb:GetItem']);
grantTables(backend.lessonQuestions, ['LESSON_QUESTION_TABLE'], [...READ, 'dynamodb:PutItem', 'dynamodb:UpdateItem']);
grantTables(backend.lessonQuestions, ['AUDIT_ENTRY_TABLE'], ['dynamodb:PutItem']);

// upload-url: multipart uploads into the three admin prefixes (HEAD reads what completion records);
// marks lessons UPLOADED; course art and materials with their AuditEntry in one TransactWriteItems.
grantTables(backend.uploadUrl, ['COURSE_TABLE'], ['dynamodb:GetItem', 'dynamodb:UpdateItem', 'dynamodb:ConditionCheckItem']);
grantTables(backend.uploadUrl, ['LESSON_TABLE'], ['dynamodb:GetItem', 'dynamodb:UpdateItem', 'dynamodb:ConditionCheckItem']);
grantTables(backend.uploadUrl, ['LESSON_MATERIAL_TABLE', 'AUDIT_ENTRY_TABLE'], ['dynamodb:PutItem']);
grantObjects(
  backend.uploadUrl,
  ['s3:PutObject', 's3:AbortMultipartUpload', 's3:ListMultipartUploadParts', 's3:GetObject'],
  ['uploads/', 'materials/', 'art/'],
);

// course-admin: each change with its AuditEntry in one TransactWriteItems (whose IAM actions are the
// item-level ones), grants by verified email from the user pool, best-effort media cleanup on delete.
const transactWrite = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:ConditionCheckItem'];
grantTables(backend.courseAdmin, ['COURSE_TABLE', 'LESSON_TABLE', 'LESSON_MATERIAL_TABLE', 'ENROLLMENT_TABLE'], [...READ, ...transactWrite]);
grantTables(backend.courseAdmin, ['ORDER_TABLE', 'USER_PROFILE_TABLE'], READ);
grantTables(backend.courseAdmin, ['AUDIT_ENTRY_TABLE'], ['dynamodb:PutItem']);
grantObjects(backend.courseAdmin, ['s3:DeleteObject'], ['uploads/', 'hls/', 'materials/', 'art/']);
backend.courseAdmin.resources.lambda.addToRolePolicy(
  new PolicyStatement({
    actions: ['s3:ListBucket'],
    resources: [bucket.bucketArn],
    conditions: { StringLike: { 's3:prefix': ['uploads/*', 'hls/*', 'materials/*', 'art/*'] } },
  }),
);
backend.courseAdmin.resources.lambda.addToRolePolicy(
  new PolicyStatement({ actions: ['cognito-idp:ListUsers'], resources: [backend.auth.resources.userPool.userPoolArn] }),
);
backend.courseAdmin.addEnvironment('USER_POOL_ID', backend.auth.resources.userPool.userPoolId);

// transcode: on an upload under uploads/ or retryTranscode, probe the source and start a MediaConvert job
// (the lesson's status goes through AppSync, below); reads the lesson for a retry.
const mediaConvertRole = new Role(dataStack, 'MediaConvertRole', {
  assumedBy: new ServicePrincipal('mediaconvert.amazonaws.com'),
  description: 'Assumed by MediaConvert to read uploads/ and write hls/',
});
mediaConvertRole.addToPolicy(
  new PolicyStatement({ actions: ['s3:GetObject'], resources: [bucket.arnForObjects('uploads/*')] }),
);
mediaConvertRole.addToPolicy(
  new PolicyStatement({ actions: ['s3:PutObject'], resources: [bucket.arnForObjects('hls/*')] }),
);
const transcodeFn = backend.transcode.resources.lambda;
grantTables(backend.transcode, ['LESSON_TABLE'], ['dynamodb:GetItem']);
grantTables(backend.transcode, ['AUDIT_ENTRY_TABLE'], ['dynamodb:PutItem']);
grantObjects(backend.transcode, ['s3:GetObject'], ['uploads/']);
// Probe has no resource type (it reads the source with the caller's own s3:GetObject on uploads/).
transcodeFn.addToRolePolicy(new PolicyStatement({ actions: ['mediaconvert:Probe'], resources: ['*'] }));
// CreateJob authorizes the job and the queue it joins: ours go to the account's Default queue and
// name no preset or job template.
transcodeFn.addToRolePolicy(
  new PolicyStatement({
    actions: ['mediaconvert:CreateJob'],
    resources: [
      Arn.format({ service: 'mediaconvert', resource: 'queues', resourceName: 'Default' }, dataStack),
      Arn.format({ service: 'mediaconvert', resource: 'jobs', resourceName: '*' }, dataStack),
    ],
  }),
);
transcodeFn.addToRolePolicy(
  new PolicyStatement({
    actions: ['iam:PassRole'],
    resources: [mediaConvertRole.roleArn],
    conditions: { StringEquals: { 'iam:PassedToService': 'mediaconvert.amazonaws.com' } },
  }),
);
backend.transcode.addEnvironment('MEDIACONVERT_ROLE_ARN', mediaConvertRole.roleArn);
// The bucket lives in the storage stack; importing it here places the notification in the data
// stack, so storage never depends on data (functions already depend on storage for the bucket name).
const mediaBucketRef = Bucket.fromBucketAttributes(dataStack, 'MediaBucketRef', {
  bucketArn: bucket.bucketArn,
  bucketName: bucket.bucketName,
});
transcodeFn.addEventSource(
  new S3EventSourceV2(mediaBucketRef, { events: [EventType.OBJECT_CREATED], filters: [{ prefix: 'uploads/' }] }),
);

// transcode-complete: our jobs' state changes (tagged in UserMetadata) → lesson PROCESSING with
// percent (STATUS_UPDATE, every StatusUpdateInterval), READY or FAILED.
const transcodeCompleteFn = backend.transcodeComplete.resources.lambda;
new Rule(dataStack, 'MediaConvertJobStateRule', {
  description: 'Lesson video MediaConvert job progress, completion or failure → transcode-complete',
  eventPattern: {
    source: ['aws.mediaconvert'],
    detailType: ['MediaConvert Job State Change'],
    detail: {
      status: ['PROGRESSING', 'STATUS_UPDATE', 'COMPLETE', 'ERROR'],
      userMetadata: { pipeline: [PIPELINE_TAG.pipeline] },
    },
  },
  targets: [new LambdaFunction(transcodeCompleteFn)],
});
// A failed job is mailed to the ADMINS group's members, naming the lesson and its course.
grantTables(backend.transcodeComplete, ['LESSON_TABLE', 'COURSE_TABLE'], ['dynamodb:GetItem']);
transcodeCompleteFn.addToRolePolicy(
  new PolicyStatement({ actions: ['cognito-idp:ListUsersInGroup'], resources: [backend.auth.resources.userPool.userPoolArn] }),
);
backend.transcodeComplete.addEnvironment('USER_POOL_ID', backend.auth.resources.userPool.userPoolId);
grantMail(backend.transcodeComplete);

// create-checkout: price from Course, refuses duplicates, writes the PENDING order.
grantTables(backend.createCheckout, ['COURSE_TABLE', 'ENROLLMENT_TABLE', 'MEMBERSHIP_TABLE'], ['dynamodb:GetItem']);
grantTables(backend.createCheckout, ['ORDER_TABLE'], ['dynamodb:PutItem']);
backend.createCheckout.addEnvironment('APP_ORIGIN', appOrigin);
backend.createCheckout.addEnvironment('MEMBERSHIP_PRICE_CENTS', membershipPriceCents);

// billing: reads the caller's membership (their Stripe customer and subscription) and an order to
// refund; an admin refund writes its AuditEntry. Every state change comes back through the webhook.
grantTables(backend.billing, ['MEMBERSHIP_TABLE', 'ORDER_TABLE'], ['dynamodb:GetItem']);
grantTables(backend.billing, ['AUDIT_ENTRY_TABLE'], ['dynamodb:PutItem']);
backend.billing.addEnvironment('APP_ORIGIN', appOrigin);
backend.billing.addEnvironment('MEMBERSHIP_PRICE_CENTS', membershipPriceCents);

// account-deletion: the caller's membership (to end its Stripe subscription), their Cognito user,
// then their own records: found by key (profile, membership, enrollments) or by a scan on owner
// (progress, practice, loops, notes); certificates by their userId key. Orders are kept, so it has no access to them.
grantTables(backend.accountDeletion, ['MEMBERSHIP_TABLE'], ['dynamodb:GetItem', 'dynamodb:DeleteItem']);
grantTables(backend.accountDeletion, ['USER_PROFILE_TABLE'], ['dynamodb:DeleteItem']);
grantTables(backend.accountDeletion, ['ENROLLMENT_TABLE', 'CERTIFICATE_TABLE'], ['dynamodb:Query', 'dynamodb:DeleteItem']);
grantTables(
  backend.accountDeletion,
  ['LESSON_PROGRESS_TABLE', 'PRACTICE_SESSION_TABLE', 'PRACTICE_LOOP_TABLE', 'LESSON_NOTE_TABLE'],
  ['dynamodb:Scan', 'dynamodb:DeleteItem'],
);
backend.accountDeletion.resources.lambda.addToRolePolicy(
  new PolicyStatement({ actions: ['cognito-idp:AdminDeleteUser'], resources: [backend.auth.resources.userPool.userPoolArn] }),
);
backend.accountDeletion.addEnvironment('USER_POOL_ID', backend.auth.resources.userPool.userPoolId);

// certificates: access (enrollment, membership), the course and its lessons, the caller's progress
// (by the lesson index, filtered to their own) and profile name; stores one certificate per user and
// course (a conditional put) and finds one by code (the code index). The PDF is returned, not stored.
grantTables(backend.certificates, ['COURSE_TABLE', 'ENROLLMENT_TABLE', 'MEMBERSHIP_TABLE', 'USER_PROFILE_TABLE'], ['dynamodb:GetItem']);
grantTables(backend.certificates, ['LESSON_TABLE', 'LESSON_PROGRESS_TABLE'], ['dynamodb:Query']);
grantTables(backend.certificates, ['CERTIFICATE_TABLE'], ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query']);
backend.certificates.addEnvironment('APP_ORIGIN', appOrigin);

// stripe-webhook: public Function URL; signature verification happens in the handler. Each event is
// leased in a Powertools idempotency table (records expire through TTL on `expiration`); orders are
// found by payment intent for refunds and disputes, which delete the enrollment the order bought.
const stripeWebhookFn = backend.stripeWebhook.resources.lambda;
// A grant is a transaction (ConditionCheckItem) with the order still PAID.
grantTables(backend.stripeWebhook, ['ORDER_TABLE'], ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem', 'dynamodb:ConditionCheckItem']);
grantTables(backend.stripeWebhook, ['ENROLLMENT_TABLE'], ['dynamodb:PutItem', 'dynamodb:DeleteItem']);
grantTables(backend.stripeWebhook, ['MEMBERSHIP_TABLE'], ['dynamodb:GetItem', 'dynamodb:UpdateItem']);
grantTables(backend.stripeWebhook, ['PAYMENT_EVENT_TABLE'], ['dynamodb:PutItem']);
const stripeEventIdempotency = new Table(dataStack, 'StripeEventIdempotencyTable', {
  partitionKey: { name: 'id', type: AttributeType.STRING },
  timeToLiveAttribute: 'expiration',
  billingMode: BillingMode.PAY_PER_REQUEST,
  removalPolicy: RemovalPolicy.DESTROY,
});
stripeWebhookFn.addToRolePolicy(
  new PolicyStatement({
    actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
    resources: [stripeEventIdempotency.tableArn],
  }),
);
backend.stripeWebhook.addEnvironment('IDEMPOTENCY_TABLE', stripeEventIdempotency.tableName);
// Receipts and membership notices go to the buyer's current verified email in the user pool; a
// course receipt names the course.
grantTables(backend.stripeWebhook, ['COURSE_TABLE'], ['dynamodb:GetItem']);
stripeWebhookFn.addToRolePolicy(
  new PolicyStatement({ actions: ['cognito-idp:ListUsers'], resources: [backend.auth.resources.userPool.userPoolArn] }),
);
backend.stripeWebhook.addEnvironment('USER_POOL_ID', backend.auth.resources.userPool.userPoolId);
grantMail(backend.stripeWebhook);
const stripeWebhookUrl = stripeWebhookFn.addFunctionUrl({ authType: FunctionUrlAuthType.NONE });
// The URL is public: a flood of deliveries (or forged ones, refused at the signature) cannot take the
// account's whole Lambda concurrency; Stripe retries what is throttled.
backend.stripeWebhook.resources.cfnResources.cfnFunction.reservedConcurrentExecutions = 10;

// post-confirmation: creates the profile row and sends the welcome mail. It sits in the auth stack (the user
// pool references it) while the table sits in the data stack (which references the user pool), so
// the table name travels through SSM, resolved at cold start, the way Amplify's own resource
// access does. Its policy lives in the data stack, which may reference the auth stack's role (not
// the reverse), and so names the one table by its exact ARN.
const userProfileTablePath = resourceReferencePath('USER_PROFILE_TABLE');
new StringParameter(dataStack, 'UserProfileTableNameParameter', {
  parameterName: userProfileTablePath,
  stringValue: tables['UserProfile'].tableName,
});
accessAcceptorOf(backend.postConfirmation).acceptResourceAccess(
  new Policy(dataStack, 'PostConfirmationUserProfilePolicy', {
    statements: [new PolicyStatement({ actions: ['dynamodb:PutItem'], resources: [tables['UserProfile'].tableArn] })],
  }),
  [{ name: 'USER_PROFILE_TABLE', path: userProfileTablePath }],
);
// The welcome mail goes to the address just confirmed (from the event): no lookup.
grantMail(backend.postConfirmation);

/** backend.<fn> hides the acceptor in its type; it is the same object Amplify's own access grants use. */
function accessAcceptorOf(fn: object): ResourceAccessAcceptor {
  return (fn as ResourceAccessAcceptorFactory).getResourceAccessAcceptor();
}

function resourceReferencePath(name: string): string {
  const context = (key: string): string => String(dataStack.node.tryGetContext(`amplify-backend-${key}`));
  return `/amplify/resource_reference/${context('namespace')}/${context('name')}-${context('type')}/${name}`;
}

backend.addOutput({ custom: { stripeWebhookUrl: stripeWebhookUrl.url } });

// Live updates through AppSync (IAM): upload-url, transcode and transcode-complete write lesson video
// status (admins watch it), and stripe-webhook marks an order fulfilled (the buyer's success page
// waits for it); they run no other GraphQL field. `allow.resource(fn)` grants appsync:GraphQL on whole
// operation types (Query/*, Mutation/*, Subscription/*) and the generated resolvers give any IAM role
// without a Cognito identity full access, so each grant is narrowed here to its one field. (Their
// s3:GetObject on the model introspection schema stays: Amplify's own.)
const graphqlField = (field: string) => `${backend.data.resources.graphqlApi.arn}/types/Mutation/fields/${field}`;
const webhookRoleName = dataStack.resolve(stripeWebhookFn.role?.roleName);
for (const construct of dataStack.node.findAll()) {
  if (!(construct instanceof Policy) || !construct.node.id.startsWith('GraphqlAccessPolicy')) continue;
  const policy = construct.node.defaultChild as CfnPolicy;
  const roles = JSON.stringify(dataStack.resolve(policy.roles));
  const field = roles.includes(JSON.stringify(webhookRoleName)) ? 'updateOrder' : 'updateLesson';
  policy.addPropertyOverride('PolicyDocument.Statement.0.Resource', [graphqlField(field)]);
}

// Operations: WAF on the API, alarms to one topic (ALARM_EMAIL subscribes ops at deploy time), backups.
const operationsStack = backend.createStack('operations');
protectGraphqlApi(operationsStack, backend.data.resources.graphqlApi.arn);
createAlarms(operationsStack, {
  functions: Object.fromEntries(
    (Object.keys(functions) as (keyof typeof functions)[]).map((name) => [name, backend[name].resources.lambda]),
  ),
  graphqlApiId: backend.data.resources.graphqlApi.apiId,
  stripeWebhook: stripeWebhookFn,
  alarmEmail: process.env['ALARM_EMAIL'],
});
enableBackups(dataStack, {
  modelTables: backend.data.resources.cfnResources.amplifyDynamoDbTables,
  tables: [stripeEventIdempotency],
  mediaBucket: backend.storage.resources.cfnResources.cfnBucket,
});
