import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { synthBackend, type CloudFormationTemplate, type SynthOutput } from '../local-cloud/synth/synth-backend';
import { indexes } from './functions/catalog/catalog-store';
import { indexes as adminIndexes } from './functions/course-admin/admin-store';
import { apiRateLimit } from './operations/api-rate-limit';
import { sandboxAppOrigin } from './operations/app-origin';
import { sandboxMailFrom } from './operations/mail-sender';

type Resource = CloudFormationTemplate['Resources'][string];
interface Statement {
  Action: string | string[];
  Resource: unknown;
  Effect: string;
  Condition?: unknown;
}

const models = [
  'Course', 'Lesson', 'LessonMaterial', 'UserProfile', 'Enrollment', 'Order', 'Membership',
  'PaymentEvent', 'LessonProgress', 'PracticeSession', 'PracticeLoop', 'AuditEntry', 'LessonNote', 'LessonQuestion', 'Certificate',
];

/** The environment contract per function (beyond AMPLIFY_SSM_ENV_CONFIG and Amplify's own). */
/** What Amplify gives a function granted the data API (`allow.resource(fn)`), for its data client. */
const dataClientEnvironment = [
  'AMPLIFY_DATA_DEFAULT_NAME',
  'AMPLIFY_DATA_GRAPHQL_ENDPOINT',
  'AMPLIFY_DATA_MODEL_INTROSPECTION_SCHEMA_BUCKET_NAME',
  'AMPLIFY_DATA_MODEL_INTROSPECTION_SCHEMA_KEY',
];

const expectedEnvironment: Record<string, string[]> = {
  catalog: ['COURSE_TABLE', 'LESSON_TABLE', 'LESSON_MATERIAL_TABLE', 'ENROLLMENT_TABLE', 'MEMBERSHIP_TABLE', 'MEDIA_BUCKET_NAME'],
  'media-access': ['COURSE_TABLE', 'LESSON_TABLE', 'LESSON_MATERIAL_TABLE', 'ENROLLMENT_TABLE', 'MEMBERSHIP_TABLE', 'MEDIA_BUCKET_NAME'],
  'upload-url': ['COURSE_TABLE', 'LESSON_TABLE', 'LESSON_MATERIAL_TABLE', 'AUDIT_ENTRY_TABLE', 'MEDIA_BUCKET_NAME', ...dataClientEnvironment],
  'course-admin': [
    'COURSE_TABLE', 'LESSON_TABLE', 'LESSON_MATERIAL_TABLE', 'ENROLLMENT_TABLE', 'ORDER_TABLE', 'USER_PROFILE_TABLE', 'AUDIT_ENTRY_TABLE',
    'MEDIA_BUCKET_NAME', 'USER_POOL_ID',
  ],
  transcode: ['LESSON_TABLE', 'AUDIT_ENTRY_TABLE', 'MEDIA_BUCKET_NAME', 'MEDIACONVERT_ROLE_ARN', ...dataClientEnvironment],
  'transcode-complete': ['LESSON_TABLE', 'COURSE_TABLE', 'USER_POOL_ID', 'MAIL_FROM', ...dataClientEnvironment],
  'create-checkout': ['COURSE_TABLE', 'ENROLLMENT_TABLE', 'MEMBERSHIP_TABLE', 'ORDER_TABLE', 'APP_ORIGIN', 'MEMBERSHIP_PRICE_CENTS', 'STRIPE_SECRET_KEY'],
  billing: ['MEMBERSHIP_TABLE', 'ORDER_TABLE', 'AUDIT_ENTRY_TABLE', 'APP_ORIGIN', 'MEMBERSHIP_PRICE_CENTS', 'STRIPE_SECRET_KEY'],
  'account-deletion': [
    'MEMBERSHIP_TABLE', 'USER_PROFILE_TABLE', 'ENROLLMENT_TABLE', 'LESSON_PROGRESS_TABLE', 'PRACTICE_SESSION_TABLE', 'PRACTICE_LOOP_TABLE',
    'LESSON_NOTE_TABLE', 'CERTIFICATE_TABLE', 'USER_POOL_ID', 'STRIPE_SECRET_KEY',
  ],
  'lesson-questions': [
    'LESSON_TABLE', 'COURSE_TABLE', 'ENROLLMENT_TABLE', 'MEMBERSHIP_TABLE', 'USER_PROFILE_TABLE', 'LESSON_QUESTION_TABLE', 'AUDIT_ENTRY_TABLE',
  ],
  certificates: [
    'COURSE_TABLE', 'ENROLLMENT_TABLE', 'MEMBERSHIP_TABLE', 'USER_PROFILE_TABLE', 'LESSON_TABLE', 'LESSON_PROGRESS_TABLE', 'CERTIFICATE_TABLE', 'APP_ORIGIN',
  ],
  'stripe-webhook': [
    'ORDER_TABLE', 'ENROLLMENT_TABLE', 'MEMBERSHIP_TABLE', 'PAYMENT_EVENT_TABLE', 'IDEMPOTENCY_TABLE', 'STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET',
    'COURSE_TABLE', 'USER_POOL_ID', 'MAIL_FROM', ...dataClientEnvironment,
  ],
  'post-confirmation': ['USER_PROFILE_TABLE', 'MAIL_FROM'],
};

const writeAction = /:(Put|Update|Delete|BatchWrite|Create|Abort|Complete|Restore|Write)/;

describe('amplify backend (synthesized CloudFormation)', () => {
  let output: SynthOutput;
  let outDir: string;

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'playalong-backend-spec-'));
    // A sandbox synthesized as ops would run it: handler specs in this process set APP_ORIGIN and MAIL_FROM for themselves.
    delete process.env['APP_ORIGIN'];
    delete process.env['MAIL_FROM'];
    output = await synthBackend(outDir);
  }, 420_000); // a synth takes over 4 minutes when the machine is busy

  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  const nested = (pattern: RegExp): CloudFormationTemplate => {
    const matches = [...output.templates.entries()].filter(([name]) => pattern.test(name));
    if (matches.length !== 1) throw new Error(`expected one template matching ${pattern}, found ${matches.length}`);
    return matches[0][1];
  };
  const authTemplate = () => nested(/auth[0-9A-F]{8}\.nested\.template\.json$/);
  const dataTemplate = () => nested(/data[0-9A-F]{8}\.nested\.template\.json$/);
  const storageTemplate = () => nested(/storage[0-9A-F]{8}\.nested\.template\.json$/);
  const rootTemplate = () => nested(/^amplify-.*\.template\.json$/);
  const operationsTemplate = () => nested(/operations[0-9A-F]{8}\.nested\.template\.json$/);
  const allResources = (): [string, Resource][] =>
    [...output.templates.values()].flatMap((template) => Object.entries(template.Resources ?? {}));

  /** The Lambda function defined by defineFunction({ name }), with the template it lives in. */
  const lambdaNamed = (name: string): { id: string; resource: Resource; template: CloudFormationTemplate } => {
    const logicalPrefix = `${name.replace(/-/g, '')}lambda`;
    for (const template of output.templates.values()) {
      for (const [id, resource] of Object.entries(template.Resources ?? {})) {
        if (resource.Type === 'AWS::Lambda::Function' && new RegExp(`^${logicalPrefix}[0-9A-F]{8}$`).test(id)) {
          return { id, resource, template };
        }
      }
    }
    throw new Error(`no Lambda function for ${name}`);
  };

  const environmentOf = (name: string): Record<string, unknown> =>
    ((lambdaNamed(name).resource.Properties?.['Environment'] as { Variables?: Record<string, unknown> })?.Variables ?? {});

  /** The role a policy's `Roles` entry names: a Ref in its own stack, or a parameter passed from another stack's output. */
  const roleIdOf = (template: CloudFormationTemplate, role: unknown): string | undefined => {
    const ref = (role as { Ref?: string }).Ref;
    if (!ref || !template.Parameters?.[ref]) return ref;
    const passed = Object.values(rootTemplate().Resources)
      .map((stack) => (stack.Properties?.['Parameters'] as Record<string, { 'Fn::GetAtt'?: [string, string] }> | undefined)?.[ref])
      .find((value) => value !== undefined);
    const outputName = passed?.['Fn::GetAtt']?.[1].replace(/^Outputs\./, '') ?? '';
    const exported = [...output.templates.values()].map((other) => other.Outputs?.[outputName]).find((value) => value !== undefined);
    return (exported as { Value?: { Ref?: string } } | undefined)?.Value?.Ref;
  };

  /** Every IAM statement attached to the function's execution role, across policies and stacks. */
  const statementsOf = (name: string): Statement[] => {
    const { resource } = lambdaNamed(name);
    const roleId = ((resource.Properties?.['Role'] as { 'Fn::GetAtt': string[] })['Fn::GetAtt'])[0];
    return [...output.templates.values()].flatMap((template) =>
      Object.values(template.Resources)
        .filter((candidate) => candidate.Type === 'AWS::IAM::Policy')
        .filter((policy) => [policy.Properties?.['Roles']].flat().some((role) => roleIdOf(template, role) === roleId))
        .flatMap((policy) => (policy.Properties?.['PolicyDocument'] as { Statement: Statement[] }).Statement),
    );
  };
  const actionsOf = (name: string): string[] =>
    statementsOf(name).flatMap((statement) => [statement.Action].flat());
  /** The actions the function's role grants on one model's table and its indexes, sorted. */
  const tableActionsOf = (name: string, model: string): string[] =>
    statementsOf(name)
      .filter((statement) => JSON.stringify(statement.Resource).includes(`amplifyData${model}Nested`))
      .flatMap((statement) => [statement.Action].flat())
      .sort();
  /** tableActionsOf for each model, keyed by model. */
  const tableGrantsOf = (name: string, tableModels: readonly string[]): Record<string, string[]> =>
    Object.fromEntries(tableModels.map((model) => [model, tableActionsOf(name, model)]));
  const resourcesFor = (name: string, actionPrefix: string): string =>
    JSON.stringify(
      statementsOf(name)
        .filter((statement) => [statement.Action].flat().some((action) => action.startsWith(actionPrefix)))
        .map((statement) => statement.Resource),
    );

  describe('auth', () => {
    it('should sign users in with their email when the user pool is created', () => {
      Template.fromJSON(authTemplate()).hasResourceProperties('AWS::Cognito::UserPool', {
        UsernameAttributes: ['email'],
        AutoVerifiedAttributes: ['email'],
      });
    });

    it('should offer optional two-factor sign-in with an authenticator app (TOTP) only when the user pool is created', () => {
      Template.fromJSON(authTemplate()).hasResourceProperties('AWS::Cognito::UserPool', {
        MfaConfiguration: 'OPTIONAL',
        EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      });
    });

    it('should require 8+ characters with upper, lower, digit and symbol when a password is set', () => {
      const pool = Object.values(authTemplate().Resources).find((resource) => resource.Type === 'AWS::Cognito::UserPool');
      const policy = (pool?.Properties?.['Policies'] as { PasswordPolicy: Record<string, unknown> }).PasswordPolicy;
      expect(policy['MinimumLength']).toBeGreaterThanOrEqual(8);
      expect(policy).toEqual(
        jasmine.objectContaining({ RequireLowercase: true, RequireUppercase: true, RequireNumbers: true, RequireSymbols: true }),
      );
    });

    it('should define the ADMINS group when groups are synthesized', () => {
      Template.fromJSON(authTemplate()).hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: 'ADMINS' });
    });

    it('should run post-confirmation when a sign-up is confirmed', () => {
      const { id } = lambdaNamed('post-confirmation');
      Template.fromJSON(authTemplate()).hasResourceProperties('AWS::Cognito::UserPool', {
        LambdaConfig: { PostConfirmation: { 'Fn::GetAtt': [id, 'Arn'] } },
      });
    });
  });

  describe('data', () => {
    it('should create exactly one DynamoDB table per model when the schema is transformed', () => {
      const tableNames = allResources()
        .filter(([, resource]) => resource.Type === 'Custom::AmplifyDynamoDBTable')
        .map(([, resource]) => JSON.stringify(resource.Properties?.['tableName']));
      for (const model of models) {
        expect(tableNames.filter((name) => name.includes(`"${model}-"`)).length).withContext(model).toBe(1);
      }
      expect(tableNames.length).toBe(models.length);
    });

    it('should generate the secondary index names the catalog and course-admin functions query', () => {
      const indexNames = allResources()
        .filter(([, resource]) => resource.Type === 'Custom::AmplifyDynamoDBTable')
        .flatMap(([, resource]) =>
          ((resource.Properties?.['globalSecondaryIndexes'] as { indexName: string }[] | undefined) ?? []).map((index) => index.indexName),
        );
      expect(indexNames).toEqual(jasmine.arrayContaining([...Object.values(indexes), ...Object.values(adminIndexes)]));
    });

    it('should default to user-pool auth with an API key for guests when the API is created', () => {
      const template = Template.fromJSON(dataTemplate());
      template.hasResourceProperties('AWS::AppSync::GraphQLApi', {
        AuthenticationType: 'AMAZON_COGNITO_USER_POOLS',
        AdditionalAuthenticationProviders: Match.arrayWith([{ AuthenticationType: 'API_KEY' }]),
      });
      template.resourceCountIs('AWS::AppSync::ApiKey', 1);
    });
  });

  describe('storage', () => {
    it('should create the media bucket when storage is defined', () => {
      Template.fromJSON(storageTemplate()).resourceCountIs('AWS::S3::Bucket', 1);
    });

    it('should let only the app origin GET, HEAD and PUT presigned objects and read their ETag when CORS is evaluated', () => {
      const [bucket] = Object.values(storageTemplate().Resources).filter((resource) => resource.Type === 'AWS::S3::Bucket');
      const { CorsRules } = bucket.Properties?.['CorsConfiguration'] as { CorsRules: Record<string, unknown>[] };
      expect(CorsRules.length).toBe(1);
      expect(CorsRules[0]['AllowedOrigins']).toEqual([sandboxAppOrigin]);
      expect([...(CorsRules[0]['AllowedMethods'] as string[])].sort()).toEqual(['GET', 'HEAD', 'PUT']);
      expect(CorsRules[0]['ExposedHeaders']).toEqual(['ETag']);
    });

    it('should notify transcode only for objects created under uploads/', () => {
      const notifications = allResources().filter(([, resource]) => resource.Type === 'Custom::S3BucketNotifications');
      expect(notifications.length).toBe(1);
      const configurations = (notifications[0][1].Properties?.['NotificationConfiguration'] as {
        LambdaFunctionConfigurations: { Events: string[]; Filter: unknown; LambdaFunctionArn: unknown }[];
      }).LambdaFunctionConfigurations;
      expect(configurations).toEqual([
        {
          Events: ['s3:ObjectCreated:*'],
          Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'uploads/' }] } },
          LambdaFunctionArn: { 'Fn::GetAtt': [lambdaNamed('transcode').id, 'Arn'] },
        },
      ]);
    });
  });

  describe('functions', () => {
    for (const [name, variables] of Object.entries(expectedEnvironment)) {
      it(`should run ${name} on nodejs22.x or newer when it is deployed`, () => {
        const runtime = String(lambdaNamed(name).resource.Properties?.['Runtime']);
        expect(runtime).toMatch(/^nodejs\d+\.x$/);
        expect(Number(/\d+/.exec(runtime)?.[0])).toBeGreaterThanOrEqual(22);
      });

      it(`should give ${name} exactly its contract environment variables`, () => {
        const names = Object.keys(environmentOf(name)).filter((key) => key !== 'AMPLIFY_SSM_ENV_CONFIG');
        expect(names.sort()).toEqual([...variables].sort());
      });
    }

    it('should resolve Stripe keys from SSM secrets rather than plain values', () => {
      for (const name of ['create-checkout', 'billing', 'account-deletion', 'stripe-webhook']) {
        const environment = environmentOf(name);
        const ssmConfig = JSON.parse(String(environment['AMPLIFY_SSM_ENV_CONFIG'])) as Record<string, { path: string }>;
        expect(environment['STRIPE_SECRET_KEY']).toBe('<value will be resolved during runtime>');
        expect(ssmConfig['STRIPE_SECRET_KEY'].path).toMatch(/^\/amplify\/.+\/STRIPE_SECRET_KEY$/);
      }
      const webhookConfig = JSON.parse(String(environmentOf('stripe-webhook')['AMPLIFY_SSM_ENV_CONFIG'])) as Record<string, { path: string }>;
      expect(webhookConfig['STRIPE_WEBHOOK_SECRET'].path).toMatch(/^\/amplify\/.+\/STRIPE_WEBHOOK_SECRET$/);
    });

    it('should resolve the profile table name from SSM when post-confirmation runs in the auth stack', () => {
      const ssmConfig = JSON.parse(String(environmentOf('post-confirmation')['AMPLIFY_SSM_ENV_CONFIG'])) as Record<string, { path: string }>;
      const parameter = Object.values(dataTemplate().Resources).find(
        (resource) => resource.Type === 'AWS::SSM::Parameter' && resource.Properties?.['Name'] === ssmConfig['USER_PROFILE_TABLE'].path,
      );
      expect(JSON.stringify(parameter?.Properties?.['Value'])).toContain('UserProfile');
    });
  });

  describe('least privilege', () => {
    it('should let only the media functions (updateLesson) and the webhook (updateOrder) call AppSync, each one field', () => {
      const fields = { 'upload-url': 'updateLesson', transcode: 'updateLesson', 'transcode-complete': 'updateLesson', 'stripe-webhook': 'updateOrder' };
      for (const [name, field] of Object.entries(fields)) {
        const graphql = statementsOf(name).filter((statement) => [statement.Action].flat().includes('appsync:GraphQL'));
        expect(graphql.length).withContext(name).toBe(1);
        expect(JSON.stringify(graphql[0]?.Resource)).withContext(name).toMatch(new RegExp(`"/types/Mutation/fields/${field}"\\]`));
        expect(JSON.stringify(graphql[0]?.Resource)).withContext(name).not.toContain('*');
      }
      for (const name of ['catalog', 'media-access', 'create-checkout', 'billing', 'course-admin', 'account-deletion', 'lesson-questions', 'certificates', 'post-confirmation']) {
        expect(actionsOf(name)).withContext(name).not.toContain('appsync:GraphQL');
      }
    });

    it('should give catalog no write actions and only art/ objects', () => {
      expect(actionsOf('catalog').filter((action) => writeAction.test(action))).toEqual([]);
      expect(resourcesFor('catalog', 's3:')).toContain('/art/*');
      expect(resourcesFor('catalog', 's3:')).not.toMatch(/\/(hls|uploads|materials)\//);
    });

    it('should let media-access read only hls/ and materials/ and write nothing', () => {
      expect(actionsOf('media-access').filter((action) => writeAction.test(action))).toEqual([]);
      const s3Resources = resourcesFor('media-access', 's3:');
      expect(s3Resources).toContain('/hls/*');
      expect(s3Resources).toContain('/materials/*');
      expect(s3Resources).not.toMatch(/\/(uploads|art)\//);
    });

    it('should give stripe-webhook no S3 but the data client\'s schema, and limit it to its five tables', () => {
      expect(actionsOf('stripe-webhook').filter((action) => action.startsWith('s3:'))).toEqual(['s3:GetObject']);
      expect(resourcesFor('stripe-webhook', 's3:')).toMatch(/^\[\{"Fn::Join":\["",\[\{"Fn::GetAtt":\["modelIntrospectionSchemaBucket[0-9A-F]{8}","Arn"\]\},"\/modelIntrospectionSchema\.json"\]\]\}\]$/);
      const tables = resourcesFor('stripe-webhook', 'dynamodb:');
      for (const model of ['Order', 'Enrollment', 'Membership', 'PaymentEvent', 'Course']) expect(tables).toContain(`amplifyData${model}`);
      for (const model of ['Lesson', 'UserProfile', 'AuditEntry']) expect(tables).not.toContain(`amplifyData${model}Nested`);
    });

    it('should let stripe-webhook change only what a Stripe event may change on each model table', () => {
      const actionsOn = (model: string): string[] => tableActionsOf('stripe-webhook', model);
      expect(actionsOn('Order')).toEqual(['dynamodb:ConditionCheckItem', 'dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem']);
      expect(actionsOn('Enrollment')).toEqual(['dynamodb:DeleteItem', 'dynamodb:PutItem']);
      expect(actionsOn('Membership')).toEqual(['dynamodb:GetItem', 'dynamodb:UpdateItem']);
      expect(actionsOn('PaymentEvent')).toEqual(['dynamodb:PutItem']);
      expect(actionsOn('Course')).toEqual(['dynamodb:GetItem']);
    });

    it('should give stripe-webhook, and no other function, item access to its idempotency table', () => {
      const [tableId] = Object.entries(dataTemplate().Resources).find(([, resource]) => resource.Type === 'AWS::DynamoDB::Table') ?? [];
      const onTable = (name: string): Statement[] =>
        statementsOf(name).filter((statement) => JSON.stringify(statement.Resource) === JSON.stringify({ 'Fn::GetAtt': [tableId, 'Arn'] }));
      expect(onTable('stripe-webhook').flatMap((statement) => [statement.Action].flat()).sort()).toEqual([
        'dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem',
      ]);
      expect(environmentOf('stripe-webhook')['IDEMPOTENCY_TABLE']).toEqual({ Ref: tableId });
      for (const name of Object.keys(expectedEnvironment).filter((other) => other !== 'stripe-webhook')) {
        expect(JSON.stringify(statementsOf(name))).withContext(name).not.toContain(`"${tableId}"`);
      }
    });

    it('should allow post-confirmation only to put items into the one UserProfile table', () => {
      const dynamo = statementsOf('post-confirmation').filter((statement) => [statement.Action].flat().some((action) => action.startsWith('dynamodb:')));
      expect(dynamo.flatMap((statement) => [statement.Action].flat())).toEqual(['dynamodb:PutItem']);
      const resources = dynamo.flatMap((statement) => [statement.Resource].flat());
      expect(resources.length).toBe(1);
      expect(JSON.stringify(resources[0])).toMatch(/^\{"Fn::GetAtt":\["amplifyDataUserProfileNestedStackUserProfileNestedStackResource[0-9A-F]{8}","Outputs\.[^"]*UserProfileTable[^"]*TableArn"\]\}$/);
    });

    it('should let upload-url run multipart uploads only in uploads/, materials/ and art/', () => {
      // Amplify's own data-access grant adds a GetObject on the model-introspection bucket.
      const s3Actions = new Set(actionsOf('upload-url').filter((action) => action.startsWith('s3:')));
      expect([...s3Actions].sort()).toEqual(['s3:AbortMultipartUpload', 's3:GetObject', 's3:ListMultipartUploadParts', 's3:PutObject']);
      const s3Resources = resourcesFor('upload-url', 's3:');
      for (const prefix of ['uploads', 'materials', 'art']) expect(s3Resources).toContain(`/${prefix}/*`);
      expect(s3Resources).not.toContain('/hls/');
    });

    it('should let upload-url write course art, materials and audit entries in transactions, and nothing else', () => {
      const actionsOn = (model: string): string[] => tableActionsOf('upload-url', model);
      expect(actionsOn('Course')).toEqual(['dynamodb:ConditionCheckItem', 'dynamodb:GetItem', 'dynamodb:UpdateItem']);
      expect(actionsOn('LessonMaterial')).toEqual(['dynamodb:PutItem']);
      expect(actionsOn('AuditEntry')).toEqual(['dynamodb:PutItem']);
      for (const model of ['Enrollment', 'Order', 'UserProfile', 'Membership', 'PaymentEvent']) expect(actionsOn(model)).withContext(model).toEqual([]);
      expect(actionsOf('upload-url').filter((action) => /Delete|Scan|BatchWrite|\*/.test(action))).toEqual([]);
    });

    it('should let course-admin write only the authoring tables, enrollments and the audit log, and read orders and profiles', () => {
      const statements = statementsOf('course-admin').filter((statement) => [statement.Action].flat().some((action) => action.startsWith('dynamodb:')));
      const writers = statements.filter((statement) => [statement.Action].flat().some((action) => writeAction.test(action)));
      const written = JSON.stringify(writers.map((statement) => statement.Resource));
      for (const model of ['Course', 'Lesson', 'LessonMaterial', 'Enrollment', 'AuditEntry']) expect(written).toContain(`amplifyData${model}`);
      for (const model of ['Order', 'UserProfile', 'Membership', 'PaymentEvent']) expect(written).not.toContain(`amplifyData${model}Nested`);
      const auditWrites = writers.filter((statement) => JSON.stringify(statement.Resource).includes('amplifyDataAuditEntry'));
      expect(auditWrites.flatMap((statement) => [statement.Action].flat())).toEqual(['dynamodb:PutItem']);
      expect(actionsOf('course-admin')).toContain('dynamodb:ConditionCheckItem');
      expect(actionsOf('course-admin').filter((action) => /Scan|BatchWrite|\*/.test(action))).toEqual([]);
    });

    it('should let course-admin list users of its own user pool only, and delete only media objects', () => {
      const listUsers = statementsOf('course-admin').filter((statement) => [statement.Action].flat().some((action) => action.startsWith('cognito-idp:')));
      expect(listUsers.flatMap((statement) => [statement.Action].flat())).toEqual(['cognito-idp:ListUsers']);
      expect(JSON.stringify(listUsers.map((statement) => statement.Resource))).toMatch(/UserPool.*Arn/);
      expect(JSON.stringify(environmentOf('course-admin')['USER_POOL_ID'])).toMatch(/UserPool/);
      const s3Actions = actionsOf('course-admin').filter((action) => action.startsWith('s3:'));
      expect(s3Actions.sort()).toEqual(['s3:DeleteObject', 's3:ListBucket']);
      const deletes = resourcesFor('course-admin', 's3:DeleteObject');
      for (const prefix of ['uploads', 'hls', 'materials', 'art']) expect(deletes).toContain(`/${prefix}/*`);
      const listing = statementsOf('course-admin').find((statement) => [statement.Action].flat().includes('s3:ListBucket'));
      expect(listing?.Condition).toEqual({ StringLike: { 's3:prefix': ['uploads/*', 'hls/*', 'materials/*', 'art/*'] } });
    });

    it('should let account-deletion delete only the caller-owned tables, never orders, and delete users of its own pool only', () => {
      const grants = tableGrantsOf('account-deletion', ['Membership', 'UserProfile', 'Enrollment', 'LessonProgress', 'PracticeSession', 'PracticeLoop', 'LessonNote', 'Certificate', 'Order', 'PaymentEvent', 'AuditEntry']);
      expect(grants).toEqual({
        Membership: ['dynamodb:DeleteItem', 'dynamodb:GetItem'],
        UserProfile: ['dynamodb:DeleteItem'],
        Enrollment: ['dynamodb:DeleteItem', 'dynamodb:Query'],
        LessonProgress: ['dynamodb:DeleteItem', 'dynamodb:Scan'],
        PracticeSession: ['dynamodb:DeleteItem', 'dynamodb:Scan'],
        PracticeLoop: ['dynamodb:DeleteItem', 'dynamodb:Scan'],
        LessonNote: ['dynamodb:DeleteItem', 'dynamodb:Scan'],
        Certificate: ['dynamodb:DeleteItem', 'dynamodb:Query'],
        Order: [],
        PaymentEvent: [],
        AuditEntry: [],
      });
      const cognito = statementsOf('account-deletion').filter((statement) => [statement.Action].flat().some((action) => action.startsWith('cognito-idp:')));
      expect(cognito.flatMap((statement) => [statement.Action].flat())).toEqual(['cognito-idp:AdminDeleteUser']);
      expect(JSON.stringify(cognito.map((statement) => statement.Resource))).toMatch(/UserPool.*Arn/);
      expect(actionsOf('account-deletion').filter((action) => action.startsWith('s3:') || action === 'appsync:GraphQL')).toEqual([]);
    });

    it('should let lesson-questions write only questions and their audit entries, read what entitlement needs, and reach no S3 or AppSync', () => {
      const grants = tableGrantsOf('lesson-questions', models);
      expect(grants).toEqual({
        Course: ['dynamodb:GetItem'],
        Lesson: ['dynamodb:GetItem', 'dynamodb:Query'],
        LessonMaterial: [],
        UserProfile: ['dynamodb:GetItem'],
        Enrollment: ['dynamodb:GetItem'],
        Order: [],
        Membership: ['dynamodb:GetItem'],
        PaymentEvent: [],
        LessonProgress: [],
        PracticeSession: [],
        PracticeLoop: [],
        AuditEntry: ['dynamodb:PutItem'],
        LessonNote: [],
        LessonQuestion: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
        Certificate: [],
      });
      expect(actionsOf('lesson-questions').filter((action) => !action.startsWith('dynamodb:'))).toEqual([]);
    });

    it('should let certificates read what completion and access need, and write only certificates', () => {
      const grants = tableGrantsOf('certificates', models);
      expect(grants).toEqual({
        Course: ['dynamodb:GetItem'],
        Lesson: ['dynamodb:Query'],
        LessonMaterial: [],
        UserProfile: ['dynamodb:GetItem'],
        Enrollment: ['dynamodb:GetItem'],
        Order: [],
        Membership: ['dynamodb:GetItem'],
        PaymentEvent: [],
        LessonProgress: ['dynamodb:Query'],
        PracticeSession: [],
        PracticeLoop: [],
        AuditEntry: [],
        LessonNote: [],
        LessonQuestion: [],
        Certificate: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query'],
      });
      expect(actionsOf('certificates').filter((action) => !action.startsWith('dynamodb:'))).toEqual([]);
      expect(environmentOf('certificates')['APP_ORIGIN']).toBe(sandboxAppOrigin);
    });

    it('should let transcode-complete only update lessons, through the data API, and read lessons, courses and its pool\'s admins for its mail', () => {
      expect([...new Set(actionsOf('transcode-complete'))].sort()).toEqual([
        'appsync:GraphQL', 'cognito-idp:ListUsersInGroup', 'dynamodb:GetItem', 's3:GetObject', 'ses:SendEmail', 'ssm:GetParameters',
      ]);
      const tables = resourcesFor('transcode-complete', 'dynamodb:');
      for (const model of ['Lesson', 'Course']) expect(tables).toContain(`amplifyData${model}Nested`);
      expect(tables).not.toMatch(/amplifyData(Order|Enrollment|Membership|UserProfile)Nested/);
      expect(resourcesFor('transcode-complete', 'cognito-idp:')).toMatch(/UserPool.*Arn/);
      expect(resourcesFor('transcode-complete', 'appsync:')).toMatch(/\/types\/Mutation\/fields\/updateLesson"/);
      expect(resourcesFor('transcode-complete', 's3:')).toContain('/modelIntrospectionSchema.json');
    });
  });

  describe('email (SES)', () => {
    const senders = ['post-confirmation', 'stripe-webhook', 'transcode-complete'];

    it('should let only the functions that send mail call ses:SendEmail, on the configured sender\'s address and domain identities', () => {
      for (const name of senders) {
        const ses = statementsOf(name).filter((statement) => [statement.Action].flat().some((action) => action.startsWith('ses:')));
        expect(ses.flatMap((statement) => [statement.Action].flat())).withContext(name).toEqual(['ses:SendEmail']);
        const resources = JSON.stringify(ses.flatMap((statement) => [statement.Resource].flat()));
        expect(resources).withContext(name).toMatch(/^\[\{"Fn::Join":\["",\["arn:",\{"Ref":"AWS::Partition"\},":ses:",\{"Ref":"AWS::Region"\},":",\{"Ref":"AWS::AccountId"\},":identity\/no-reply@example\.com"\]\]\},\{"Fn::Join":\["",\[.*":identity\/example\.com"\]\]\}\]$/);
        expect(resources).withContext(name).not.toContain('*');
      }
      for (const name of Object.keys(expectedEnvironment).filter((other) => !senders.includes(other))) {
        expect(actionsOf(name).filter((action) => action.startsWith('ses:'))).withContext(name).toEqual([]);
      }
    });

    it('should send from the sandbox sender when a sandbox is synthesized without MAIL_FROM', () => {
      for (const name of senders) expect(environmentOf(name)['MAIL_FROM']).withContext(name).toBe(sandboxMailFrom);
    });

    it('should let stripe-webhook look users up in its own pool only (ListUsers)', () => {
      const cognito = statementsOf('stripe-webhook').filter((statement) => [statement.Action].flat().some((action) => action.startsWith('cognito-idp:')));
      expect(cognito.flatMap((statement) => [statement.Action].flat())).toEqual(['cognito-idp:ListUsers']);
      expect(JSON.stringify(cognito.map((statement) => statement.Resource))).toMatch(/UserPool.*Arn/);
    });
  });

  describe('Stripe event idempotency table', () => {
    it('should key records by id and expire them through TTL on expiration, billed per request', () => {
      const tables = Object.values(dataTemplate().Resources).filter((resource) => resource.Type === 'AWS::DynamoDB::Table');
      expect(tables.length).toBe(1);
      Template.fromJSON(dataTemplate()).hasResourceProperties('AWS::DynamoDB::Table', {
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        TimeToLiveSpecification: { AttributeName: 'expiration', Enabled: true },
        BillingMode: 'PAY_PER_REQUEST',
      });
    });
  });

  describe('Stripe webhook endpoint', () => {
    it('should expose stripe-webhook through a Function URL without IAM auth', () => {
      Template.fromJSON(dataTemplate()).hasResourceProperties('AWS::Lambda::Url', {
        AuthType: 'NONE',
        TargetFunctionArn: { 'Fn::GetAtt': [lambdaNamed('stripe-webhook').id, 'Arn'] },
      });
    });

    it('should publish the webhook URL as custom output stripeWebhookUrl', () => {
      const customOutputs = JSON.stringify(rootTemplate().Outputs?.['customOutputs']);
      expect(customOutputs).toContain('stripeWebhookUrl');
      expect(customOutputs).toMatch(/stripewebhooklambdaFunctionUrl/);
    });
  });

  describe('media pipeline', () => {
    it('should give MediaConvert a role that reads uploads/ and writes hls/ only', () => {
      const [roleId, role] = Object.entries(dataTemplate().Resources).find(([id]) => id.startsWith('MediaConvertRole') && !id.includes('Policy')) ?? [];
      expect(JSON.stringify(role?.Properties?.['AssumeRolePolicyDocument'])).toContain('mediaconvert.amazonaws.com');
      const statements = Object.values(dataTemplate().Resources)
        .filter((resource) => resource.Type === 'AWS::IAM::Policy' && JSON.stringify(resource.Properties?.['Roles']).includes(`"${roleId}"`))
        .flatMap((policy) => (policy.Properties?.['PolicyDocument'] as { Statement: Statement[] }).Statement);
      const summary = statements.map((statement) => `${[statement.Action].flat().join(',')} ${JSON.stringify(statement.Resource)}`);
      expect(summary.length).toBe(2);
      expect(summary.find((line) => line.startsWith('s3:GetObject '))).toContain('/uploads/*');
      expect(summary.find((line) => line.startsWith('s3:PutObject '))).toContain('/hls/*');
    });

    it('should let transcode probe sources, create jobs and pass only the MediaConvert role', () => {
      const statements = statementsOf('transcode');
      expect(actionsOf('transcode')).toContain('mediaconvert:Probe');
      expect(actionsOf('transcode')).toContain('mediaconvert:CreateJob');
      expect(actionsOf('transcode').filter((action) => action.startsWith('mediaconvert:')).sort()).toEqual(['mediaconvert:CreateJob', 'mediaconvert:Probe']);
      const resourcesOf = (action: string) => statements.filter((statement) => [statement.Action].flat().includes(action)).flatMap((statement) => [statement.Resource].flat());
      // Probe has no resource type in IAM: only '*' can grant it.
      expect(resourcesOf('mediaconvert:Probe')).toEqual(['*']);
      const createJob = JSON.stringify(resourcesOf('mediaconvert:CreateJob'));
      expect(createJob).not.toContain('"*"');
      expect(createJob).toContain(':mediaconvert:');
      expect(createJob).toContain(':queues/Default"');
      expect(createJob).toContain(':jobs/*"');
      const passRole = statements.find((statement) => [statement.Action].flat().includes('iam:PassRole'));
      expect(JSON.stringify(passRole?.Resource)).toMatch(/MediaConvertRole[0-9A-F]{8}/);
      expect(JSON.stringify(environmentOf('transcode')['MEDIACONVERT_ROLE_ARN'])).toMatch(/MediaConvertRole[0-9A-F]{8}/);
    });

    it('should let transcode read lessons and audit (for a retry), and read only uploads/', () => {
      const statements = statementsOf('transcode').filter((statement) => [statement.Action].flat().some((action) => action.startsWith('dynamodb:')));
      const grants = statements.map((statement) => ({ actions: [statement.Action].flat(), on: JSON.stringify(statement.Resource) }));
      expect(grants.map((grant) => grant.actions)).toEqual([['dynamodb:GetItem'], ['dynamodb:PutItem']]);
      expect(grants[0].on).toContain('amplifyDataLesson');
      expect(grants[1].on).toContain('amplifyDataAuditEntry');
      expect([...new Set(actionsOf('transcode').filter((action) => action.startsWith('s3:')))]).toEqual(['s3:GetObject']);
      expect(resourcesFor('transcode', 's3:')).not.toMatch(/\/(hls|art|materials)\//);
    });

    it('should route progress, completion and failure of our own MediaConvert jobs to transcode-complete', () => {
      Template.fromJSON(dataTemplate()).hasResourceProperties('AWS::Events::Rule', {
        EventPattern: {
          source: ['aws.mediaconvert'],
          'detail-type': ['MediaConvert Job State Change'],
          detail: { status: ['PROGRESSING', 'STATUS_UPDATE', 'COMPLETE', 'ERROR'], userMetadata: { pipeline: ['lesson-video'] } },
        },
        Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [lambdaNamed('transcode-complete').id, 'Arn'] } })],
      });
    });
  });

  describe('operations', () => {
    const alarms = (): Resource[] =>
      Object.values(operationsTemplate().Resources).filter((resource) => resource.Type === 'AWS::CloudWatch::Alarm');
    const alarmsOn = (metricName: string): Resource[] => alarms().filter((alarm) => alarm.Properties?.['MetricName'] === metricName);
    /** Whether an alarm's FunctionName is the function's (a reference across stacks, named after the function's construct). */
    const watches = (alarm: Resource, name: string): boolean =>
      new RegExp(`"FunctionName".*${name.replace(/-/g, '')}lambda[0-9A-F]{8}Ref"`).test(JSON.stringify(alarm.Properties?.['Dimensions']));

    it('should put a regional web ACL with a per-IP rate limit and AWS common rules in front of the GraphQL API', () => {
      const template = Template.fromJSON(operationsTemplate());
      const visible = Match.objectLike({ CloudWatchMetricsEnabled: true, SampledRequestsEnabled: true });
      template.hasResourceProperties('AWS::WAFv2::WebACL', {
        Scope: 'REGIONAL',
        DefaultAction: { Allow: {} },
        VisibilityConfig: visible,
        Rules: [
          Match.objectLike({
            Action: { Block: {} },
            Statement: {
              RateBasedStatement: { AggregateKeyType: 'IP', Limit: apiRateLimit.requests, EvaluationWindowSec: apiRateLimit.windowSeconds },
            },
            VisibilityConfig: visible,
          }),
          Match.objectLike({
            OverrideAction: { None: {} },
            Statement: { ManagedRuleGroupStatement: Match.objectLike({ VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet' }) },
            VisibilityConfig: visible,
          }),
        ],
      });
      const [aclId] = Object.keys(template.findResources('AWS::WAFv2::WebACL'));
      const associations = Object.values(template.findResources('AWS::WAFv2::WebACLAssociation'));
      expect(associations.length).toBe(1);
      expect(associations[0]['Properties']['WebACLArn']).toEqual({ 'Fn::GetAtt': [aclId, 'Arn'] });
      expect(JSON.stringify(associations[0]['Properties']['ResourceArn'])).toMatch(/GraphQLAPI[0-9A-F]{8}Arn/);
    });

    it('should alarm on more than 10 errors and a p95 duration above 3 s in 5 minutes for every function', () => {
      for (const name of Object.keys(expectedEnvironment)) {
        const errors = alarmsOn('Errors').filter((alarm) => watches(alarm, name));
        expect(errors.length).withContext(name).toBe(1);
        expect(errors[0]?.Properties).withContext(name).toEqual(
          jasmine.objectContaining({ Namespace: 'AWS/Lambda', Statistic: 'Sum', Period: 300, Threshold: 10, ComparisonOperator: 'GreaterThanThreshold' }),
        );
        const duration = alarmsOn('Duration').filter((alarm) => watches(alarm, name));
        expect(duration.length).withContext(name).toBe(1);
        expect(duration[0]?.Properties).withContext(name).toEqual(
          jasmine.objectContaining({ ExtendedStatistic: 'p95', Period: 300, Threshold: 3000, ComparisonOperator: 'GreaterThanThreshold' }),
        );
      }
    });

    it('should alarm on the GraphQL API\'s 5xx errors and p95 latency above 1 s', () => {
      const onApi = (alarm: Resource) => JSON.stringify(alarm.Properties?.['Dimensions']).match(/"GraphQLAPIId".*GraphQLAPI[0-9A-F]{8}ApiId/);
      const [serverErrors] = alarmsOn('5XXError');
      expect(serverErrors?.Properties).toEqual(jasmine.objectContaining({ Namespace: 'AWS/AppSync', Statistic: 'Sum', Threshold: 10 }));
      expect(onApi(serverErrors)).toBeTruthy();
      const [latency] = alarmsOn('Latency');
      expect(latency?.Properties).toEqual(jasmine.objectContaining({ Namespace: 'AWS/AppSync', ExtendedStatistic: 'p95', Threshold: 1000 }));
      expect(onApi(latency)).toBeTruthy();
    });

    it('should alarm on any 5xx stripe-webhook answers Stripe and on any failed transcode job', () => {
      const webhookFailures = alarmsOn('Url5xxCount');
      expect(webhookFailures.length).toBe(1);
      expect(watches(webhookFailures[0], 'stripe-webhook')).toBeTrue();
      expect(webhookFailures[0].Properties).toEqual(jasmine.objectContaining({ Statistic: 'Sum', Threshold: 0, ComparisonOperator: 'GreaterThanThreshold' }));
      const transcodeFailures = alarmsOn('JobsErroredCount');
      expect(transcodeFailures.length).toBe(1);
      expect(transcodeFailures[0].Properties).toEqual(jasmine.objectContaining({ Namespace: 'AWS/MediaConvert', Threshold: 0 }));
      expect(JSON.stringify(transcodeFailures[0].Properties?.['Dimensions'])).toContain(':queues/Default');
    });

    it('should send every alarm to the one alarm topic', () => {
      const topics = Object.entries(operationsTemplate().Resources).filter(([, resource]) => resource.Type === 'AWS::SNS::Topic');
      expect(topics.length).toBe(1);
      expect(alarms().length).toBe(2 * Object.keys(expectedEnvironment).length + 4);
      for (const alarm of alarms()) expect(alarm.Properties?.['AlarmActions']).toEqual([{ Ref: topics[0][0] }]);
    });
  });

  describe('backups', () => {
    it('should turn on point-in-time recovery on every model table and leave a sandbox deletable', () => {
      const modelTables = allResources().filter(([, resource]) => resource.Type === 'Custom::AmplifyDynamoDBTable');
      expect(modelTables.length).toBe(models.length);
      for (const [id, table] of modelTables) {
        expect(table.Properties?.['pointInTimeRecoverySpecification']).withContext(id).toEqual({ pointInTimeRecoveryEnabled: true });
        expect(table.Properties?.['deletionProtectionEnabled']).withContext(id).toBeFalse();
      }
    });

    it('should turn on point-in-time recovery on the Stripe event idempotency table', () => {
      Template.fromJSON(dataTemplate()).hasResourceProperties('AWS::DynamoDB::Table', {
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: false,
      });
    });

    it('should version the media bucket', () => {
      Template.fromJSON(storageTemplate()).hasResourceProperties('AWS::S3::Bucket', { VersioningConfiguration: { Status: 'Enabled' } });
    });
  });

  describe('deployment settings', () => {
    it('should reserve 10 concurrent executions for stripe-webhook only', () => {
      expect(lambdaNamed('stripe-webhook').resource.Properties?.['ReservedConcurrentExecutions']).toBe(10);
      for (const name of Object.keys(expectedEnvironment).filter((other) => other !== 'stripe-webhook')) {
        expect(lambdaNamed(name).resource.Properties?.['ReservedConcurrentExecutions']).withContext(name).toBeUndefined();
      }
    });

    it('should return buyers to the local app when a sandbox is synthesized without APP_ORIGIN', () => {
      expect(environmentOf('create-checkout')['APP_ORIGIN']).toBe(sandboxAppOrigin);
      expect(environmentOf('billing')['APP_ORIGIN']).toBe(sandboxAppOrigin);
    });
  });

  describe('stack wiring', () => {
    it('should have no circular references between nested stacks when deployed', () => {
      const stacks = Object.entries(rootTemplate().Resources).filter(([, resource]) => resource.Type === 'AWS::CloudFormation::Stack');
      const dependsOn = new Map(
        stacks.map(([id, resource]) => [
          id,
          [...JSON.stringify(resource.Properties?.['Parameters'] ?? {}).matchAll(/"Fn::GetAtt":\["(\w+)"/g)].map((match) => match[1]),
        ]),
      );
      const visiting = new Set<string>();
      const done = new Set<string>();
      const cycleFrom = (id: string): boolean => {
        if (done.has(id)) return false;
        if (visiting.has(id)) return true;
        visiting.add(id);
        const cyclic = (dependsOn.get(id) ?? []).some(cycleFrom);
        visiting.delete(id);
        done.add(id);
        return cyclic;
      };
      expect(stacks.length).toBeGreaterThanOrEqual(3);
      expect([...dependsOn.keys()].filter(cycleFrom)).toEqual([]);
    });
  });
});
