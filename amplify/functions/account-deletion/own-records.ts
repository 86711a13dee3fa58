import { DeleteCommand, ScanCommand, type ScanCommandInput } from '@aws-sdk/lib-dynamodb';
import { documents, queryAll } from '../shared/dynamo';
import { requireEnv } from '../shared/env';

/** The models whose records carry Amplify's `owner` field ("<sub>::<username>"), keyed by id. */
const OWNER_TABLES = ['LESSON_PROGRESS_TABLE', 'PRACTICE_SESSION_TABLE', 'PRACTICE_LOOP_TABLE', 'LESSON_NOTE_TABLE'] as const;

/**
 * Removes every record that is the user's own: practice, progress, loops, notes, enrollments,
 * certificates (which print the person's name for anyone with the code), membership and profile. Orders stay.
 */
export async function deleteOwnRecords(sub: string): Promise<void> {
  for (const table of OWNER_TABLES) {
    const tableName = requireEnv(table);
    for (const id of await ownedIds(tableName, sub)) await deleteItem(tableName, { id });
  }
  const enrollments = requireEnv('ENROLLMENT_TABLE');
  const courses = await queryAll<{ courseId: string }>({
    TableName: enrollments,
    KeyConditionExpression: 'userId = :sub',
    ExpressionAttributeValues: { ':sub': sub },
    ProjectionExpression: 'courseId',
  });
  for (const { courseId } of courses) await deleteItem(enrollments, { userId: sub, courseId });
  const certificates = requireEnv('CERTIFICATE_TABLE');
  const certified = await queryAll<{ courseId: string }>({
    TableName: certificates,
    KeyConditionExpression: 'userId = :sub',
    ExpressionAttributeValues: { ':sub': sub },
    ProjectionExpression: 'courseId',
  });
  for (const { courseId } of certified) await deleteItem(certificates, { userId: sub, courseId });
  await deleteItem(requireEnv('MEMBERSHIP_TABLE'), { userId: sub });
  await deleteItem(requireEnv('USER_PROFILE_TABLE'), { userId: sub });
}

/**
 * These tables have no index on owner, so they are scanned: an account is deleted rarely, and a
 * scan avoids three more GraphQL index queries on owner-readable models.
 */
async function ownedIds(tableName: string, sub: string): Promise<string[]> {
  const ids: string[] = [];
  const input: ScanCommandInput = {
    TableName: tableName,
    FilterExpression: '#owner = :sub OR begins_with(#owner, :prefix)',
    ExpressionAttributeNames: { '#owner': 'owner' },
    ExpressionAttributeValues: { ':sub': sub, ':prefix': `${sub}::` },
    ProjectionExpression: 'id',
  };
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await documents.send(new ScanCommand({ ...input, ExclusiveStartKey: startKey }));
    ids.push(...(page.Items ?? []).map((item) => String(item['id'])));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return ids;
}

async function deleteItem(tableName: string, key: Record<string, string>): Promise<void> {
  await documents.send(new DeleteCommand({ TableName: tableName, Key: key }));
}
