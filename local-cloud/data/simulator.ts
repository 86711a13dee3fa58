import { createRequire } from 'node:module';
import {
  AmplifyAppSyncSimulator,
  AmplifyAppSyncSimulatorAuthenticationType,
  RESOLVER_KIND,
  type AppSyncSimulatorDataSourceConfig,
} from '@aws-amplify/amplify-appsync-simulator';
import type { DocumentNode, ExecutionResult } from 'graphql';
import { region, type InvokeFunction } from '../service';
import type { DataApiDefinition, DataSourceDefinition } from './data-api-definition';
import type { Authorization } from './request-authorizer';
import { installLambdaDataLoader } from './lambda-data-loader';
import { installSimulatorExtensions, type SubscriptionFilterHolder } from './simulator-extensions';

/** The context object the simulator's resolvers and auth directives read. */
export interface ExecutionContext extends SubscriptionFilterHolder {
  jwt?: Record<string, unknown>;
  requestAuthorizationMode: AmplifyAppSyncSimulatorAuthenticationType;
  sourceIp: string;
  headers: Record<string, string | string[] | undefined>;
  appsyncErrors: unknown[];
  /** What the simulator builds `$ctx.identity` from for IAM callers. */
  iamToken?: { accountId: string; userArn: string; username: string };
}

type RunQueryOrMutation = (
  schema: AmplifyAppSyncSimulator['schema'],
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | undefined,
  context: ExecutionContext,
) => Promise<ExecutionResult>;

const require = createRequire(import.meta.url);
/** Validates, executes and shapes errors as AppSync does (errorType, data, errorInfo). */
export const runQueryOrMutation = (
  require('@aws-amplify/amplify-appsync-simulator/lib/utils/graphql-runner/query-and-mutation') as {
    runQueryOrMutation: RunQueryOrMutation;
  }
).runQueryOrMutation;

/** Dynalite accepts any credentials, but the SDK inside the simulator insists on having some. */
const localCredentials = { accessKeyId: 'local', secretAccessKey: 'local' };

/**
 * The AppSync simulator loaded with the deployed schema, VTL resolvers and data sources. Its own
 * HTTP server is never started: requests reach it through this package's authorizing front.
 */
export function createSimulator(
  definition: DataApiDefinition,
  options: { apiKey: string; dynamoEndpoint: string; invoke: InvokeFunction; log: (line: string) => void },
): AmplifyAppSyncSimulator {
  installSimulatorExtensions();
  installLambdaDataLoader();
  const simulator = new AmplifyAppSyncSimulator();
  const authType = (name: string) => name as AmplifyAppSyncSimulatorAuthenticationType;
  simulator.init({
    schema: definition.schema,
    mappingTemplates: definition.mappingTemplates,
    functions: definition.functions,
    resolvers: definition.resolvers.map((resolver) => ({ ...resolver, kind: RESOLVER_KIND.PIPELINE })),
    dataSources: definition.dataSources.map((source) => dataSourceConfig(source, options)),
    appSync: {
      name: 'amplifyData',
      apiKey: options.apiKey,
      defaultAuthenticationType: {
        authenticationType: authType(definition.defaultAuthenticationType),
        cognitoUserPoolConfig: {},
      } as never,
      additionalAuthenticationProviders: definition.additionalAuthenticationTypes.map(
        (type) => ({ authenticationType: authType(type), cognitoUserPoolConfig: {} }) as never,
      ),
    },
  });
  return simulator;
}

function dataSourceConfig(
  source: DataSourceDefinition,
  options: { dynamoEndpoint: string; invoke: InvokeFunction; log: (line: string) => void },
): AppSyncSimulatorDataSourceConfig {
  switch (source.type) {
    case 'NONE':
      return { name: source.name, type: 'NONE' };
    case 'AMAZON_DYNAMODB':
      return {
        name: source.name,
        type: 'AMAZON_DYNAMODB',
        // The simulator spreads `config` into the DynamoDBClient options, so `credentials` passes through.
        config: { endpoint: options.dynamoEndpoint, region, tableName: source.tableName, credentials: localCredentials } as never,
      };
    case 'AWS_LAMBDA':
      return {
        name: source.name,
        type: 'AWS_LAMBDA',
        invoke: async (event: unknown) => {
          try {
            return await options.invoke(source.functionName, event);
          } catch (error) {
            options.log(`[data] ${source.functionName} failed: ${(error as Error).message}`);
            // What AppSync reports for a function that threw: its message, errorType Lambda:Unhandled.
            throw Object.assign(new Error((error as Error).message), { type: 'Lambda:Unhandled' });
          }
        },
      };
  }
}

export function createExecutionContext(
  authorization: Authorization,
  headers: ExecutionContext['headers'],
  sourceIp: string,
): ExecutionContext {
  return {
    jwt: authorization.jwt,
    requestAuthorizationMode: authorization.mode as AmplifyAppSyncSimulatorAuthenticationType,
    sourceIp,
    headers,
    appsyncErrors: [],
    ...(authorization.iam
      ? { iamToken: { accountId: authorization.iam.accountId, userArn: authorization.iam.userArn, username: authorization.iam.username } }
      : {}),
  };
}
