import { LOCALE_ID, Pipe, PipeTransform, inject } from '@angular/core';

/** Currencies Stripe counts in whole units rather than cents. */
const ZERO_DECIMAL_CURRENCIES = new Set(['BIF', 'CLP', 'DJF', 'GNF', 'JPY', 'KMF', 'KRW', 'MGA', 'PYG', 'RWF', 'UGX', 'VND', 'VUV', 'XAF', 'XOF', 'XPF']);

/** Formats a Stripe-style amount (smallest currency unit) in its currency; 0 is "Free". */
export function formatPrice(amount: number | null | undefined, currency: string | null | undefined, locale = 'en-US'): string {
  if (amount == null || !Number.isFinite(amount)) return '';
  if (amount === 0) return $localize`:@@shared.price.free:Free`;
  const code = (currency || 'USD').toUpperCase();
  const major = ZERO_DECIMAL_CURRENCIES.has(code) ? amount : amount / 100;
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: code }).format(major);
  } catch {
    return `${major.toFixed(2)} ${code}`;
  }
}

@Pipe({ name: 'price' })
export class PricePipe implements PipeTransform {
  private readonly locale = inject(LOCALE_ID);

  transform(amount: number | null | undefined, currency: string | null | undefined): string {
    return formatPrice(amount, currency, this.locale);
  }
}
