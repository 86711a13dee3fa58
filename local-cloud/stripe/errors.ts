/** An error rendered in Stripe's `{ error: { type, message, code?, param? } }` shape with its HTTP status. */
export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: { type?: string; code?: string; param?: string } = {},
  ) {
    super(message);
  }

  toBody(): { error: Record<string, string> } {
    const { type = 'invalid_request_error', code, param } = this.details;
    return {
      error: {
        type,
        message: this.message,
        ...(code ? { code } : {}),
        ...(param ? { param } : {}),
      },
    };
  }
}

export function missingParam(param: string): StripeApiError {
  return new StripeApiError(400, `Missing required param: ${param}.`, { code: 'parameter_missing', param });
}

export function unknownParam(param: string): StripeApiError {
  return new StripeApiError(400, `Received unknown parameter: ${param}`, { code: 'parameter_unknown', param });
}

export function invalidParam(param: string, message: string): StripeApiError {
  return new StripeApiError(400, message, { code: 'parameter_invalid', param });
}

export function noSuchObject(kind: string, id: string, param = 'id'): StripeApiError {
  return new StripeApiError(404, `No such ${kind}: '${id}'`, { code: 'resource_missing', param });
}
