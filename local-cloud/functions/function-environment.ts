import type { CfnAssembly, StackNode } from '../data/cfn-assembly';

/** What stands in locally for the deployed resources a function's variables name. */
export interface LocalDeployment {
  bucketName: string;
  userPoolId: string;
  /** The local data API's URL (the SSM parameter AMPLIFY_DATA_GRAPHQL_ENDPOINT evaluates to it). */
  graphqlUrl: string;
  /** Amplify secrets by name (`secret('STRIPE_SECRET_KEY')`): what `ampx sandbox secret set` keeps in SSM. */
  secrets: Readonly<Record<string, string>>;
}

/** The value Amplify deploys for a variable that its runtime banner fetches from SSM at cold start. */
const resolvedAtRuntime = '<value will be resolved during runtime>';

/** AMPLIFY_SSM_ENV_CONFIG: variable → its SSM parameter; a secret also has a shared path. */
type SsmEnvConfig = Record<string, { path: string; sharedPath?: string }>;

/**
 * Resolves a function's `Environment.Variables` from the templates to local values: literals as
 * they are, references to tables, the storage bucket, the user pool and roles to their local
 * counterparts, runtime-resolved variables from the templates' SSM parameters or the local secrets.
 * Anything else fails with the function's and the variable's name: a variable the local function
 * lacks would only surface as a failed request much later.
 */
export class FunctionEnvironmentResolver {
  private readonly localValues = new Map<string, string>();
  private readonly ssmValues = new Map<string, string>();

  constructor(
    private readonly assembly: CfnAssembly,
    private readonly local: LocalDeployment,
  ) {
    // A Ref to a resource with no local identity evaluates to its logical id; the root stack's
    // outputs say which of those is the storage bucket and which the user pool.
    const root = assembly.stacks.find((node) => !node.parent);
    const outputs = (root?.template.Outputs ?? {}) as Record<string, { Value?: unknown } | undefined>;
    for (const [output, localValue] of [['bucketName', local.bucketName], ['userPoolId', local.userPoolId]] as const) {
      const value = outputs[output]?.Value;
      if (root && value !== undefined) this.localValues.set(assembly.evaluateString(root, value), localValue);
    }
    for (const type of ['AWS::DynamoDB::Table', 'Custom::AmplifyDynamoDBTable']) {
      for (const { node, logicalId } of assembly.resourcesOfType(type)) {
        const tableName = assembly.evaluateString(node, { Ref: logicalId });
        this.localValues.set(tableName, tableName);
      }
    }
    for (const { node, logicalId } of assembly.resourcesOfType('AWS::IAM::Role')) {
      const roleArn = assembly.evaluateString(node, { 'Fn::GetAtt': [logicalId, 'Arn'] });
      this.localValues.set(roleArn, roleArn);
    }
    for (const { node, resource } of assembly.resourcesOfType('AWS::SSM::Parameter')) {
      this.ssmValues.set(assembly.evaluateString(node, resource.Properties?.['Name']), String(assembly.evaluate(node, resource.Properties?.['Value'])));
    }
  }

  resolve(functionName: string, node: StackNode, variables: Readonly<Record<string, unknown>>): Record<string, string> {
    const ssmConfig = JSON.parse(this.assembly.evaluateString(node, variables['AMPLIFY_SSM_ENV_CONFIG'] ?? '{}')) as SsmEnvConfig;
    return Object.fromEntries(
      Object.entries(variables).map(([name, value]) => {
        const unresolved = `${functionName}: no local value for its variable ${name} = ${JSON.stringify(value)}`;
        let resolved: string | undefined;
        try {
          resolved = this.resolveOne(node, name, value, ssmConfig);
        } catch (error) {
          throw new Error(`${unresolved} (${(error as Error).message})`);
        }
        if (resolved === undefined) throw new Error(unresolved);
        return [name, resolved];
      }),
    );
  }

  /**
   * The parameters the function's code fetches at cold start (Amplify's banner reads
   * AMPLIFY_SSM_ENV_CONFIG and calls GetParameters): each name → its local value, a secret under its
   * per-deployment path as `ampx sandbox secret set` stores it.
   */
  ssmParameters(functionName: string, node: StackNode, variables: Readonly<Record<string, unknown>>): Record<string, string> {
    const ssmConfig = JSON.parse(this.assembly.evaluateString(node, variables['AMPLIFY_SSM_ENV_CONFIG'] ?? '{}')) as SsmEnvConfig;
    const environment = this.resolve(functionName, node, variables);
    return Object.fromEntries(Object.entries(ssmConfig).map(([name, { path }]) => [path, environment[name] ?? '']));
  }

  private resolveOne(node: StackNode, name: string, value: unknown, ssmConfig: SsmEnvConfig): string | undefined {
    if (value === resolvedAtRuntime) {
      const parameter = ssmConfig[name];
      if (!parameter) return undefined;
      const secretName = parameter.path.split('/').pop() ?? '';
      return parameter.sharedPath === undefined ? this.ssmValues.get(parameter.path) : this.local.secrets[secretName];
    }
    if (typeof value === 'string') return value;
    const evaluated = this.assembly.evaluate(node, value);
    return typeof evaluated === 'string' ? this.localValues.get(evaluated) : undefined;
  }
}
