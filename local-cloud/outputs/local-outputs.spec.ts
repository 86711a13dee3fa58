import { synthOnce } from '../synth/synth-backend';
import { generateLocalOutputs, type LocalBackendValues } from './local-outputs';

const values: LocalBackendValues = {
  region: 'us-east-1',
  userPoolId: 'us-east-1_localpool',
  userPoolClientId: 'localclient',
  graphqlUrl: 'http://localhost:4110/graphql',
  apiKey: 'da2-localkey',
  bucketName: 'media-local',
  functionUrls: { 'stripe-webhook': 'http://127.0.0.1:4160/stripe-webhook/' },
  modelIntrospection: { version: 1, models: {} },
  local: { userPoolEndpoint: 'http://localhost:4100' },
};

/** The parts of amplify_outputs.json these specs read. */
interface Outputs {
  auth: { user_pool_id: string; password_policy: unknown; groups: unknown };
  data: unknown;
  storage: { bucket_name: string };
  custom: { local: unknown; stripeWebhookUrl: string };
}

describe('generateLocalOutputs', () => {
  let outputs: Outputs;

  beforeAll(async () => {
    const synth = await synthOnce();
    outputs = (await generateLocalOutputs(synth.dir, values)) as unknown as Outputs;
  }, 120_000);

  it('should point the data client at the local GraphQL endpoint with the deployed auth modes', () => {
    expect(outputs.data).toEqual(
      jasmine.objectContaining({
        url: 'http://localhost:4110/graphql',
        api_key: 'da2-localkey',
        default_authorization_type: 'AMAZON_COGNITO_USER_POOLS',
        model_introspection: values.modelIntrospection,
      }),
    );
  });

  it('should carry the password policy and groups that defineAuth deploys', () => {
    expect(outputs.auth.user_pool_id).toBe('us-east-1_localpool');
    expect(outputs.auth.password_policy).toEqual({
      min_length: 8,
      require_lowercase: true,
      require_numbers: true,
      require_symbols: true,
      require_uppercase: true,
    });
    expect(outputs.auth.groups).toEqual([{ ADMINS: { precedence: 0 } }]);
  });

  it('should put the local endpoint overrides under custom.local beside the backend custom outputs', () => {
    expect(outputs.custom.local).toEqual({ userPoolEndpoint: 'http://localhost:4100' });
    expect(outputs.custom.stripeWebhookUrl).toBe('http://127.0.0.1:4160/stripe-webhook/');
    expect(outputs.storage.bucket_name).toBe('media-local');
  });
});
