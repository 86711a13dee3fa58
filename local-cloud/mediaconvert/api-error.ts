/** An error answered the way the MediaConvert REST API does: status, x-amzn-ErrorType and a message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}
