export interface AuditFilter {
  readonly courseId: string | null;
  readonly actorId: string | null;
}

export const NO_FILTER: AuditFilter = { courseId: null, actorId: null };

/** The URL query params of the audit page: `?course=<courseId>&admin=<actorId>`. */
export interface AuditQueryParams {
  course: string | null;
  admin: string | null;
}

function firstText(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first.trim() !== '' ? first.trim() : null;
}

export function auditFilterFromParams(params: Readonly<Record<string, unknown>>): AuditFilter {
  return { courseId: firstText(params['course']), actorId: firstText(params['admin']) };
}

/** The inverse of auditFilterFromParams; null removes a param when merged by the router. */
export function auditFilterToParams(filter: AuditFilter): AuditQueryParams {
  return { course: filter.courseId, admin: filter.actorId };
}

export function isFiltered(filter: AuditFilter): boolean {
  return filter.courseId !== null || filter.actorId !== null;
}
