import { z } from 'zod';
import { recordId } from '../shared/record-id';
import { MAX_CODE_INPUT_LENGTH, normalizeCode } from './certificate-code';

export const issueCertificateArgs = z.object({ courseId: recordId('courseId', 'course') }).strict();

/** The code as a person typed it; the handler gets it in its stored form (XXXX-XXXX-XXXX). */
export const verifyCertificateArgs = z
  .object({
    code: z
      .string({ error: 'code is required' })
      .max(MAX_CODE_INPUT_LENGTH, `code must be ${MAX_CODE_INPUT_LENGTH} characters or fewer`)
      .transform((typed, context) => {
        const code = normalizeCode(typed);
        if (code === null) {
          context.addIssue({ code: 'custom', message: 'code is not a certificate code (12 letters and digits, like ABCD-2345-WXYZ)' });
          return z.NEVER;
        }
        return code;
      }),
  })
  .strict();
