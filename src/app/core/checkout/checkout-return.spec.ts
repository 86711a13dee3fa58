import { convertToParamMap } from '@angular/router';
import { readCheckoutReturn } from './checkout-return';

describe('readCheckoutReturn', () => {
  it('should read the session id when checkout succeeded', () => {
    expect(readCheckoutReturn(convertToParamMap({ checkout: 'success', session_id: 'cs_1' }))).toEqual({ outcome: 'success', sessionId: 'cs_1' });
  });

  it('should have no session id when the success URL carries none', () => {
    expect(readCheckoutReturn(convertToParamMap({ checkout: 'success' }))).toEqual({ outcome: 'success', sessionId: null });
  });

  it('should read a cancelled checkout', () => {
    expect(readCheckoutReturn(convertToParamMap({ checkout: 'cancelled' }))).toEqual({ outcome: 'cancelled' });
  });

  it('should be null when the URL is not a checkout return', () => {
    expect(readCheckoutReturn(convertToParamMap({ checkout: 'maybe' }))).toBeNull();
  });
});
