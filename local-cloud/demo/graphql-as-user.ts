/** Signs a user in against the local user pool and runs GraphQL as them, through the deployed resolvers. */
export async function signInForTokens(authUrl: string, clientId: string, email: string, password: string): Promise<string> {
  const response = await fetch(authUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth' },
    body: JSON.stringify({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: clientId, AuthParameters: { USERNAME: email, PASSWORD: password } }),
  });
  const body = (await response.json()) as { AuthenticationResult?: { AccessToken: string }; message?: string };
  if (!response.ok || !body.AuthenticationResult) throw new Error(`Sign-in as ${email} failed: ${body.message ?? response.status}`);
  return body.AuthenticationResult.AccessToken;
}

export async function graphqlAs<T>(graphqlUrl: string, accessToken: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: accessToken },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${body.errors?.map((e) => e.message).join('; ') ?? response.status}`);
  return body.data;
}
