import { createRequire } from 'node:module';
import { VelocityTemplate } from '@aws-amplify/amplify-appsync-simulator';

/**
 * What the Amplify-generated VTL uses that amplify-appsync-simulator 2.16 lacks, added to its velocity
 * context:
 * - `$util.transform.toSubscriptionFilter(filter)` and `$extensions.setSubscriptionFilter(...)`: the
 *   subscription response templates hand the (auth-narrowed) filter to AppSync; here it is kept on the
 *   request context as a model filter, and the realtime server applies it to every published item.
 * - `$ctx.identity.groups` and a list-valued `sourceIp`, as AppSync sets them for user pool requests
 *   (handlers receive both in their event's `identity`); `$ctx.identity.accountId` for IAM requests.
 * - `$util.transform.toDynamoDBConditionExpression` with its `expressionValues` (the simulator drops
 *   them, so a mutation's `condition` argument such as `{ sourceKey: { eq } }` could not run), and
 *   without values for `attributeExists`, which DynamoDB would refuse as unused.
 */
export interface SubscriptionFilterHolder {
  subscriptionFilter?: unknown;
}

interface RenderContext {
  ctx: { identity: { put(key: string, value: unknown): unknown; get(key: string): unknown } | null };
}

type BuildRenderContext = (
  this: VelocityTemplate,
  values: unknown,
  requestContext: SubscriptionFilterHolder & { jwt?: Record<string, unknown>; iamToken?: { accountId: string } },
  info: unknown,
) => RenderContext & Record<string, unknown>;

const require = createRequire(import.meta.url);
const { transformUtils } = require('@aws-amplify/amplify-appsync-simulator/lib/velocity/util/transform') as {
  transformUtils: Record<string, unknown>;
};
const { generateFilterExpression } = require('@aws-amplify/amplify-appsync-simulator/lib/velocity/util/transform/dynamodb-filter') as {
  generateFilterExpression: (filter: unknown) => { expressions: string[]; expressionNames: Record<string, string>; expressionValues: Record<string, unknown> };
};
const { toJSON } = require('@aws-amplify/amplify-appsync-simulator/lib/velocity/value-mapper/to-json') as {
  toJSON: (value: unknown) => unknown;
};

let installed = false;

export function installSimulatorExtensions(): void {
  if (installed) return;
  installed = true;

  transformUtils['toSubscriptionFilter'] = (filter: unknown) => toJSON(filter);
  transformUtils['toDynamoDBConditionExpression'] = (condition: unknown) => {
    const result = generateFilterExpression(toJSON(condition));
    const expression = result.expressions.join(' ').trim();
    const expressionValues = Object.fromEntries(
      Object.entries(result.expressionValues).filter(([name]) => new RegExp(`${name}(?![A-Za-z0-9_])`).test(expression)),
    );
    return JSON.stringify({ expression, expressionNames: result.expressionNames, expressionValues });
  };

  const prototype = VelocityTemplate.prototype as unknown as { buildRenderContext: BuildRenderContext };
  const buildRenderContext = prototype.buildRenderContext;
  prototype.buildRenderContext = function (values, requestContext, info) {
    const context = buildRenderContext.call(this, values, requestContext, info);
    const groups = requestContext.jwt?.['cognito:groups'];
    const identity = context.ctx.identity;
    if (identity && requestContext.jwt) {
      identity.put('groups', Array.isArray(groups) ? groups : null);
      identity.put('sourceIp', [String(identity.get('sourceIp'))]);
    }
    if (identity && requestContext.iamToken) {
      identity.put('accountId', requestContext.iamToken.accountId);
      identity.put('sourceIp', [String(identity.get('sourceIp'))]);
    }
    context['extensions'] = {
      setSubscriptionFilter(filter: unknown) {
        requestContext.subscriptionFilter = toJSON(filter);
        return '';
      },
      setSubscriptionInvalidationFilter: () => '',
      invalidateSubscriptions: () => '',
      evictFromApiCache: () => '',
    };
    return context;
  };
}
