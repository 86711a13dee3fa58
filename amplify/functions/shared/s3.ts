import { S3Client } from '@aws-sdk/client-s3';

/** Endpoint, region and credentials come from the standard AWS SDK environment variables. */
export const s3 = new S3Client({});
