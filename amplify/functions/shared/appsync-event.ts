import type { AppSyncResolverEvent } from 'aws-lambda';

/** Correlation keys every AppSync-backed function logs with. */
export function appSyncCorrelation(event: Pick<AppSyncResolverEvent<unknown>, 'info' | 'identity' | 'request'>): Record<string, string | undefined> {
  const headers = (event.request?.headers ?? {}) as Record<string, string | undefined>;
  const identity = event.identity as { sub?: string } | null | undefined;
  return {
    fieldName: fieldNameOf(event),
    userId: identity?.sub,
    appSyncRequestId: headers['x-amzn-requestid'],
  };
}

/**
 * Amplify's generated VTL invokes function handlers with `typeName` and `fieldName` at the top of
 * the payload (see the synthesized "Invoke AWS Lambda data source" templates), not the `info`
 * object of AppSync direct Lambda resolvers that the `functionHandler` types describe. Read both.
 */
export function fieldNameOf(event: object): string | undefined {
  const payload = event as { fieldName?: string; info?: { fieldName?: string } };
  return payload.fieldName ?? payload.info?.fieldName;
}
