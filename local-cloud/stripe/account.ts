/** The business the local Stripe account belongs to, as its invoices and customer portal name it. */
export const accountName = 'Play-Along';
export const accountCountry = 'US';
