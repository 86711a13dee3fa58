/**
 * Reads a required environment variable at call time (not import time), so a missing setting
 * fails the request that needs it with a clear message and tests can set variables per case.
 */
export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}

export function optionalEnv(name: string): string | undefined {
  return process.env[name] || undefined;
}
