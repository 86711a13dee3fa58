/** Requests one client IP may make to the GraphQL API per window before WAF blocks it. */
export const apiRateLimit = { requests: 1000, windowSeconds: 300 } as const;
