import { CfnAssembly, functionName, type LocalIdentities } from '../data/cfn-assembly';
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
}

interface Statement {
  Effect?: string;
  Action?: string | string[];
  Resource?: unknown;
}

/**
 * Reads every function's role and role policies from the synthesized templates, evaluated with the
 * local identities (API id, table names).
 */
export async function readFunctionIdentities(synthDir: string, identities: LocalIdentities): Promise<FunctionIdentity[]> {
  const assembly = await CfnAssembly.load(synthDir, identities);
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
    };
  });
}

function list(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string');
}

/** IAM's wildcard match: `*` any run of characters, `?` one character (actions are compared lower-cased). */
function matches(pattern: string, value: string): boolean {
  const regex = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${regex}$`).test(value);
}
