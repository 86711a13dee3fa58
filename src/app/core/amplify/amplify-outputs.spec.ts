import { toResourcesConfig } from './amplify-outputs';

const OUTPUTS = {
  version: '1.4',
  auth: {
    aws_region: 'us-east-1',
    user_pool_id: 'us-east-1_local',
    user_pool_client_id: 'client-1',
    identity_pool_id: 'us-east-1:00000000-0000-0000-0000-000000000000',
    standard_required_attributes: ['email'],
    username_attributes: ['email'],
    user_verification_types: ['email'],
    groups: [{ ADMINS: { precedence: 0 } }],
    password_policy: {
      min_length: 8,
      require_lowercase: true,
      require_numbers: true,
      require_symbols: true,
      require_uppercase: true,
    },
    unauthenticated_identities_enabled: true,
  },
  data: {
    url: 'https://localhost:4120/graphql',
    aws_region: 'us-east-1',
    api_key: 'da2-local',
    default_authorization_type: 'AMAZON_COGNITO_USER_POOLS',
    authorization_types: ['API_KEY'],
  },
};

describe('toResourcesConfig', () => {
  it('should map the outputs to the Amplify config when there are no local endpoints', () => {
    const config = toResourcesConfig(OUTPUTS);

    expect(config.Auth?.Cognito.userPoolId).toBe('us-east-1_local');
    expect(config.Auth?.Cognito.userPoolEndpoint).toBeUndefined();
    expect(config.API?.GraphQL?.endpoint).toBe('https://localhost:4120/graphql');
  });

  it('should point Cognito at the local endpoints when custom.local names them', () => {
    const config = toResourcesConfig({
      ...OUTPUTS,
      custom: { local: { userPoolEndpoint: 'http://127.0.0.1:4110', identityPoolEndpoint: 'http://127.0.0.1:4111' } },
    });

    expect(config.Auth?.Cognito.userPoolEndpoint).toBe('http://127.0.0.1:4110');
    expect(config.Auth?.Cognito.identityPoolEndpoint).toBe('http://127.0.0.1:4111');
  });

  it('should throw when the document is not an outputs object', () => {
    expect(() => toResourcesConfig('<!doctype html>')).toThrowError(/not an Amplify outputs/);
    expect(() => toResourcesConfig({ auth: {} })).toThrowError(/not an Amplify outputs/);
  });
});
