import { DynamoError, type AttributeMap, type DynamoCall } from './dynamo-wire';
import { planTransaction, writeKinds, type ItemRequest, type PlannedItem, type WriteKind } from './transaction-plan';

type PlannedWrite = PlannedItem<WriteKind>;

interface CancellationReason {
  readonly Code: 'None' | 'ConditionalCheckFailed';
  readonly Message?: string;
  readonly Item?: AttributeMap;
}

export interface TransactInput {
  readonly TransactItems?: unknown;
  readonly ClientRequestToken?: string;
}

/** How long DynamoDB remembers a ClientRequestToken of a transaction that succeeded. */
const tokenLifetimeMs = 10 * 60_000;

/**
 * TransactWriteItems and TransactGetItems over a DynamoDB that has neither (dynalite). The caller
 * runs each one under the lock every other write takes, so nothing interleaves with it. A write
 * transaction applies its items in order as ordinary conditional writes, so dynalite's own
 * evaluator judges the conditions; when one fails, the items already applied get their prior
 * images back and the answer is DynamoDB's TransactionCanceledException.
 */
export class DynamoTransactions {
  private readonly completedTokens = new Map<string, { fingerprint: string; expiresAt: number }>();

  constructor(private readonly call: DynamoCall) {}

  async transactWriteItems(input: TransactInput): Promise<Record<string, unknown>> {
    const fingerprint = JSON.stringify(input.TransactItems);
    // The SDK sends a token with every call and keeps it across retries: a retry of a transaction
    // that succeeded must not apply it twice.
    if (this.alreadyCompleted(input.ClientRequestToken, fingerprint)) return {};
    const writes = await planTransaction(this.call, input.TransactItems, writeKinds);
    await this.applyAll(writes);
    if (input.ClientRequestToken !== undefined) {
      this.completedTokens.set(input.ClientRequestToken, { fingerprint, expiresAt: Date.now() + tokenLifetimeMs });
    }
    return {};
  }

  async transactGetItems(input: TransactInput): Promise<Record<string, unknown>> {
    const gets = await planTransaction(this.call, input.TransactItems, ['Get'] as const);
    const responses: { Item?: AttributeMap }[] = [];
    for (const get of gets) {
      const { TableName, ProjectionExpression, ExpressionAttributeNames } = get.request;
      const { Item } = await this.call('GetItem', {
        TableName,
        Key: get.key,
        ProjectionExpression,
        ExpressionAttributeNames,
        ConsistentRead: true,
      });
      responses.push(Item ? { Item: Item as AttributeMap } : {});
    }
    return { Responses: responses };
  }

  private alreadyCompleted(token: string | undefined, fingerprint: string): boolean {
    const now = Date.now();
    for (const [known, record] of this.completedTokens) if (record.expiresAt <= now) this.completedTokens.delete(known);
    const record = token === undefined ? undefined : this.completedTokens.get(token);
    if (!record) return false;
    if (record.fingerprint !== fingerprint) {
      throw new DynamoError(400, {
        __type: 'com.amazonaws.dynamodb.v20120810#IdempotentParameterMismatchException',
        message: 'The request uses the same client token as a previous, but non-identical request.',
      });
    }
    return true;
  }

  private async applyAll(writes: readonly PlannedWrite[]): Promise<void> {
    const applied: { write: PlannedWrite; prior: AttributeMap | undefined }[] = [];
    for (const [index, write] of writes.entries()) {
      let prior: AttributeMap | undefined;
      try {
        prior = await this.read(write);
        await this.apply(write, prior);
      } catch (error) {
        await this.restore(applied);
        if (!isConditionFailure(error)) throw error;
        throw await this.cancellation(writes, index, prior);
      }
      applied.push({ write, prior });
    }
  }

  private async apply(write: PlannedWrite, prior: AttributeMap | undefined): Promise<void> {
    const { TableName, UpdateExpression, ConditionExpression, ExpressionAttributeNames, ExpressionAttributeValues } = write.request;
    const condition = { ConditionExpression, ExpressionAttributeNames, ExpressionAttributeValues };
    switch (write.kind) {
      case 'Put':
        await this.call('PutItem', { TableName, Item: write.request.Item, ...condition });
        return;
      case 'Update':
        await this.call('UpdateItem', { TableName, Key: write.key, UpdateExpression, ...condition });
        return;
      case 'Delete':
        await this.call('DeleteItem', { TableName, Key: write.key, ...condition });
        return;
      case 'ConditionCheck':
        await this.check(write, prior);
    }
  }

  /** A conditional write that changes nothing, so that dynalite evaluates the item's condition. */
  private async check(write: PlannedWrite, prior: AttributeMap | undefined): Promise<void> {
    const condition = conditionOnly(write.request);
    if (condition.ConditionExpression === undefined) return;
    const { TableName } = write.request;
    if (prior) await this.call('PutItem', { TableName, Item: prior, ...condition });
    else await this.call('DeleteItem', { TableName, Key: write.key, ...condition });
  }

  /** Every item gets its reason, as DynamoDB reports all failing conditions and not only the first. */
  private async cancellation(
    writes: readonly PlannedWrite[],
    failedIndex: number,
    failedPrior: AttributeMap | undefined,
  ): Promise<DynamoError> {
    const reasons = writes.map((write, index): CancellationReason =>
      index === failedIndex ? conditionFailed(write, failedPrior) : { Code: 'None' },
    );
    // No two items share a key, so each later item's condition sees exactly what it would have seen.
    for (const [index, write] of writes.entries()) {
      if (index <= failedIndex) continue;
      const prior = await this.read(write);
      if (!(await this.holds(write, prior))) reasons[index] = conditionFailed(write, prior);
    }
    const codes = reasons.map((reason) => reason.Code).join(', ');
    return new DynamoError(400, {
      __type: 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException',
      Message: `Transaction cancelled, please refer cancellation reasons for specific reasons [${codes}]`,
      CancellationReasons: reasons,
    });
  }

  private async holds(write: PlannedWrite, prior: AttributeMap | undefined): Promise<boolean> {
    try {
      await this.check(write, prior);
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  private async read(write: PlannedWrite): Promise<AttributeMap | undefined> {
    const { Item } = await this.call('GetItem', { TableName: write.request.TableName, Key: write.key, ConsistentRead: true });
    return Item as AttributeMap | undefined;
  }

  private async restore(applied: readonly { write: PlannedWrite; prior: AttributeMap | undefined }[]): Promise<void> {
    for (const { write, prior } of [...applied].reverse()) {
      if (write.kind === 'ConditionCheck') continue;
      const { TableName } = write.request;
      if (prior) await this.call('PutItem', { TableName, Item: prior });
      else await this.call('DeleteItem', { TableName, Key: write.key });
    }
  }
}

function isConditionFailure(error: unknown): boolean {
  return error instanceof DynamoError && error.code === 'ConditionalCheckFailedException';
}

function conditionFailed(write: PlannedWrite, prior: AttributeMap | undefined): CancellationReason {
  const withItem = write.request.ReturnValuesOnConditionCheckFailure === 'ALL_OLD' && prior !== undefined;
  return { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed', ...(withItem ? { Item: prior } : {}) };
}

/**
 * The item's condition with only the placeholders it uses: an Update's values for its
 * UpdateExpression would be "unused" in a condition-only write, which DynamoDB refuses.
 */
function conditionOnly(
  request: ItemRequest,
): Pick<ItemRequest, 'ConditionExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'> {
  const used = new Set(request.ConditionExpression?.match(/[#:][A-Za-z0-9_]+/g) ?? []);
  const usedOnly = <T>(placeholders: Record<string, T> | undefined): Record<string, T> | undefined => {
    const kept = Object.entries(placeholders ?? {}).filter(([placeholder]) => used.has(placeholder));
    return kept.length > 0 ? Object.fromEntries(kept) : undefined;
  };
  return {
    ConditionExpression: request.ConditionExpression,
    ExpressionAttributeNames: usedOnly(request.ExpressionAttributeNames),
    ExpressionAttributeValues: usedOnly(request.ExpressionAttributeValues),
  };
}
