import { parseParams, type Params } from './form-params';

describe('parseParams', () => {
  it('should nest bracketed keys and turn indexed keys into arrays', () => {
    const params = parseParams(
      'mode=payment&line_items[0][quantity]=1&line_items[0][price_data][unit_amount]=500&line_items[1][quantity]=2&metadata[courseId]=c1',
    );

    const expected: Params = {
      mode: 'payment',
      line_items: [{ quantity: '1', price_data: { unit_amount: '500' } }, { quantity: '2' }],
      metadata: { courseId: 'c1' },
    };
    expect<unknown>(params).toEqual(expected);
  });

  it('should append values when the brackets are empty', () => {
    expect<unknown>(parseParams('expand[]=line_items&expand[]=customer')).toEqual({ expand: ['line_items', 'customer'] });
  });

  it('should decode percent-encoded brackets and values', () => {
    expect<unknown>(parseParams('success_url=http%3A%2F%2Fx%2F%3Fid%3D%7BCHECKOUT_SESSION_ID%7D&expand%5B0%5D=line_items')).toEqual({
      success_url: 'http://x/?id={CHECKOUT_SESSION_ID}',
      expand: ['line_items'],
    });
  });

  it('should keep __proto__ as an ordinary key and leave Object.prototype alone when a request names it', () => {
    const params = parseParams('__proto__[polluted]=yes&metadata[__proto__][polluted]=yes');

    expect(Object.keys(params)).toEqual(['__proto__', 'metadata']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
