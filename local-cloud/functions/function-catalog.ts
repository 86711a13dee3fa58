import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CfnAssembly, functionName } from '../data/cfn-assembly';
import { localApiId, localTableName } from '../data/data-api-definition';
import { FunctionEnvironmentResolver, type LocalDeployment } from './function-environment';

/** A backend function as its synthesized template deploys it, with its variables resolved locally. */
export interface FunctionDefinition {
  name: string;
  /** The handler module Amplify deploys: the function's esbuild bundle, from its code asset in the cloud assembly. */
  entry: string;
  /** The export of `entry` Lambda calls: the template's Handler after the file name (`index.handler` → handler). */
  handlerExport: string;
  timeoutSeconds: number;
  memoryMB: number;
  /** The function's own `Environment.Variables`, each resolved to its local value. */
  environment: Record<string, string>;
  /** SSM parameter name → local value, for each variable its code fetches from SSM at cold start (AMPLIFY_SSM_ENV_CONFIG). */
  ssmParameters: Record<string, string>;
}

/** Lambda's defaults for a function whose template sets no Timeout or MemorySize. */
const lambdaDefaults = { timeoutSeconds: 3, memoryMB: 128 };

/**
 * Reads every function Amplify deploys (the root stack's `definedFunctions` output, which leaves out
 * CDK's custom-resource providers such as the table manager's or S3 auto-delete's) from the
 * synthesized templates, wherever its stack is: code, name, timeout, memory and environment.
 */
export async function readFunctionCatalog(synthDir: string, local: LocalDeployment): Promise<FunctionDefinition[]> {
  const assembly = await CfnAssembly.load(synthDir, { apiId: localApiId, tableName: localTableName, graphqlUrl: local.graphqlUrl });
  const resolver = new FunctionEnvironmentResolver(assembly, local);
  const root = assembly.stacks.find((node) => !node.parent);
  const definedFunctions = (root?.template.Outputs?.['definedFunctions'] as { Value?: unknown } | undefined)?.Value;
  const names = new Set(root && definedFunctions !== undefined ? (JSON.parse(assembly.evaluateString(root, definedFunctions)) as string[]) : []);
  const assets = await assetFolders(synthDir);

  const catalog = assembly
    .resourcesOfType('AWS::Lambda::Function')
    .filter(({ logicalId, resource }) => names.has(functionName(logicalId, resource)))
    .map(({ node, logicalId, resource }): FunctionDefinition => {
      const name = functionName(logicalId, resource);
      const properties = resource.Properties ?? {};
      const variables = (properties['Environment'] as { Variables?: Record<string, unknown> } | undefined)?.Variables ?? {};
      const objectKey = assembly.evaluate(node, (properties['Code'] as { S3Key?: unknown } | undefined)?.S3Key);
      const code = typeof objectKey === 'string' ? assets.get(objectKey) : undefined;
      if (!code) throw new Error(`${name}: no code asset in the cloud assembly for its Code ${JSON.stringify(properties['Code'])}`);
      const { entry, handlerExport } = handlerIn(name, code, String(assembly.evaluate(node, properties['Handler']) ?? 'index.handler'));
      return {
        name,
        entry,
        handlerExport,
        timeoutSeconds: Number(assembly.evaluate(node, properties['Timeout']) ?? lambdaDefaults.timeoutSeconds),
        memoryMB: Number(assembly.evaluate(node, properties['MemorySize']) ?? lambdaDefaults.memoryMB),
        environment: resolver.resolve(name, node, variables),
        ssmParameters: resolver.ssmParameters(name, node, variables),
      };
    });
  const missing = [...names].filter((name) => !catalog.some((fn) => fn.name === name));
  if (missing.length) throw new Error(`No AWS::Lambda::Function in the templates for ${missing.join(', ')}`);
  return catalog.sort((a, b) => a.name.localeCompare(b.name));
}

/** The assets manifests' file assets: the S3 object key each is published under → its folder in the assembly. */
async function assetFolders(synthDir: string): Promise<Map<string, string>> {
  const folders = new Map<string, string>();
  for (const file of (await readdir(synthDir)).filter((name) => name.endsWith('.assets.json'))) {
    const manifest = JSON.parse(await readFile(join(synthDir, file), 'utf8')) as {
      files?: Record<string, { source?: { path?: string }; destinations?: Record<string, { objectKey?: string }> }>;
    };
    for (const asset of Object.values(manifest.files ?? {})) {
      if (!asset.source?.path) continue;
      for (const destination of Object.values(asset.destinations ?? {})) {
        if (destination.objectKey) folders.set(destination.objectKey, join(synthDir, asset.source.path));
      }
    }
  }
  return folders;
}

/** `index.handler` → the module file `index.mjs` (or .js, .cjs) in the code folder, export `handler`, as Lambda's Node runtime reads it. */
function handlerIn(name: string, codeDir: string, handler: string): { entry: string; handlerExport: string } {
  const dot = handler.lastIndexOf('.');
  const module = handler.slice(0, dot);
  const entry = ['.mjs', '.js', '.cjs'].map((extension) => join(codeDir, module + extension)).find((path) => existsSync(path));
  if (dot <= 0 || !entry) throw new Error(`${name}: its Handler ${handler} names no module in ${codeDir}`);
  return { entry, handlerExport: handler.slice(dot + 1) };
}
