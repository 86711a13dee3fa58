import type { CfnAssembly } from './cfn-assembly';

/** The rate-based rule of the web ACL in front of the API: requests one client IP may make per window. */
export interface ApiRateRule {
  name: string;
  limit: number;
  windowSeconds: number;
}

interface RateBasedStatement {
  Limit: number;
  EvaluationWindowSec?: number;
  AggregateKeyType: string;
  ScopeDownStatement?: unknown;
}

interface WebAclRule {
  Name: string;
  Action?: { Block?: unknown };
  Statement: { RateBasedStatement?: RateBasedStatement };
}

/** WAF's default evaluation window when a rate-based statement names none. */
const defaultWindowSeconds = 300;

/**
 * Reads the blocking rate-based rule of the `AWS::WAFv2::WebACL` associated with the GraphQL API
 * (`apiArn`, as the assembly evaluates it), or undefined when no web ACL protects the API. Only what
 * the deployment uses is emulated: one such rule, aggregated per IP, without a scope-down statement.
 */
export function readApiRateRule(assembly: CfnAssembly, apiArn: string): ApiRateRule | undefined {
  const association = assembly
    .resourcesOfType('AWS::WAFv2::WebACLAssociation')
    .find(({ node, resource }) => assembly.evaluate(node, resource.Properties?.['ResourceArn']) === apiArn);
  if (!association) return undefined;
  const aclArn = association.resource.Properties?.['WebACLArn'] as { 'Fn::GetAtt'?: [string, string] } | undefined;
  const [aclId] = aclArn?.['Fn::GetAtt'] ?? [];
  const acl = aclId ? association.node.template.Resources[aclId] : undefined;
  if (acl?.Type !== 'AWS::WAFv2::WebACL') {
    throw new Error(`Web ACL association ${association.logicalId} must name a web ACL of its own stack by Fn::GetAtt`);
  }
  const rules = (assembly.evaluate(association.node, acl.Properties?.['Rules']) as WebAclRule[] | undefined) ?? [];
  const rateRules = rules.filter((rule) => rule.Statement.RateBasedStatement && rule.Action?.Block);
  if (rateRules.length > 1) throw new Error(`Web ACL ${aclId} has ${rateRules.length} blocking rate-based rules; the local data API emulates one`);
  const [rule] = rateRules;
  const statement = rule?.Statement.RateBasedStatement;
  if (!rule || !statement) return undefined;
  if (statement.AggregateKeyType !== 'IP' || statement.ScopeDownStatement) {
    throw new Error(`Rate-based rule ${rule.Name} must aggregate by IP without a scope-down statement to be emulated locally`);
  }
  return { name: rule.Name, limit: statement.Limit, windowSeconds: statement.EvaluationWindowSec ?? defaultWindowSeconds };
}
