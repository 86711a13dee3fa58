import type { AppSyncResolverEvent } from 'aws-lambda';

/** Correlation keys every AppSync-backed function logs with. */
export function appSyncCorrelation(event: Pick<AppSyncResolverEvent<unknown>, 'info' | 'identity' | 'request'>): Record<string, string | undefined> {
  const headers = (event.request?.headers ?? {}) as Record<string, string | undefined>;
  const identity = event.identity as { sub?: string } | null | undefined;
  return {
    fieldName: event.info?.fieldName,
    userId: identity?.sub,
    appSyncRequestId: headers['x-amzn-requestid'],
  };
}
