import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { documents, queryAll } from './dynamo';
import type { Viewer } from './entitlement';
import { requireEnv } from './env';
import { isAdmin, type Caller } from './identity';
import { getMembership } from './membership-record';

/**
 * Reads what courseAccess needs about the caller: their enrollments (all of them, or only the one
 * for `courseId`) and their membership. Null for a guest. Admins need no lookup.
 */
export async function loadViewer(caller: Caller | null, courseId?: string): Promise<Viewer | null> {
  if (!caller) return null;
  if (isAdmin(caller)) return { admin: true, ownedCourseIds: new Set(), membership: null };
  const [ownedCourseIds, membership] = await Promise.all([enrolledCourseIds(caller.sub, courseId), getMembership(caller.sub)]);
  return { admin: false, ownedCourseIds, membership };
}

async function enrolledCourseIds(userId: string, courseId: string | undefined): Promise<Set<string>> {
  const table = requireEnv('ENROLLMENT_TABLE');
  if (courseId !== undefined) {
    const { Item } = await documents.send(new GetCommand({ TableName: table, Key: { userId, courseId } }));
    return new Set(Item ? [courseId] : []);
  }
  const enrollments = await queryAll<{ courseId: string }>({
    TableName: table,
    KeyConditionExpression: 'userId = :userId',
    ExpressionAttributeValues: { ':userId': userId },
    ProjectionExpression: 'courseId',
  });
  return new Set(enrollments.map((enrollment) => enrollment.courseId));
}
