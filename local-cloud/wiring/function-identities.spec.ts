import { localApiId, localTableName } from '../data/data-api-definition';
import { localAccountId, region } from '../service';
import { synthOnce } from '../synth/synth-backend';
import { readFunctionIdentities, type FunctionIdentity } from './function-identities';

const tableArn = (model: string) => `arn:aws:dynamodb:${region}:${localAccountId}:table/${localTableName(model)}`;

describe('readFunctionIdentities', () => {
  let identities: FunctionIdentity[];
  const identityOf = (name: string): FunctionIdentity => {
    const identity = identities.find((candidate) => candidate.functionName === name);
    if (!identity) throw new Error(`no identity for ${name}`);
    return identity;
  };

  beforeAll(async () => {
    const synth = await synthOnce();
    identities = await readFunctionIdentities(synth.dir, { apiId: localApiId, tableName: localTableName });
  }, 600_000);

  it('should let post-confirmation put its profile row when its policy sits in another stack than its role', () => {
    expect(identityOf('post-confirmation').allows('dynamodb:PutItem', tableArn('UserProfile'))).toBeTrue();
  });

  it('should refuse post-confirmation any other table or action', () => {
    const postConfirmation = identityOf('post-confirmation');
    expect(postConfirmation.allows('dynamodb:PutItem', tableArn('Order'))).toBeFalse();
    expect(postConfirmation.allows('dynamodb:UpdateItem', tableArn('UserProfile'))).toBeFalse();
  });

  it('should keep a function to its own policies when it is in the same stack as others', () => {
    expect(identityOf('catalog').allows('dynamodb:GetItem', tableArn('Course'))).toBeTrue();
    expect(identityOf('catalog').allows('dynamodb:PutItem', tableArn('Course'))).toBeFalse();
  });
});
