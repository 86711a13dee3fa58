import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { resolveIntrinsic, type AttributeLookup } from './intrinsics';

/** The local endpoints and ids that stand in for what a deployment would output. */
export interface LocalBackendValues {
  region: string;
  userPoolId: string;
  userPoolClientId: string;
  identityPoolId?: string;
  graphqlUrl: string;
  apiKey: string;
  bucketName: string;
  /** defineFunction name → its local Function URL. */
  functionUrls: Record<string, string>;
  modelIntrospection: unknown;
  /** Endpoint overrides the app applies only when present (outputs.custom.local). */
  local: { userPoolEndpoint: string; identityPoolEndpoint?: string; [key: string]: string | undefined };
}

interface RootTemplate {
  Metadata: Record<string, { version: string; stackOutputs: string[] }>;
  Outputs: Record<string, { Value: unknown }>;
}

type ClientConfig = Record<string, unknown> & { custom?: Record<string, unknown> };
interface ClientConfigGenerator {
  generateClientConfig(): Promise<ClientConfig>;
}
interface GeneratorFactoryModule {
  ClientConfigGeneratorFactory: new (fetchOutput: () => Promise<unknown>) => {
    getInstance(adapter: { getModelIntrospectionSchemaFromS3Uri(uri?: string): Promise<unknown> }, version: string): ClientConfigGenerator;
  };
}

/** Output attribute names as the Amplify constructs generate them, matched to local values. */
function attributeLookup(values: LocalBackendValues): AttributeLookup {
  const normalizedFunctionUrls = new Map(Object.entries(values.functionUrls).map(([name, url]) => [name.replace(/[^a-z0-9]/gi, ''), url]));
  const rules: [RegExp, (match: RegExpMatchArray) => string | undefined][] = [
    [/UserPoolAppClient\w+Ref$/, () => values.userPoolClientId],
    [/UserPool\w+Ref$/, () => values.userPoolId],
    [/IdentityPool\w+Ref$/, () => values.identityPoolId ?? ''],
    [/GraphQLAPI\w+ApiId$/, () => 'local'],
    [/GraphQLAPI\w+GraphQLUrl$/, () => values.graphqlUrl],
    [/ApiKey\w+ApiKey$/, () => values.apiKey],
    [/DestinationBucketArn$/, () => 'arn:aws:s3:::local-codegen-assets'],
    [/Bucket\w+Ref$/, () => values.bucketName],
    [/data([a-z0-9]+)lambdaFunctionUrl\w+FunctionUrl$/, (m) => normalizedFunctionUrls.get(m[1]!)],
    [/(?:data|auth)([a-z0-9]+)lambda[0-9A-F]{8}Ref$/, (m) => m[1]],
  ];
  return (logicalId, attribute) => {
    for (const [pattern, value] of rules) {
      const match = attribute.match(pattern);
      const resolved = match ? value(match) : undefined;
      if (resolved !== undefined) return resolved;
    }
    throw new Error(`No local value for ${logicalId}.${attribute}: add a rule in local-outputs.ts`);
  };
}

/**
 * Builds amplify_outputs.json with Amplify's own generator (the code `ampx generate outputs` runs),
 * fed with the synthesized stack outputs whose deploy-time tokens are replaced by local values.
 */
export async function generateLocalOutputs(synthDir: string, values: LocalBackendValues): Promise<ClientConfig> {
  const rootFile = (await readdir(synthDir)).find((file) => /^amplify-.*\.template\.json$/.test(file) && !file.includes('nested'));
  if (!rootFile) throw new Error(`No root stack template in ${synthDir}`);
  const root = JSON.parse(await readFile(join(synthDir, rootFile), 'utf8')) as RootTemplate;
  const lookup = attributeLookup(values);
  const backendOutput: Record<string, { version: string; payload: Record<string, string> }> = {};
  for (const [key, { version, stackOutputs }] of Object.entries(root.Metadata)) {
    const payload: Record<string, string> = {};
    for (const name of stackOutputs) {
      const output = root.Outputs[name];
      if (output) payload[name] = resolveIntrinsic(output.Value, values.region, lookup);
    }
    backendOutput[key] = { version, payload };
  }
  // Not exported by the package: load the generator from its file, as the CLI does internally.
  const require = createRequire(import.meta.url);
  const entry = require.resolve('@aws-amplify/client-config');
  const factoryModule = (await import(join(entry, '..', 'client_config_generator_factory.js'))) as GeneratorFactoryModule;
  const generator = new factoryModule.ClientConfigGeneratorFactory(async () => backendOutput).getInstance(
    { getModelIntrospectionSchemaFromS3Uri: async () => values.modelIntrospection },
    '1.4',
  );
  const config = await generator.generateClientConfig();
  config.custom = { ...config.custom, local: values.local };
  return config;
}

export async function writeLocalOutputs(file: string, synthDir: string, values: LocalBackendValues): Promise<void> {
  await writeFile(file, `${JSON.stringify(await generateLocalOutputs(synthDir, values), null, 2)}\n`);
}
