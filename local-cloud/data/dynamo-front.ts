import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { readBody } from '../http/read-body';
import type { DynaliteClient, RawResponse } from './dynalite-client';
import { DynamoError, type DynamoErrorBody } from './dynamo-wire';
import { DynamoTransactions, type TransactInput } from './dynamo-transactions';
import { WriteLock } from './write-lock';

const writeOperations = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem']);
const transactionOperations = new Set(['TransactWriteItems', 'TransactGetItems']);

/**
 * DynamoDB's HTTP API in front of dynalite: TransactWriteItems and TransactGetItems are answered
 * here, everything else is relayed. Every write, transactions included, takes one lock, so a
 * transaction is isolated from other writers; plain reads are relayed at once.
 */
export function createDynamoFront(dynalite: DynaliteClient): Server {
  const lock = new WriteLock();
  const transactions = new DynamoTransactions(dynalite.call);

  const transact = (operation: string, body: Buffer): Promise<Record<string, unknown>> => {
    const input = parseInput(body);
    return operation === 'TransactWriteItems' ? transactions.transactWriteItems(input) : transactions.transactGetItems(input);
  };

  const answer = async (operation: string, request: IncomingMessage, body: Buffer): Promise<RawResponse> => {
    // TransactGetItems takes the lock too, so that it never sees half of a write transaction.
    if (transactionOperations.has(operation)) return lock.run(() => jsonAnswer(() => transact(operation, body)));
    if (writeOperations.has(operation)) return lock.run(() => dynalite.forward(request, body));
    return dynalite.forward(request, body);
  };

  return createServer((request: IncomingMessage, response: ServerResponse) => {
    const operation = String(request.headers['x-amz-target'] ?? '').split('.')[1] ?? '';
    readBody(request)
      .then((body) => answer(operation, request, body))
      .catch((error: unknown) =>
        errorAnswer(new DynamoError(500, { __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: String(error) })),
      )
      .then((answered) => {
        response.writeHead(answered.statusCode, { ...answered.headers, 'content-length': answered.body.length });
        response.end(answered.body);
      });
  });
}

function parseInput(body: Buffer): TransactInput {
  try {
    return JSON.parse(body.toString('utf8')) as TransactInput;
  } catch {
    throw new DynamoError(400, { __type: 'com.amazon.coral.service#SerializationException' });
  }
}

async function jsonAnswer(run: () => Promise<Record<string, unknown>>): Promise<RawResponse> {
  try {
    return json(200, await run());
  } catch (error) {
    if (error instanceof DynamoError) return errorAnswer(error);
    throw error;
  }
}

function errorAnswer(error: DynamoError): RawResponse {
  return json(error.statusCode, error.body);
}

function json(statusCode: number, content: Record<string, unknown> | DynamoErrorBody): RawResponse {
  return {
    statusCode,
    headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': randomUUID() },
    body: Buffer.from(JSON.stringify(content)),
  };
}
