import type Stripe from 'stripe';

/**
 * An SDK object type as it travels in JSON. The SDK turns decimal strings into `Stripe.Decimal` objects when it
 * receives them; the stand-in stores and sends the strings. Primitives are checked first so that the SDK's open
 * string unions (`'paid' | (string & {})`) stay strings.
 */
export type Wire<T> = T extends Stripe.Decimal
  ? string
  : T extends string | number | boolean | bigint | null | undefined
    ? T
    : T extends ReadonlyArray<infer Item>
      ? Array<Wire<Item>>
      : T extends object
        ? { [Key in keyof T]: Wire<T[Key]> }
        : T;
