import { readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { CfnAssembly, functionName } from '../data/cfn-assembly';
import { localApiId, localTableName } from '../data/data-api-definition';
import { projectRoot } from '../synth/synth-backend';
import { FunctionEnvironmentResolver, type LocalDeployment } from './function-environment';

/** A backend function as its synthesized template deploys it, with its variables resolved locally. */
export interface FunctionDefinition {
  name: string;
  /** The handler's TypeScript source, which the local runner runs with tsx. */
  entry: string;
  timeoutSeconds: number;
  memoryMB: number;
  /** The function's own `Environment.Variables`, each resolved to its local value. */
  environment: Record<string, string>;
}

/** Lambda's defaults for a function whose template sets no Timeout or MemorySize. */
const lambdaDefaults = { timeoutSeconds: 3, memoryMB: 128 };

/**
 * Reads every function Amplify deploys (the root stack's `definedFunctions` output, which leaves out
 * CDK's custom-resource providers such as the table manager's or S3 auto-delete's) from the
 * synthesized templates, wherever its stack is: name, timeout, memory and environment.
 */
export async function readFunctionCatalog(
  synthDir: string,
  local: LocalDeployment,
  amplifyDir = join(projectRoot, 'amplify'),
): Promise<FunctionDefinition[]> {
  const assembly = await CfnAssembly.load(synthDir, { apiId: localApiId, tableName: localTableName, graphqlUrl: local.graphqlUrl });
  const resolver = new FunctionEnvironmentResolver(assembly, local);
  const root = assembly.stacks.find((node) => !node.parent);
  const definedFunctions = (root?.template.Outputs?.['definedFunctions'] as { Value?: unknown } | undefined)?.Value;
  const names = new Set(root && definedFunctions !== undefined ? (JSON.parse(assembly.evaluateString(root, definedFunctions)) as string[]) : []);
  const sources = await handlerSources(amplifyDir);

  const catalog = assembly
    .resourcesOfType('AWS::Lambda::Function')
    .filter(({ logicalId, resource }) => names.has(functionName(logicalId, resource)))
    .map(({ node, logicalId, resource }): FunctionDefinition => {
      const name = functionName(logicalId, resource);
      const properties = resource.Properties ?? {};
      const variables = (properties['Environment'] as { Variables?: Record<string, unknown> } | undefined)?.Variables ?? {};
      return {
        name,
        entry: sourceOf(name, sources, amplifyDir),
        timeoutSeconds: Number(assembly.evaluate(node, properties['Timeout']) ?? lambdaDefaults.timeoutSeconds),
        memoryMB: Number(assembly.evaluate(node, properties['MemorySize']) ?? lambdaDefaults.memoryMB),
        environment: resolver.resolve(name, node, variables),
      };
    });
  const missing = [...names].filter((name) => !catalog.some((fn) => fn.name === name));
  if (missing.length) throw new Error(`No AWS::Lambda::Function in the templates for ${missing.join(', ')}`);
  return catalog.sort((a, b) => a.name.localeCompare(b.name));
}

async function handlerSources(amplifyDir: string): Promise<string[]> {
  return (await readdir(amplifyDir, { recursive: true })).filter((file) => file === 'handler.ts' || file.endsWith(`${sep}handler.ts`));
}

/**
 * The templates carry only the bundled code (an asset key); locally the TypeScript source runs, so
 * it is found by Amplify's layout: defineFunction's `entry: './handler.ts'` sits beside its
 * resource.ts, in a folder named after the function (amplify/functions/<name>/, amplify/auth/<name>/).
 */
function sourceOf(name: string, sources: readonly string[], amplifyDir: string): string {
  const matches = sources.filter((file) => file === join(name, 'handler.ts') || file.endsWith(`${sep}${join(name, 'handler.ts')}`));
  if (matches.length !== 1) {
    throw new Error(`${name}: expected one ${join(name, 'handler.ts')} under ${amplifyDir}, found ${matches.length}`);
  }
  return join(amplifyDir, matches[0]!);
}
