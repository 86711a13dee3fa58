import { CfnAssembly, functionName, type LocalIdentities, type StackNode } from '../data/cfn-assembly';
import { localAccountId } from '../service';

/** A function's execution role as the templates define it, with the IAM policies attached to it. */
export interface FunctionIdentity {
  /** The defineFunction name. */
  functionName: string;
  roleName: string;
  /** What AWS services see as the caller: the role assumed by Lambda for this function. */
  assumedRoleArn: string;
  /** Whether an Allow statement of the role's inline policies covers this action on this resource. */
  allows(action: string, resourceArn: string): boolean;
  /**
   * Variables the deployed function resolves from SSM at cold start (AMPLIFY_SSM_ENV_CONFIG:
   * AMPLIFY_DATA_GRAPHQL_ENDPOINT, ...), evaluated from the SSM parameters the templates create;
   * secrets are left to the local cloud.
   */
  ssmEnvironment: Record<string, string>;
  /** Variables whose template value names a DynamoDB table (IDEMPOTENCY_TABLE, …), evaluated to the local table. */
  tableEnvironment?: Record<string, string>;
}

interface Statement {
  Effect?: string;
  Action?: string | string[];
  Resource?: unknown;
}

/**
 * Reads every function's role, role policies and SSM-resolved environment from the synthesized
 * templates, evaluated with the local identities (API id, GraphQL URL, table names).
 */
export async function readFunctionIdentities(synthDir: string, identities: LocalIdentities): Promise<FunctionIdentity[]> {
  const assembly = await CfnAssembly.load(synthDir, identities);
  const ssmValues = new Map<string, string>();
  for (const { node, resource } of assembly.resourcesOfType('AWS::SSM::Parameter')) {
    ssmValues.set(assembly.evaluateString(node, resource.Properties?.['Name']), String(assembly.evaluate(node, resource.Properties?.['Value'])));
  }
  const tableNames = new Set(
    ['AWS::DynamoDB::Table', 'Custom::AmplifyDynamoDBTable'].flatMap((type) =>
      assembly.resourcesOfType(type).map(({ node, logicalId }) => assembly.evaluateString(node, { Ref: logicalId })),
    ),
  );
  const policies = assembly.resourcesOfType('AWS::IAM::Policy');
  return assembly.resourcesOfType('AWS::Lambda::Function').map(({ node, logicalId, resource }) => {
    const name = functionName(logicalId, resource);
    const roleLogicalId = (resource.Properties?.['Role'] as { 'Fn::GetAtt'?: [string, string] })['Fn::GetAtt']?.[0] ?? '';
    const roleName = assembly.evaluateString(node, { Ref: roleLogicalId });
    // A policy may sit in another stack than its role (post-confirmation's, in the data stack), so
    // roles are compared by the name they evaluate to, and resources evaluated where the policy is.
    const statements = policies
      .filter((policy) => list(assembly.evaluate(policy.node, policy.resource.Properties?.['Roles'])).includes(roleName))
      .flatMap((policy) =>
        ((policy.resource.Properties?.['PolicyDocument'] as { Statement?: Statement[] }).Statement ?? [])
          .filter((statement) => statement.Effect === 'Allow')
          .map((statement) => ({ actions: list(statement.Action), resources: list(assembly.evaluate(policy.node, statement.Resource)) })),
      );
    return {
      functionName: name,
      roleName,
      assumedRoleArn: `arn:aws:sts::${localAccountId}:assumed-role/${roleName}/${name}`,
      allows: (action, resourceArn) =>
        statements.some((statement) => statement.actions.some((pattern) => matches(pattern.toLowerCase(), action.toLowerCase())) && statement.resources.some((pattern) => matches(pattern, resourceArn))),
      ssmEnvironment: ssmEnvironment(assembly, node, resource.Properties, ssmValues),
      tableEnvironment: tableEnvironment(assembly, node, resource.Properties, tableNames),
    };
  });
}

function ssmEnvironment(
  assembly: CfnAssembly,
  node: StackNode,
  properties: Record<string, unknown> | undefined,
  ssmValues: ReadonlyMap<string, string>,
): Record<string, string> {
  const variables = (properties?.['Environment'] as { Variables?: Record<string, unknown> } | undefined)?.Variables ?? {};
  const config = variables['AMPLIFY_SSM_ENV_CONFIG'];
  if (config === undefined) return {};
  const paths = JSON.parse(assembly.evaluateString(node, config)) as Record<string, { path: string }>;
  // Secrets (secret('…')) are SSM parameters no template creates: the local cloud supplies those itself.
  return Object.fromEntries(
    Object.entries(paths).flatMap(([variable, { path }]) => {
      const value = ssmValues.get(path);
      return value === undefined ? [] : [[variable, value]];
    }),
  );
}

function tableEnvironment(
  assembly: CfnAssembly,
  node: StackNode,
  properties: Record<string, unknown> | undefined,
  tableNames: ReadonlySet<string>,
): Record<string, string> {
  const variables = (properties?.['Environment'] as { Variables?: Record<string, unknown> } | undefined)?.Variables ?? {};
  return Object.fromEntries(
    Object.entries(variables).flatMap(([variable, value]) => {
      if (value === null || typeof value !== 'object') return [];
      const evaluated = assembly.evaluate(node, value);
      return typeof evaluated === 'string' && tableNames.has(evaluated) ? [[variable, evaluated]] : [];
    }),
  );
}

function list(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string');
}

/** IAM's wildcard match: `*` any run of characters, `?` one character (actions are compared lower-cased). */
function matches(pattern: string, value: string): boolean {
  const regex = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${regex}$`).test(value);
}
