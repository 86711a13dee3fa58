import type { AppSyncIdentity } from 'aws-lambda';
import { unauthorized } from './errors';

export const ADMINS = 'ADMINS';

/** Who is calling through AppSync; null for API-key (guest) and IAM callers. */
export interface Caller {
  readonly sub: string;
  readonly groups: readonly string[];
}

/**
 * Groups come only from the token's own `cognito:groups` claim, which Cognito signs; AppSync's
 * `identity.groups` is not consulted, so how a resolver populated it cannot make anyone an admin.
 */
export function callerOf(identity: AppSyncIdentity | null | undefined): Caller | null {
  if (!identity || !('sub' in identity) || typeof identity.sub !== 'string' || !identity.sub) return null;
  const groups = 'claims' in identity ? claimGroups(identity.claims as Record<string, unknown> | undefined) : [];
  return { sub: identity.sub, groups };
}

export function isAdmin(caller: Caller | null): boolean {
  return caller?.groups.includes(ADMINS) ?? false;
}

/** True only when the token's own `cognito:groups` claim names ADMINS. */
export function claimsAdmin(identity: AppSyncIdentity | null | undefined): boolean {
  if (!identity || !('claims' in identity)) return false;
  return claimGroups(identity.claims as Record<string, unknown> | undefined).includes(ADMINS);
}

function claimGroups(claims: Record<string, unknown> | undefined): string[] {
  const raw = claims?.['cognito:groups'];
  if (Array.isArray(raw)) return raw.filter((group): group is string => typeof group === 'string');
  if (typeof raw === 'string') return raw.split(/[\s,]+/).filter(Boolean);
  return [];
}

/**
 * AppSync already enforces the ADMINS group on admin operations; the token's own claim is checked
 * again here, so a resolver misconfiguration cannot open them. `doing` completes "only admins can …".
 */
export function requireAdmin(identity: AppSyncIdentity | null | undefined, doing: string): Caller {
  const caller = callerOf(identity);
  if (!caller || !isAdmin(caller)) throw unauthorized(`only admins can ${doing}`);
  return caller;
}

/** The caller's email claim (ID tokens carry it; the access tokens the data client sends do not). */
export function emailClaimOf(identity: AppSyncIdentity | null | undefined): string | undefined {
  if (!identity || !('claims' in identity)) return undefined;
  const email = (identity.claims as Record<string, unknown> | undefined)?.['email'];
  return typeof email === 'string' && email ? email : undefined;
}
