import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type {
  AttributeDefinition,
  GlobalSecondaryIndex,
  KeySchemaElement,
  LocalSecondaryIndex,
} from '@aws-sdk/client-dynamodb';
import { readApiRateRule, type ApiRateRule } from './api-rate-rule';
import { CfnAssembly, functionId, type CfnResource, type StackNode } from './cfn-assembly';

export type DataSourceDefinition =
  | { name: string; type: 'NONE' }
  | { name: string; type: 'AMAZON_DYNAMODB'; tableName: string }
  | { name: string; type: 'AWS_LAMBDA'; functionName: string };

export interface PipelineFunctionDefinition {
  name: string;
  dataSourceName: string;
  requestMappingTemplateLocation: string;
  responseMappingTemplateLocation: string;
}

export interface PipelineResolverDefinition {
  typeName: string;
  fieldName: string;
  functions: string[];
  requestMappingTemplateLocation: string;
  responseMappingTemplateLocation: string;
}

export interface TableDefinition {
  modelName: string;
  tableName: string;
  attributeDefinitions: AttributeDefinition[];
  keySchema: KeySchemaElement[];
  globalSecondaryIndexes: GlobalSecondaryIndex[];
  localSecondaryIndexes: LocalSecondaryIndex[];
}

/** Everything the deployed AppSync API is made of, read from the synthesized data stacks. */
export interface DataApiDefinition {
  schema: { path: string; content: string };
  defaultAuthenticationType: string;
  additionalAuthenticationTypes: string[];
  mappingTemplates: { path: string; content: string }[];
  functions: PipelineFunctionDefinition[];
  resolvers: PipelineResolverDefinition[];
  dataSources: DataSourceDefinition[];
  tables: TableDefinition[];
  modelIntrospection: unknown;
  /** The per-IP rate limit of the web ACL associated with the API, if one is. */
  rateRule?: ApiRateRule;
}

export const localApiId = 'local';
export const localTableName = (modelName: string): string => `${modelName}-local`;

export async function readDataApiDefinition(synthDir: string): Promise<DataApiDefinition> {
  const assembly = await CfnAssembly.load(synthDir, { apiId: localApiId, tableName: localTableName });
  const templates = new TemplateCollector(assembly);

  const [api] = assembly.resourcesOfType('AWS::AppSync::GraphQLApi');
  const [schemaResource] = assembly.resourcesOfType('AWS::AppSync::GraphQLSchema');
  if (!api || !schemaResource) throw new Error(`No AppSync API in ${synthDir}: run \`npm run synth\` first`);
  const apiProperties = assembly.evaluate(api.node, api.resource.Properties) as {
    AuthenticationType: string;
    AdditionalAuthenticationProviders?: { AuthenticationType: string }[];
  };

  const functions = assembly.resourcesOfType('AWS::AppSync::FunctionConfiguration').map(({ node, logicalId, resource }) => {
    assertVtl(logicalId, resource);
    const id = functionId(node, logicalId);
    return {
      name: id,
      dataSourceName: assembly.evaluateString(node, resource.Properties?.['DataSourceName']),
      requestMappingTemplateLocation: templates.add(node, resource, 'Request', id),
      responseMappingTemplateLocation: templates.add(node, resource, 'Response', id),
    };
  });

  const resolvers = assembly.resourcesOfType('AWS::AppSync::Resolver').map(({ node, logicalId, resource }) => {
    assertVtl(logicalId, resource);
    const properties = resource.Properties ?? {};
    if (properties['Kind'] !== 'PIPELINE') throw new Error(`Resolver ${logicalId} is not a pipeline resolver`);
    const typeName = assembly.evaluateString(node, properties['TypeName']);
    const fieldName = assembly.evaluateString(node, properties['FieldName']);
    const pipeline = properties['PipelineConfig'] as { Functions?: unknown[] } | undefined;
    return {
      typeName,
      fieldName,
      functions: (pipeline?.Functions ?? []).map((fn) => assembly.evaluateString(node, fn)),
      requestMappingTemplateLocation: templates.add(node, resource, 'Request', `${typeName}.${fieldName}`),
      responseMappingTemplateLocation: templates.add(node, resource, 'Response', `${typeName}.${fieldName}`),
    };
  });

  const dataSources = assembly
    .resourcesOfType('AWS::AppSync::DataSource')
    .map(({ node, resource }) => readDataSource(assembly, node, resource));

  const tables = [
    ...assembly.resourcesOfType('Custom::AmplifyDynamoDBTable'),
    ...assembly.resourcesOfType('AWS::DynamoDB::Table'),
  ].map(({ node, logicalId, resource }) => readTable(assembly, node, logicalId, resource));

  const schemaLocation = schemaResource.resource.Properties?.['DefinitionS3Location'];
  const schemaPath = schemaLocation
    ? assembly.assetFile(assembly.evaluateString(schemaResource.node, schemaLocation))
    : undefined;
  const schemaContent = schemaPath
    ? await readFile(schemaPath, 'utf8')
    : assembly.evaluateString(schemaResource.node, schemaResource.resource.Properties?.['Definition']);

  return {
    schema: { path: schemaPath ? basename(schemaPath) : 'schema.graphql', content: schemaContent },
    defaultAuthenticationType: apiProperties.AuthenticationType,
    additionalAuthenticationTypes: (apiProperties.AdditionalAuthenticationProviders ?? []).map((p) => p.AuthenticationType),
    mappingTemplates: await templates.read(),
    functions,
    resolvers,
    dataSources,
    tables,
    modelIntrospection: await readModelIntrospection(synthDir),
    rateRule: readApiRateRule(assembly, assembly.evaluateString(api.node, { 'Fn::GetAtt': [api.logicalId, 'Arn'] })),
  };
}

function assertVtl(logicalId: string, resource: CfnResource): void {
  if (resource.Properties?.['Runtime'] || resource.Properties?.['Code'] || resource.Properties?.['CodeS3Location']) {
    throw new Error(`${logicalId} is an APPSYNC_JS resolver; the local AppSync simulator runs only VTL`);
  }
}

/** Collects each mapping template once, by the path the simulator will look it up with. */
class TemplateCollector {
  private readonly files = new Map<string, string>();
  private readonly inline = new Map<string, string>();

  constructor(private readonly assembly: CfnAssembly) {}

  add(node: StackNode, resource: CfnResource, kind: 'Request' | 'Response', name: string): string {
    const properties = resource.Properties ?? {};
    const location = properties[`${kind}MappingTemplateS3Location`];
    if (location) {
      const file = this.assembly.assetFile(this.assembly.evaluateString(node, location));
      this.files.set(basename(file), file);
      return basename(file);
    }
    const path = `inline/${name}.${kind.toLowerCase()}.vtl`;
    this.inline.set(path, this.assembly.evaluateString(node, properties[`${kind}MappingTemplate`] ?? '$util.toJson({})'));
    return path;
  }

  async read(): Promise<{ path: string; content: string }[]> {
    const fromFiles = await Promise.all(
      [...this.files].map(async ([path, file]) => ({ path, content: await readFile(file, 'utf8') })),
    );
    return [...fromFiles, ...[...this.inline].map(([path, content]) => ({ path, content }))];
  }
}

function readDataSource(assembly: CfnAssembly, node: StackNode, resource: CfnResource): DataSourceDefinition {
  const properties = resource.Properties ?? {};
  const name = assembly.evaluateString(node, properties['Name']);
  const type = assembly.evaluateString(node, properties['Type']);
  switch (type) {
    case 'NONE':
      return { name, type };
    case 'AMAZON_DYNAMODB': {
      const config = properties['DynamoDBConfig'] as { TableName: unknown };
      return { name, type, tableName: assembly.evaluateString(node, config.TableName) };
    }
    case 'AWS_LAMBDA': {
      const config = properties['LambdaConfig'] as { LambdaFunctionArn: unknown };
      const arn = assembly.evaluateString(node, config.LambdaFunctionArn);
      // arn:aws:lambda:<region>:<account>:function:<defineFunction name>[:<qualifier>]
      const functionName = arn.split(':')[6];
      if (!functionName) throw new Error(`Cannot tell which function data source ${name} invokes (${arn})`);
      return { name, type, functionName };
    }
    default:
      throw new Error(`Data source ${name} has type ${type}, which the local data API does not serve`);
  }
}

type Json = Record<string, unknown>;

function readTable(assembly: CfnAssembly, node: StackNode, logicalId: string, resource: CfnResource): TableDefinition {
  const properties = resource.Properties ?? {};
  const pick = (lower: string): unknown => properties[lower] ?? properties[lower.charAt(0).toUpperCase() + lower.slice(1)];
  const tableName = assembly.evaluateString(node, { 'Fn::GetAtt': [logicalId, 'TableName'] });
  const keySchema = (list: unknown): KeySchemaElement[] =>
    ((assembly.evaluate(node, list) as Json[] | undefined) ?? []).map((key) => ({
      AttributeName: String(key['attributeName'] ?? key['AttributeName']),
      KeyType: String(key['keyType'] ?? key['KeyType']) as KeySchemaElement['KeyType'],
    }));
  const projection = (value: unknown): GlobalSecondaryIndex['Projection'] => {
    const evaluated = (assembly.evaluate(node, value) as Json | undefined) ?? {};
    const nonKey = (evaluated['nonKeyAttributes'] ?? evaluated['NonKeyAttributes']) as string[] | undefined;
    return {
      ProjectionType: String(evaluated['projectionType'] ?? evaluated['ProjectionType'] ?? 'ALL') as 'ALL',
      ...(nonKey ? { NonKeyAttributes: nonKey } : {}),
    };
  };
  const indexes = (list: unknown) =>
    ((list as Json[] | undefined) ?? []).map((index) => ({
      IndexName: assembly.evaluateString(node, index['indexName'] ?? index['IndexName']),
      KeySchema: keySchema(index['keySchema'] ?? index['KeySchema']),
      Projection: projection(index['projection'] ?? index['Projection']),
    }));
  return {
    modelName: tableName.replace(/-local$/, ''),
    tableName,
    attributeDefinitions: ((assembly.evaluate(node, pick('attributeDefinitions')) as Json[] | undefined) ?? []).map(
      (attribute) => ({
        AttributeName: String(attribute['attributeName'] ?? attribute['AttributeName']),
        AttributeType: String(attribute['attributeType'] ?? attribute['AttributeType']) as AttributeDefinition['AttributeType'],
      }),
    ),
    keySchema: keySchema(pick('keySchema')),
    globalSecondaryIndexes: indexes(pick('globalSecondaryIndexes')),
    localSecondaryIndexes: indexes(pick('localSecondaryIndexes')),
  };
}

/** The data client's model introspection schema is a codegen asset directory of the data stack. */
async function readModelIntrospection(synthDir: string): Promise<unknown> {
  for (const entry of await readdir(synthDir, { withFileTypes: true })) {
    const candidate = join(synthDir, entry.name, 'modelIntrospectionSchema.json');
    if (entry.isDirectory() && existsSync(candidate)) return JSON.parse(await readFile(candidate, 'utf8'));
  }
  throw new Error(`No modelIntrospectionSchema.json in ${synthDir}`);
}
