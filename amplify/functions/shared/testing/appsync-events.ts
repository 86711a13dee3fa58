import type { AppSyncIdentityCognito, AppSyncResolverEvent } from 'aws-lambda';

/** A Cognito user-pool identity the way AppSync passes it to a Lambda resolver. */
export function userIdentity(sub: string, groups: string[] = [], email = `${sub}@example.com`): AppSyncIdentityCognito {
  return {
    sub,
    username: sub,
    issuer: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_test',
    defaultAuthStrategy: 'ALLOW',
    sourceIp: ['127.0.0.1'],
    groups: groups.length > 0 ? groups : null,
    claims: { sub, email, ...(groups.length > 0 ? { 'cognito:groups': groups } : {}) },
  };
}

/** A resolver event; `identity` null means an API-key (guest) caller. */
export function appSyncEvent<TArgs extends Record<string, unknown>>(
  fieldName: string,
  args: TArgs,
  identity: AppSyncIdentityCognito | null,
  parentTypeName = 'Query',
): AppSyncResolverEvent<TArgs> {
  // The payload Amplify's generated VTL sends: typeName and fieldName on top, no `info`.
  const payload = {
    typeName: parentTypeName,
    fieldName,
    arguments: args,
    identity: identity ?? undefined,
    source: null,
    request: { headers: { 'x-amzn-requestid': 'test-request' }, domainName: null },
    prev: null,
  };
  return payload as unknown as AppSyncResolverEvent<TArgs>;
}
