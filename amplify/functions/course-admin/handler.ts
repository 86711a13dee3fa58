import type { AppSyncIdentity, AppSyncResolverEvent, Context } from 'aws-lambda';
import { appSyncCorrelation, fieldNameOf } from '../shared/appsync-event';
import { badRequest, resolveWith } from '../shared/errors';
import { emailClaimOf, requireAdmin } from '../shared/identity';
import { correlate, logger } from '../shared/logger';
import { parseArgs } from '../shared/parse-args';
import { grantAccess, revokeAccess } from './access-commands';
import type { Actor } from './audited-write';
import { createCourse, deleteCourse, setCourseStatus, updateCourse } from './course-commands';
import { courseSales } from './course-sales';
import { createLesson, deleteLesson, reorderLessons, setLessonStatus, updateLesson } from './lesson-commands';
import { deleteMaterial, renameMaterial } from './material-commands';
import * as args from './schema';
import { emailOfUser } from '../shared/user-directory';

type AdminEvent = AppSyncResolverEvent<Record<string, unknown>>;

/** Every admin mutation: the validated arguments and the admin making the change. */
const mutations: Record<string, (actor: Actor, input: unknown) => Promise<unknown>> = {
  adminCreateCourse: (actor, input) => createCourse(actor, parseArgs(args.createCourseArgs, input)),
  adminUpdateCourse: (actor, input) => {
    const { id, ...fields } = parseArgs(args.updateCourseArgs, input);
    return updateCourse(actor, id, fields);
  },
  adminSetCourseStatus: (actor, input) => {
    const { id, status } = parseArgs(args.setStatusArgs, input);
    return setCourseStatus(actor, id, status);
  },
  adminDeleteCourse: (actor, input) => deleteCourse(actor, parseArgs(args.idArgs, input).id),
  adminCreateLesson: (actor, input) => createLesson(actor, parseArgs(args.createLessonArgs, input)),
  adminUpdateLesson: (actor, input) => {
    const { id, ...fields } = parseArgs(args.updateLessonArgs, input);
    return updateLesson(actor, id, fields);
  },
  adminSetLessonStatus: (actor, input) => {
    const { id, status } = parseArgs(args.setStatusArgs, input);
    return setLessonStatus(actor, id, status);
  },
  adminDeleteLesson: (actor, input) => deleteLesson(actor, parseArgs(args.idArgs, input).id),
  adminReorderLessons: (actor, input) => {
    const { courseId, lessonIds } = parseArgs(args.reorderLessonsArgs, input);
    return reorderLessons(actor, courseId, lessonIds);
  },
  adminRenameMaterial: (actor, input) => {
    const { id, title } = parseArgs(args.renameMaterialArgs, input);
    return renameMaterial(actor, id, title);
  },
  adminDeleteMaterial: (actor, input) => deleteMaterial(actor, parseArgs(args.idArgs, input).id),
  adminGrantAccess: (actor, input) => {
    const { courseId, email, reason } = parseArgs(args.grantAccessArgs, input);
    return grantAccess(actor, courseId, email, reason);
  },
  adminRevokeAccess: (actor, input) => {
    const { courseId, userId, reason } = parseArgs(args.revokeAccessArgs, input);
    return revokeAccess(actor, courseId, userId, reason);
  },
};

/**
 * The admin studio's function-backed operations (AppSync routes every admin* field here). Each
 * mutation validates its input and writes its change with one AuditEntry in one transaction.
 */
export const handler = async (event: AdminEvent, context?: Context): Promise<unknown> => {
  correlate(appSyncCorrelation(event), context);
  return resolveWith(async () => {
    const field = fieldNameOf(event) ?? '';
    if (field === 'adminCourseSales') {
      requireAdmin(event.identity, 'see sales');
      return courseSales(parseArgs(args.courseSalesArgs, event.arguments).courseId);
    }
    const mutation = mutations[field];
    if (!mutation) throw badRequest(`course-admin does not serve ${field}`);
    const caller = requireAdmin(event.identity, 'change courses');
    return mutation(await actorOf(caller.sub, event.identity), event.arguments);
  });
};

/**
 * The audit trail names the admin by email. The data client sends access tokens, which carry no
 * email claim, so the user pool is asked; a failed lookup only leaves the email out.
 */
async function actorOf(sub: string, identity: AppSyncIdentity | null | undefined): Promise<Actor> {
  const claimed = emailClaimOf(identity);
  if (claimed) return { id: sub, email: claimed };
  try {
    return { id: sub, email: (await emailOfUser(sub)) ?? undefined };
  } catch (error) {
    logger.warn('Admin email lookup failed; auditing by id only', { error: error instanceof Error ? error.message : String(error) });
    return { id: sub };
  }
}
