import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Schema } from '../../data/resource';
import { documents, isConditionalCheckFailed, modelAttributes, queryAll } from '../shared/dynamo';
import { requireEnv } from '../shared/env';

export type CertificateRecord = Pick<Schema['Certificate']['type'], 'userId' | 'courseId' | 'code' | 'name' | 'courseTitle' | 'issuedAt'>;

/** The GSI the Amplify transformer generates for Certificate's `certificatesByCode` query. */
export const CERTIFICATE_BY_CODE_INDEX = 'certificatesByCode';

export async function getCertificate(userId: string, courseId: string): Promise<CertificateRecord | null> {
  const { Item } = await documents.send(new GetCommand({ TableName: requireEnv('CERTIFICATE_TABLE'), Key: { userId, courseId } }));
  return (Item as CertificateRecord | undefined) ?? null;
}

/**
 * Stores the certificate unless this user already has one for the course, and returns the one that
 * is stored: two requests racing each other end with one certificate and one code.
 */
export async function putFirstCertificate(certificate: CertificateRecord): Promise<CertificateRecord> {
  try {
    await documents.send(
      new PutCommand({
        TableName: requireEnv('CERTIFICATE_TABLE'),
        Item: { ...certificate, ...modelAttributes('Certificate', certificate.issuedAt) },
        ConditionExpression: 'attribute_not_exists(userId)',
      }),
    );
    return certificate;
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
    const stored = await getCertificate(certificate.userId, certificate.courseId);
    if (!stored) throw error;
    return stored;
  }
}

export async function findCertificateByCode(code: string): Promise<CertificateRecord | null> {
  const [found] = await queryAll<CertificateRecord>({
    TableName: requireEnv('CERTIFICATE_TABLE'),
    IndexName: CERTIFICATE_BY_CODE_INDEX,
    KeyConditionExpression: 'code = :code',
    ExpressionAttributeValues: { ':code': code },
  });
  return found ?? null;
}
