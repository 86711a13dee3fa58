import { unknownParam } from './errors';
import type { Params, ParamValue } from './form-params';

/**
 * What one request parameter may hold: a plain value, a hash with any keys (metadata), a list whose items all
 * have one shape, or an object with known keys.
 */
export type ParamShape = 'value' | 'hash' | readonly [ParamShape] | AcceptedParams;
export interface AcceptedParams {
  readonly [key: string]: ParamShape;
}

/** Refuses, as Stripe does, the first key (at any depth) that `accepted` does not declare. Value types are the handlers' job. */
export function refuseUnknownParams(params: Params, accepted: AcceptedParams, prefix = ''): void {
  for (const [key, value] of Object.entries(params)) {
    const name = prefix === '' ? key : `${prefix}[${key}]`;
    if (!Object.hasOwn(accepted, key)) throw unknownParam(name);
    refuseUnknownIn(value, accepted[key] as ParamShape, name);
  }
}

function refuseUnknownIn(value: ParamValue, shape: ParamShape, name: string): void {
  if (isListShape(shape)) {
    if (Array.isArray(value)) value.forEach((item, index) => refuseUnknownIn(item, shape[0], `${name}[${index}]`));
  } else if (typeof shape === 'object' && typeof value === 'object' && !Array.isArray(value)) {
    refuseUnknownParams(value, shape, name);
  }
}

function isListShape(shape: ParamShape): shape is readonly [ParamShape] {
  return Array.isArray(shape);
}
