import { invalidParam, missingParam } from './errors';
import type { Params, ParamValue } from './form-params';
import type { Metadata } from './objects';

/** Typed reads of decoded request params that fail with Stripe's wording. `name` is the full param path for errors. */
export function optionalString(params: Params, key: string, name = key): string | null {
  const value = params[key];
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string') throw invalidParam(name, `Invalid string: ${name}`);
  return value;
}

export function requiredString(params: Params, key: string, name = key): string {
  const value = optionalString(params, key, name);
  if (value === null) throw missingParam(name);
  return value;
}

export function optionalInteger(params: Params, key: string, name = key): number | null {
  const value = optionalString(params, key, name);
  if (value === null) return null;
  if (!/^-?\d+$/.test(value)) throw invalidParam(name, `Invalid integer: ${value}`);
  return Number(value);
}

export function optionalObject(params: Params, key: string, name = key): Params | null {
  const value = params[key];
  if (value === undefined || value === '') return null;
  if (!isParams(value)) throw invalidParam(name, `Invalid object: ${name}`);
  return value;
}

export function optionalList(params: Params, key: string, name = key): ParamValue[] {
  const value = params[key];
  if (value === undefined || value === '') return [];
  if (!Array.isArray(value)) throw invalidParam(name, `Invalid array: ${name}`);
  return value;
}

export function metadataParam(params: Params, key: string, name = key): Metadata {
  const value = optionalObject(params, key, name) ?? {};
  const metadata: Metadata = {};
  for (const [field, item] of Object.entries(value)) {
    if (typeof item !== 'string') throw invalidParam(`${name}[${field}]`, `Invalid string: ${name}[${field}]`);
    metadata[field] = item;
  }
  return metadata;
}

/** `expand[]` values, e.g. ['line_items']. */
export function expandParam(params: Params): string[] {
  return optionalList(params, 'expand').filter((item): item is string => typeof item === 'string');
}

export function isParams(value: ParamValue | undefined): value is Params {
  return typeof value === 'object' && !Array.isArray(value);
}

export function optionalBoolean(params: Params, key: string, name = key): boolean | null {
  const value = optionalString(params, key, name);
  if (value === null) return null;
  if (value !== 'true' && value !== 'false') throw invalidParam(name, `Invalid boolean: ${value}`);
  return value === 'true';
}
