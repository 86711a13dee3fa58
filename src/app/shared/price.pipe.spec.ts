import { TestBed } from '@angular/core/testing';
import { LOCALE_ID } from '@angular/core';
import { PricePipe, formatPrice } from './price.pipe';

describe('formatPrice', () => {
  it('should format cents as dollars when the currency is usd', () => {
    expect(formatPrice(4900, 'usd')).toBe('$49.00');
  });

  it('should use the currency symbol when the currency is eur', () => {
    expect(formatPrice(1999, 'EUR')).toBe('€19.99');
  });

  it('should not divide by 100 when the currency has no minor unit', () => {
    expect(formatPrice(5000, 'JPY')).toBe('¥5,000');
  });

  it('should say Free when the amount is zero', () => {
    expect(formatPrice(0, 'USD')).toBe('Free');
  });

  it('should render nothing when the amount is missing', () => {
    expect(formatPrice(undefined, 'USD')).toBe('');
  });
});

describe('PricePipe', () => {
  it('should format with the app locale when transforming', () => {
    TestBed.configureTestingModule({ providers: [{ provide: LOCALE_ID, useValue: 'en-US' }] });
    const pipe = TestBed.runInInjectionContext(() => new PricePipe());
    expect(pipe.transform(12900, 'USD')).toBe('$129.00');
  });
});
