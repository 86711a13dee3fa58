import { S3Client } from '@aws-sdk/client-s3';

/**
 * Endpoint, region and credentials come from the standard AWS SDK environment variables.
 * Checksums only when an operation requires them: otherwise presigned UploadPart URLs carry the
 * CRC32 of an empty body (`x-amz-checksum-crc32=AAAAAA==`), and S3 rejects every real part the
 * browser uploads with them.
 */
export const s3 = new S3Client({ requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' });
