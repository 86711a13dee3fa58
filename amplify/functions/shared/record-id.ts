import { z } from 'zod';

/** The ids our records get (UUIDs and demo slugs); anything else cannot name a record. */
export const RECORD_ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;

/** An argument naming one record: `field` is required and must look like an id of `what`. */
export const recordId = (field: string, what: string) =>
  z.string({ error: `${field} is required` }).regex(RECORD_ID_PATTERN, `${field} is not a valid ${what} id`);
