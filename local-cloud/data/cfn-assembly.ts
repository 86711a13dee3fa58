import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readSynthOutput, type CloudFormationTemplate } from '../synth/synth-backend';
import { localAccountId, region } from '../service';

export type CfnResource = CloudFormationTemplate['Resources'][string];

/** One stack of the synthesized assembly, linked to the resource that nests it in its parent. */
export interface StackNode {
  readonly file: string;
  readonly template: CloudFormationTemplate;
  parent?: { node: StackNode; logicalId: string };
  readonly children: Map<string, StackNode>;
}

/**
 * Local identities for deployed resources: what a Ref / Fn::GetAtt evaluates to here. Anything not
 * named falls back to a stable placeholder, which is enough for strings (such as role ARNs in a
 * resolver's stash) that only need to be consistent.
 */
export interface LocalIdentities {
  readonly apiId: string;
  tableName(modelName: string): string;
  /** The local data API's URL, once it listens (what functions get as AMPLIFY_DATA_GRAPHQL_ENDPOINT). */
  readonly graphqlUrl?: string;
}

const assetsFilePattern = /\.assets\.json$/;

interface AssetsManifest {
  files?: Record<string, { source: { path: string }; destinations: Record<string, { objectKey: string }> }>;
}

/**
 * A synthesized CDK assembly (`npm run synth`) with enough of CloudFormation's intrinsic functions
 * evaluated to read what the deployed AppSync API is made of: nested stack parameters and outputs are
 * followed through their parents, S3 asset locations are mapped back to the local `asset.*` files.
 */
export class CfnAssembly {
  private constructor(
    readonly dir: string,
    readonly stacks: readonly StackNode[],
    private readonly assetPaths: ReadonlyMap<string, string>,
    private readonly identities: LocalIdentities,
  ) {}

  static async load(dir: string, identities: LocalIdentities): Promise<CfnAssembly> {
    const { templates } = await readSynthOutput(dir);
    const assetPaths = new Map<string, string>();
    for (const file of await readdir(dir)) {
      if (!assetsFilePattern.test(file)) continue;
      const manifest = JSON.parse(await readFile(join(dir, file), 'utf8')) as AssetsManifest;
      for (const asset of Object.values(manifest.files ?? {})) {
        for (const destination of Object.values(asset.destinations)) {
          assetPaths.set(destination.objectKey, join(dir, asset.source.path));
        }
      }
    }
    const nodes = new Map<string, StackNode>();
    for (const [file, template] of templates) nodes.set(file, { file, template, children: new Map() });
    const assembly = new CfnAssembly(dir, [...nodes.values()], assetPaths, identities);
    for (const node of nodes.values()) {
      for (const [logicalId, resource] of Object.entries(node.template.Resources ?? {})) {
        if (resource.Type !== 'AWS::CloudFormation::Stack') continue;
        const url = assembly.evaluate(node, resource.Properties?.['TemplateURL']);
        const childPath = typeof url === 'string' ? assembly.assetPaths.get(url.split('/').pop() ?? '') : undefined;
        const child = childPath ? nodes.get(childPath.split('/').pop() ?? '') : undefined;
        if (child) {
          child.parent = { node, logicalId };
          node.children.set(logicalId, child);
        }
      }
    }
    return assembly;
  }

  /** Every resource of one CloudFormation type, in every stack. */
  resourcesOfType(type: string): { node: StackNode; logicalId: string; resource: CfnResource }[] {
    return this.stacks.flatMap((node) =>
      Object.entries(node.template.Resources ?? {})
        .filter(([, resource]) => resource.Type === type)
        .map(([logicalId, resource]) => ({ node, logicalId, resource })),
    );
  }

  /** The local file behind an `s3://<assets bucket>/<key>` location or a bare object key. */
  assetFile(location: string): string {
    const key = location.split('/').pop() ?? location;
    const path = this.assetPaths.get(key) ?? join(this.dir, `asset.${key}`);
    if (!existsSync(path)) throw new Error(`Asset ${location} is not in the synthesized assembly ${this.dir}`);
    return path;
  }

  evaluate(node: StackNode, value: unknown, depth = 0): unknown {
    if (depth > 64) throw new Error(`CloudFormation expression too deep in ${node.file}`);
    if (Array.isArray(value)) return value.map((item) => this.evaluate(node, item, depth + 1));
    if (value === null || typeof value !== 'object') return value;
    const entries = Object.entries(value as Record<string, unknown>);
    const [key, argument] = entries[0] ?? [];
    if (entries.length === 1 && key !== undefined && (key === 'Ref' || key.startsWith('Fn::') || key === 'Condition')) {
      return this.intrinsic(node, key, argument, depth + 1);
    }
    return Object.fromEntries(entries.map(([name, item]) => [name, this.evaluate(node, item, depth + 1)]));
  }

  evaluateString(node: StackNode, value: unknown): string {
    const result = this.evaluate(node, value);
    if (typeof result !== 'string') throw new Error(`Expected a string in ${node.file}, got ${JSON.stringify(result)}`);
    return result;
  }

  private intrinsic(node: StackNode, name: string, argument: unknown, depth: number): unknown {
    const evaluate = (item: unknown): unknown => this.evaluate(node, item, depth);
    switch (name) {
      case 'Ref':
        return this.ref(node, String(argument), depth);
      case 'Fn::GetAtt': {
        const [logicalId, attribute] = Array.isArray(argument) ? argument.map(String) : String(argument).split(/\.(.*)/);
        return this.getAtt(node, logicalId ?? '', attribute ?? '', depth);
      }
      case 'Fn::Join': {
        const [separator, items] = argument as [string, unknown];
        return (evaluate(items) as unknown[]).join(separator);
      }
      case 'Fn::Select': {
        const [index, items] = argument as [unknown, unknown];
        return (evaluate(items) as unknown[])[Number(evaluate(index))];
      }
      case 'Fn::Split': {
        const [separator, text] = argument as [string, unknown];
        return String(evaluate(text)).split(separator);
      }
      case 'Fn::Sub':
        return this.sub(node, argument, depth);
      case 'Fn::If': {
        const [condition, whenTrue, whenFalse] = argument as [string, unknown, unknown];
        return evaluate(this.condition(node, condition, depth) ? whenTrue : whenFalse);
      }
      case 'Fn::Equals': {
        const [left, right] = argument as [unknown, unknown];
        return JSON.stringify(evaluate(left)) === JSON.stringify(evaluate(right));
      }
      case 'Fn::Not':
        return !(evaluate((argument as unknown[])[0]) as boolean);
      case 'Fn::And':
        return (argument as unknown[]).every((item) => evaluate(item) === true);
      case 'Fn::Or':
        return (argument as unknown[]).some((item) => evaluate(item) === true);
      case 'Condition':
        return this.condition(node, String(argument), depth);
      default:
        throw new Error(`Unsupported intrinsic ${name} in ${node.file}`);
    }
  }

  private condition(node: StackNode, name: string, depth: number): boolean {
    const conditions = (node.template as { Conditions?: Record<string, unknown> }).Conditions ?? {};
    return this.evaluate(node, conditions[name], depth) === true;
  }

  private sub(node: StackNode, argument: unknown, depth: number): string {
    const [text, variables] = Array.isArray(argument) ? (argument as [string, Record<string, unknown>]) : [String(argument), {}];
    return text.replace(/\$\{([^}!][^}]*)\}/g, (_, reference: string) => {
      if (reference in variables) return String(this.evaluate(node, variables[reference], depth));
      const [logicalId, attribute] = reference.split(/\.(.*)/);
      return String(attribute ? this.getAtt(node, logicalId ?? '', attribute, depth) : this.ref(node, reference, depth));
    });
  }

  private ref(node: StackNode, name: string, depth: number): unknown {
    switch (name) {
      case 'AWS::Region':
        return region;
      case 'AWS::AccountId':
        return localAccountId;
      case 'AWS::Partition':
        return 'aws';
      case 'AWS::URLSuffix':
        return 'amazonaws.com';
      case 'AWS::StackName':
        return node.file.replace(/\.(nested\.)?template\.json$/, '');
      case 'AWS::NoValue':
        return undefined;
    }
    const parameter = node.template.Parameters?.[name] as { Default?: unknown } | undefined;
    if (parameter) {
      const passed = node.parent?.node.template.Resources[node.parent.logicalId]?.Properties?.['Parameters'] as
        | Record<string, unknown>
        | undefined;
      if (node.parent && passed && name in passed) return this.evaluate(node.parent.node, passed[name], depth);
      return parameter.Default ?? `local-${name}`;
    }
    const resource = node.template.Resources[name];
    if (!resource) throw new Error(`Ref to unknown ${name} in ${node.file}`);
    return this.resourceRef(node, name, resource, depth);
  }

  private resourceRef(node: StackNode, logicalId: string, resource: CfnResource, depth: number): unknown {
    switch (resource.Type) {
      case 'AWS::Lambda::Function':
        return functionName(logicalId, resource);
      case 'AWS::AppSync::GraphQLApi':
        return `arn:aws:appsync:${region}:${localAccountId}:apis/${this.identities.apiId}`;
      case 'Custom::AmplifyDynamoDBTable':
      case 'AWS::DynamoDB::Table':
        return this.tableName(node, logicalId, resource, depth);
      default:
        return logicalId;
    }
  }

  private getAtt(node: StackNode, logicalId: string, attribute: string, depth: number): unknown {
    const resource = node.template.Resources[logicalId];
    if (!resource) throw new Error(`Fn::GetAtt of unknown ${logicalId} in ${node.file}`);
    if (resource.Type === 'AWS::CloudFormation::Stack' && attribute.startsWith('Outputs.')) {
      const child = node.children.get(logicalId);
      const output = child?.template.Outputs?.[attribute.slice('Outputs.'.length)] as { Value?: unknown } | undefined;
      if (!child || !output) throw new Error(`No output ${attribute} on nested stack ${logicalId} of ${node.file}`);
      return this.evaluate(child, output.Value, depth);
    }
    switch (`${resource.Type}.${attribute}`) {
      case 'AWS::Lambda::Function.Arn':
        return `arn:aws:lambda:${region}:${localAccountId}:function:${functionName(logicalId, resource)}`;
      case 'AWS::AppSync::GraphQLApi.ApiId':
        return this.identities.apiId;
      case 'AWS::AppSync::GraphQLApi.Arn':
        return `arn:aws:appsync:${region}:${localAccountId}:apis/${this.identities.apiId}`;
      case 'AWS::AppSync::GraphQLApi.GraphQLUrl':
        return this.identities.graphqlUrl ?? `${logicalId}.${attribute}`;
      case 'Custom::AmplifyDynamoDBTable.TableName':
      case 'AWS::DynamoDB::Table.TableName':
        return this.tableName(node, logicalId, resource, depth);
      case 'Custom::AmplifyDynamoDBTable.TableArn':
      case 'AWS::DynamoDB::Table.Arn':
        return `arn:aws:dynamodb:${region}:${localAccountId}:table/${this.tableName(node, logicalId, resource, depth)}`;
      // A role's name is its logical id here (what Ref gives), so its ARN is the one IAM would build.
      case 'AWS::IAM::Role.Arn':
        return `arn:aws:iam::${localAccountId}:role/${logicalId}`;
      case 'AWS::AppSync::DataSource.Name':
        return this.evaluate(node, resource.Properties?.['Name'], depth);
      case 'AWS::AppSync::FunctionConfiguration.FunctionId':
        return functionId(node, logicalId);
      default:
        return `${logicalId}.${attribute}`;
    }
  }

  /**
   * Deployed names are `<Model>-<apiId>-<env>`; locally the suffix is fixed so restarts find the data.
   * A table the templates leave unnamed (CloudFormation names it) is named after its logical id.
   */
  private tableName(node: StackNode, logicalId: string, resource: CfnResource, depth: number): string {
    const named = resource.Properties?.['tableName'] ?? resource.Properties?.['TableName'];
    if (named === undefined) return this.identities.tableName(logicalId);
    const deployed = this.evaluate(node, named, depth);
    const modelName = String(deployed).split('-')[0] ?? String(deployed);
    return this.identities.tableName(modelName);
  }
}

/** The defineFunction name: Amplify tags every function it creates with it. */
export function functionName(logicalId: string, resource: CfnResource): string {
  const tags = (resource.Properties?.['Tags'] as { Key: string; Value: unknown }[] | undefined) ?? [];
  const friendly = tags.find((tag) => tag.Key === 'amplify:friendly-name')?.Value;
  return typeof friendly === 'string' ? friendly : logicalId;
}

export function functionId(node: StackNode, logicalId: string): string {
  return `${node.file.replace(/\.(nested\.)?template\.json$/, '')}/${logicalId}`;
}
