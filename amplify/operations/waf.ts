import { CfnWebACL, CfnWebACLAssociation } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import { apiRateLimit } from './api-rate-limit';

const visibility = (metricName: string): CfnWebACL.VisibilityConfigProperty => ({
  cloudWatchMetricsEnabled: true,
  metricName,
  sampledRequestsEnabled: true,
});

/**
 * A regional web ACL in front of the AppSync API: allows by default, blocks a client IP past the rate
 * limit, and applies AWS's common rule set. Its 8 KB body-size rule only counts: AppSync hands WAF the
 * first 8 KB of a body anyway, and an admin's long lesson description is a legitimate large request.
 */
export function protectGraphqlApi(scope: Construct, graphqlApiArn: string): CfnWebACL {
  const webAcl = new CfnWebACL(scope, 'ApiWebAcl', {
    scope: 'REGIONAL',
    defaultAction: { allow: {} },
    visibilityConfig: visibility('playalong-api'),
    rules: [
      {
        name: 'RateLimitPerClientIp',
        priority: 0,
        action: { block: {} },
        statement: {
          rateBasedStatement: {
            aggregateKeyType: 'IP',
            limit: apiRateLimit.requests,
            evaluationWindowSec: apiRateLimit.windowSeconds,
          },
        },
        visibilityConfig: visibility('playalong-api-rate-limit'),
      },
      {
        name: 'AWSManagedRulesCommonRuleSet',
        priority: 1,
        overrideAction: { none: {} },
        statement: {
          managedRuleGroupStatement: {
            vendorName: 'AWS',
            name: 'AWSManagedRulesCommonRuleSet',
            ruleActionOverrides: [{ name: 'SizeRestrictions_BODY', actionToUse: { count: {} } }],
          },
        },
        visibilityConfig: visibility('playalong-api-common-rules'),
      },
    ],
  });
  new CfnWebACLAssociation(scope, 'ApiWebAclAssociation', { resourceArn: graphqlApiArn, webAclArn: webAcl.attrArn });
  return webAcl;
}
