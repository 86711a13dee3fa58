import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { localTableName } from '../data/data-api-definition';
import { localAccountId } from '../service';
import { synthOnce, type CloudFormationTemplate, type SynthOutput } from '../synth/synth-backend';
import { readFunctionCatalog, type FunctionDefinition } from './function-catalog';
import type { LocalDeployment } from './function-environment';

const local: LocalDeployment = {
  bucketName: 'media-local',
  userPoolId: 'us-east-1_local',
  graphqlUrl: 'http://127.0.0.1:4110/graphql',
  secrets: { STRIPE_SECRET_KEY: 'sk_test_local', STRIPE_WEBHOOK_SECRET: 'whsec_local' },
};

type Resource = CloudFormationTemplate['Resources'][string];

/** The function's AWS::Lambda::Function resource, as synthesized. */
function deployedFunction(synth: SynthOutput, name: string): Resource {
  for (const template of synth.templates.values()) {
    for (const resource of Object.values(template.Resources)) {
      const tags = (resource.Properties?.['Tags'] ?? []) as { Key: string; Value: string }[];
      if (resource.Type === 'AWS::Lambda::Function' && tags.some((tag) => tag.Key === 'amplify:friendly-name' && tag.Value === name)) return resource;
    }
  }
  throw new Error(`no function ${name} in the templates`);
}

const variablesOf = (resource: Resource) => (resource.Properties?.['Environment'] as { Variables: Record<string, unknown> }).Variables;

describe('readFunctionCatalog', () => {
  let synth: SynthOutput;
  let catalog: FunctionDefinition[];
  const definitionOf = (name: string): FunctionDefinition => {
    const definition = catalog.find((fn) => fn.name === name);
    if (!definition) throw new Error(`no ${name} in the catalog`);
    return definition;
  };

  beforeAll(async () => {
    synth = await synthOnce();
    catalog = await readFunctionCatalog(synth.dir, local);
  }, 600_000);

  it('should list every function the backend defines and none of CDK’s custom-resource providers', () => {
    expect(catalog.map((fn) => fn.name)).toEqual([
      'account-deletion',
      'billing',
      'catalog',
      'certificates',
      'course-admin',
      'create-checkout',
      'lesson-questions',
      'media-access',
      'post-confirmation',
      'stripe-webhook',
      'transcode',
      'transcode-complete',
      'upload-url',
    ]);
  });

  it('should take the timeout and memory of each function from its template', () => {
    for (const fn of catalog) {
      const deployed = deployedFunction(synth, fn.name).Properties;
      expect({ name: fn.name, timeout: fn.timeoutSeconds, memory: fn.memoryMB }).toEqual({
        name: fn.name,
        timeout: deployed?.['Timeout'] as number,
        memory: deployed?.['MemorySize'] as number,
      });
    }
    expect(definitionOf('stripe-webhook').timeoutSeconds).toBe(deployedFunction(synth, 'stripe-webhook').Properties?.['Timeout'] as number);
  });

  it('should give each function exactly the variables its template gives it, so none gets another’s', () => {
    for (const fn of catalog) {
      expect({ name: fn.name, variables: Object.keys(fn.environment).sort() }).toEqual({
        name: fn.name,
        variables: Object.keys(variablesOf(deployedFunction(synth, fn.name))).sort(),
      });
    }
    expect(Object.keys(definitionOf('catalog').environment)).not.toContain('STRIPE_SECRET_KEY');
    expect(Object.keys(definitionOf('catalog').environment)).not.toContain('MEDIACONVERT_ROLE_ARN');
  });

  it('should resolve table references to the local tables the data service creates', () => {
    expect(definitionOf('catalog').environment['COURSE_TABLE']).toBe(localTableName('Course'));
    expect(definitionOf('stripe-webhook').environment['IDEMPOTENCY_TABLE']).toMatch(/^StripeEventIdempotencyTable\w*-local$/);
  });

  it('should resolve the media bucket, the user pool and a role to their local counterparts', () => {
    expect(definitionOf('course-admin').environment).toEqual(jasmine.objectContaining({ MEDIA_BUCKET_NAME: 'media-local', USER_POOL_ID: 'us-east-1_local' }));
    expect(definitionOf('transcode').environment['MEDIACONVERT_ROLE_ARN']).toMatch(new RegExp(`^arn:aws:iam::${localAccountId}:role/MediaConvertRole\\w+$`));
  });

  it('should resolve runtime-resolved variables from the SSM parameters of the templates and from the local secrets', () => {
    expect(definitionOf('post-confirmation').environment['USER_PROFILE_TABLE']).toBe(localTableName('UserProfile'));
    expect(definitionOf('stripe-webhook').environment).toEqual(
      jasmine.objectContaining({ AMPLIFY_DATA_GRAPHQL_ENDPOINT: local.graphqlUrl, STRIPE_SECRET_KEY: 'sk_test_local', STRIPE_WEBHOOK_SECRET: 'whsec_local' }),
    );
  });

  it('should keep literal values as the template has them', () => {
    const deployed = variablesOf(deployedFunction(synth, 'create-checkout'));
    expect(definitionOf('create-checkout').environment['MEMBERSHIP_PRICE_CENTS']).toBe(deployed['MEMBERSHIP_PRICE_CENTS'] as string);
    expect(definitionOf('create-checkout').environment['APP_ORIGIN']).toBe(deployed['APP_ORIGIN'] as string);
  });

  it('should run the handler source beside each resource.ts, wherever its stack is', () => {
    expect(definitionOf('post-confirmation').entry).toBe(resolve('amplify/auth/post-confirmation/handler.ts'));
    expect(definitionOf('stripe-webhook').entry).toBe(resolve('amplify/functions/stripe-webhook/handler.ts'));
  });
});

describe('readFunctionCatalog on a hand-made template', () => {
  /** One function, `reporter`, with the given variables, and its handler source under amplify/functions/. */
  async function assemblyWith(variables: Record<string, unknown>, resources: Record<string, unknown> = {}) {
    const dir = await mkdtemp(join(tmpdir(), 'function-catalog-'));
    await mkdir(join(dir, 'amplify/functions/reporter'), { recursive: true });
    await writeFile(join(dir, 'amplify/functions/reporter/handler.ts'), 'export const handler = async () => null;');
    const template = {
      Resources: {
        ...resources,
        reporterlambda: {
          Type: 'AWS::Lambda::Function',
          Properties: { Timeout: 20, Environment: { Variables: variables }, Tags: [{ Key: 'amplify:friendly-name', Value: 'reporter' }] },
        },
      },
      Outputs: { definedFunctions: { Value: { 'Fn::Join': ['', ['["', { Ref: 'reporterlambda' }, '"]']] } } },
    };
    await writeFile(join(dir, 'root.template.json'), JSON.stringify(template));
    return { synthDir: dir, amplifyDir: join(dir, 'amplify') };
  }

  it('should read a function defined only in the templates', async () => {
    const { synthDir, amplifyDir } = await assemblyWith({ LOG_LEVEL: 'INFO' });
    await expectAsync(readFunctionCatalog(synthDir, local, amplifyDir)).toBeResolvedTo([
      { name: 'reporter', entry: join(amplifyDir, 'functions/reporter/handler.ts'), timeoutSeconds: 20, memoryMB: 128, environment: { LOG_LEVEL: 'INFO' } },
    ]);
  });

  it('should fail with the function and variable names when a variable names a resource with no local counterpart', async () => {
    const { synthDir, amplifyDir } = await assemblyWith({ ALARM_TOPIC_ARN: { Ref: 'AlarmTopic' } }, { AlarmTopic: { Type: 'AWS::SNS::Topic' } });
    await expectAsync(readFunctionCatalog(synthDir, local, amplifyDir)).toBeRejectedWithError(/^reporter: no local value for its variable ALARM_TOPIC_ARN /);
  });

  it('should fail with the variable name when a secret it resolves at runtime has no local value', async () => {
    const ssmConfig = { PAYPAL_SECRET: { path: '/amplify/app/sandbox/PAYPAL_SECRET', sharedPath: '/amplify/shared/app/PAYPAL_SECRET' } };
    const { synthDir, amplifyDir } = await assemblyWith({
      PAYPAL_SECRET: '<value will be resolved during runtime>',
      AMPLIFY_SSM_ENV_CONFIG: JSON.stringify(ssmConfig),
    });
    await expectAsync(readFunctionCatalog(synthDir, local, amplifyDir)).toBeRejectedWithError(/^reporter: no local value for its variable PAYPAL_SECRET /);
  });
});
