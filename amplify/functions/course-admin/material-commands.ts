import { requireEnv } from '../shared/env';
import { auditView, writeAudited, type Actor } from './audited-write';
import { requireMaterial } from './existing-records';
import { removeMedia } from './media-cleanup';
import type { MaterialRecord } from './records';

const changedMeanwhile = 'the material was changed or deleted meanwhile: reload and try again';

export async function renameMaterial(actor: Actor, id: string, title: string): Promise<MaterialRecord> {
  const before = await requireMaterial(id);
  const now = new Date().toISOString();
  await writeAudited(
    actor,
    [
      {
        Update: {
          TableName: requireEnv('LESSON_MATERIAL_TABLE'),
          Key: { id },
          UpdateExpression: 'SET #title = :title, updatedAt = :now',
          ConditionExpression: 'attribute_exists(id)',
          ExpressionAttributeNames: { '#title': 'title' },
          ExpressionAttributeValues: { ':title': title, ':now': now },
        },
      },
    ],
    { action: 'material.rename', entityType: 'LessonMaterial', entityId: id, courseId: before.courseId, before: { title: before.title }, after: { title } },
    changedMeanwhile,
  );
  return { ...before, title, updatedAt: now };
}

export async function deleteMaterial(actor: Actor, id: string): Promise<string> {
  const material = await requireMaterial(id);
  await writeAudited(
    actor,
    [{ Delete: { TableName: requireEnv('LESSON_MATERIAL_TABLE'), Key: { id }, ConditionExpression: 'attribute_exists(id)' } }],
    { action: 'material.delete', entityType: 'LessonMaterial', entityId: id, courseId: material.courseId, before: auditView(material) },
    changedMeanwhile,
  );
  await removeMedia([{ keys: [material.fileKey], prefixes: [] }]);
  return id;
}
