import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('should run the bundle Amplify deploys for each function, from its code asset, wherever its stack is', () => {
    for (const name of ['post-confirmation', 'stripe-webhook']) {
      const objectKey = ((deployedFunction(synth, name).Properties?.['Code'] as { S3Key: string }).S3Key);
      expect(definitionOf(name).entry).toBe(join(synth.dir, `asset.${objectKey.replace(/\.zip$/, '')}`, 'index.mjs'));
      expect(definitionOf(name).handlerExport).toBe('handler');
    }
  });

  it('should give each function the SSM parameters its bundle fetches at cold start, with their local values', () => {
    const ssmConfig = (name: string) => JSON.parse(variablesOf(deployedFunction(synth, name))['AMPLIFY_SSM_ENV_CONFIG'] as string) as Record<string, { path: string }>;
    expect(definitionOf('transcode').ssmParameters[ssmConfig('transcode')['AMPLIFY_DATA_GRAPHQL_ENDPOINT']!.path]).toBe(local.graphqlUrl);
    expect(definitionOf('stripe-webhook').ssmParameters[ssmConfig('stripe-webhook')['STRIPE_WEBHOOK_SECRET']!.path]).toBe('whsec_local');
    expect(definitionOf('catalog').ssmParameters).toEqual({});
  });
});

describe('readFunctionCatalog on a hand-made template', () => {
  /** One function, `reporter`, with the given variables, and its bundled code as an asset of the assembly. */
  async function assemblyWith(variables: Record<string, unknown>, resources: Record<string, unknown> = {}) {
    const dir = await mkdtemp(join(tmpdir(), 'function-catalog-'));
    await mkdir(join(dir, 'asset.abc123'), { recursive: true });
    await writeFile(join(dir, 'asset.abc123/index.mjs'), 'export const handler = async () => null;');
    const assets = { version: '39.0.0', files: { abc123: { source: { path: 'asset.abc123', packaging: 'zip' }, destinations: { current: { bucketName: 'assets', objectKey: 'abc123.zip' } } } } };
    await writeFile(join(dir, 'root.assets.json'), JSON.stringify(assets));
    const template = {
      Resources: {
        ...resources,
        reporterlambda: {
          Type: 'AWS::Lambda::Function',
          Properties: {
            Code: { S3Bucket: 'assets', S3Key: 'abc123.zip' },
            Handler: 'index.handler',
            Timeout: 20,
            Environment: { Variables: variables },
            Tags: [{ Key: 'amplify:friendly-name', Value: 'reporter' }],
          },
        },
      },
      Outputs: { definedFunctions: { Value: { 'Fn::Join': ['', ['["', { Ref: 'reporterlambda' }, '"]']] } } },
    };
    await writeFile(join(dir, 'root.template.json'), JSON.stringify(template));
    return dir;
  }

  it('should read a function defined only in the templates', async () => {
    const synthDir = await assemblyWith({ LOG_LEVEL: 'INFO' });
    await expectAsync(readFunctionCatalog(synthDir, local)).toBeResolvedTo([
      {
        name: 'reporter', entry: join(synthDir, 'asset.abc123/index.mjs'), handlerExport: 'handler', timeoutSeconds: 20, memoryMB: 128,
        environment: { LOG_LEVEL: 'INFO' }, ssmParameters: {},
      },
    ]);
  });

  it('should fail with the function’s name when the assembly has no code for it', async () => {
    const synthDir = await assemblyWith({});
    await rm(join(synthDir, 'root.assets.json'));
    await expectAsync(readFunctionCatalog(synthDir, local)).toBeRejectedWithError(/^reporter: no code asset in the cloud assembly/);
  });

  it('should fail with the function and variable names when a variable names a resource with no local counterpart', async () => {
    const synthDir = await assemblyWith({ ALARM_TOPIC_ARN: { Ref: 'AlarmTopic' } }, { AlarmTopic: { Type: 'AWS::SNS::Topic' } });
    await expectAsync(readFunctionCatalog(synthDir, local)).toBeRejectedWithError(/^reporter: no local value for its variable ALARM_TOPIC_ARN /);
  });

  it('should fail with the variable name when a secret it resolves at runtime has no local value', async () => {
    const ssmConfig = { PAYPAL_SECRET: { path: '/amplify/app/sandbox/PAYPAL_SECRET', sharedPath: '/amplify/shared/app/PAYPAL_SECRET' } };
    const synthDir = await assemblyWith({
      PAYPAL_SECRET: '<value will be resolved during runtime>',
      AMPLIFY_SSM_ENV_CONFIG: JSON.stringify(ssmConfig),
    });
    await expectAsync(readFunctionCatalog(synthDir, local)).toBeRejectedWithError(/^reporter: no local value for its variable PAYPAL_SECRET /);
  });
});
