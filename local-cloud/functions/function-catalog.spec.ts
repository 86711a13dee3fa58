import { resolve } from 'node:path';
import { discoverFunctions } from './function-catalog';

describe('discoverFunctions', () => {
  it('should find every defineFunction under amplify/ with its handler and limits', async () => {
    const functions = await discoverFunctions(resolve('amplify'));
    expect(functions.map((fn) => fn.name)).toEqual([
      'billing',
      'catalog',
      'course-admin',
      'create-checkout',
      'media-access',
      'post-confirmation',
      'stripe-webhook',
      'transcode',
      'transcode-complete',
      'upload-url',
    ]);
    const checkout = functions.find((fn) => fn.name === 'create-checkout');
    expect(checkout?.entry).toBe(resolve('amplify/functions/create-checkout/handler.ts'));
    expect(checkout?.timeoutSeconds).toBe(15);
  });
});
