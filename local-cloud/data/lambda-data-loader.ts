import {
  addDataLoader,
  removeDataLoader,
  type AppSyncSimulatorDataSourceConfig,
  type AppSyncSimulatorDataSourceType,
} from '@aws-amplify/amplify-appsync-simulator';

interface InvokeRequest {
  operation?: string;
  payload?: unknown;
}

/**
 * The simulator's AWS_LAMBDA loader, minus its console output: a function that throws is an
 * ordinary outcome here (reported through the data API's log and as a GraphQL error).
 */
class LambdaDataLoader {
  constructor(private readonly config?: AppSyncSimulatorDataSourceConfig) {}

  async load(request: InvokeRequest): Promise<object | null> {
    if (request.operation !== 'Invoke') throw new Error(`Lambda operation ${request.operation} is not supported locally`);
    const invoke = (this.config as { invoke?: (payload: unknown) => Promise<object | null> } | undefined)?.invoke;
    if (!invoke) throw new Error('Lambda data source without invoke');
    return invoke(request.payload);
  }
}

let installed = false;

export function installLambdaDataLoader(): void {
  if (installed) return;
  installed = true;
  const type = 'AWS_LAMBDA' as AppSyncSimulatorDataSourceType;
  removeDataLoader(type);
  addDataLoader(type, LambdaDataLoader);
}
