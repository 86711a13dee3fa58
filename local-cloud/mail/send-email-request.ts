/** The SESv2 SendEmail body fields the product sends (Content.Simple); anything else is refused. */
export interface SendEmailRequest {
  readonly from: string;
  readonly to: readonly string[];
  readonly subject: string;
  readonly text?: string;
  readonly html?: string;
}

/** A refusal as SESv2 answers it: status, x-amzn-ErrorType and a message. */
export class SesError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

interface WireBody {
  FromEmailAddress?: unknown;
  Destination?: { ToAddresses?: unknown; CcAddresses?: unknown; BccAddresses?: unknown };
  Content?: { Simple?: { Subject?: { Data?: unknown }; Body?: { Text?: { Data?: unknown }; Html?: { Data?: unknown } } }; Raw?: unknown; Template?: unknown };
}

const bad = (message: string) => new SesError(400, 'BadRequestException', message);
const addressPattern = /^(?:[^<>]*<([^<>@\s]+@[^<>@\s]+)>|([^<>@\s]+@[^<>@\s]+))$/;

/** The bare address of "Name <a@b>" or "a@b"; undefined when it is neither. */
export function emailAddressOf(value: string): string | undefined {
  const match = addressPattern.exec(value.trim());
  return match?.[1] ?? match?.[2];
}

export function parseSendEmail(raw: string): SendEmailRequest {
  let body: WireBody;
  try {
    body = JSON.parse(raw) as WireBody;
  } catch {
    throw new SesError(400, 'SerializationException', 'The request body is not JSON.');
  }
  const from = body.FromEmailAddress;
  if (typeof from !== 'string' || !emailAddressOf(from)) throw bad('FromEmailAddress must be an email address.');
  const destination = body.Destination ?? {};
  const to = [destination.ToAddresses, destination.CcAddresses, destination.BccAddresses].flatMap((list) => (Array.isArray(list) ? list : []));
  if (to.length === 0) throw bad('Destination must name at least one recipient.');
  if (to.length > 50) throw bad('A message may have at most 50 recipients.');
  if (!to.every((address): address is string => typeof address === 'string' && emailAddressOf(address) !== undefined)) {
    throw bad('Every recipient must be an email address.');
  }
  if (body.Content?.Raw !== undefined || body.Content?.Template !== undefined) {
    throw bad('The local SES accepts Content.Simple only (the product sends no raw or templated email).');
  }
  const simple = body.Content?.Simple;
  const subject = simple?.Subject?.Data;
  const text = simple?.Body?.Text?.Data;
  const html = simple?.Body?.Html?.Data;
  if (typeof subject !== 'string' || subject === '') throw bad('Content.Simple.Subject.Data is required.');
  if (typeof text !== 'string' && typeof html !== 'string') throw bad('Content.Simple.Body needs Text or Html.');
  return {
    from,
    to,
    subject,
    ...(typeof text === 'string' ? { text } : {}),
    ...(typeof html === 'string' ? { html } : {}),
  };
}
