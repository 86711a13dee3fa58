/** DynamoDB JSON (`{ id: { S: '1' } }`); the front passes attribute values through untouched. */
export type AttributeMap = Record<string, unknown>;

/** An error body as DynamoDB sends it; the SDK names the error after the part of `__type` past '#'. */
export interface DynamoErrorBody {
  readonly __type: string;
  readonly message?: string;
  readonly Message?: string;
  readonly [field: string]: unknown;
}

/** One DynamoDB API call (`'PutItem'`, input): resolves with the result or rejects with a DynamoError. */
export type DynamoCall = (operation: string, input: object) => Promise<Record<string, unknown>>;

export class DynamoError extends Error {
  constructor(
    readonly statusCode: number,
    readonly body: DynamoErrorBody,
  ) {
    super(body.message ?? body.Message ?? body.__type);
  }

  /** 'ConditionalCheckFailedException' for `com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException`. */
  get code(): string {
    return this.body.__type.split('#').pop() ?? '';
  }
}

export function validationError(message: string): DynamoError {
  return new DynamoError(400, { __type: 'com.amazon.coral.validate#ValidationException', message });
}
