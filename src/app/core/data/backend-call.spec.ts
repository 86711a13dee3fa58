import {
  BackendError,
  DEFAULT_MESSAGES,
  backendCall,
  backendPage,
  fromGraphQlError,
  listAllPages,
  toBackendError,
  type GraphQlErrorLike,
} from './backend-call';

async function failureOf(call: Promise<unknown>): Promise<BackendError> {
  try {
    await call;
  } catch (thrown) {
    expect(thrown).toBeInstanceOf(BackendError);
    return thrown as BackendError;
  }
  throw new Error('expected the call to fail');
}

function failing(...errors: GraphQlErrorLike[]) {
  return Promise.resolve({ data: null, errors });
}

describe('backendCall', () => {
  it('should return the data when the call has no errors', async () => {
    expect(await backendCall(Promise.resolve({ data: { id: 'c1' } }))).toEqual({ id: 'c1' });
  });

  it('should return null data when the call has an empty errors list', async () => {
    expect(await backendCall(Promise.resolve({ data: null, errors: [] }))).toBeNull();
  });

  it('should throw the first error when the call has several', async () => {
    const error = await failureOf(backendCall(failing({ message: 'NotFound: no course c1' }, { message: 'Conflict: later' })));
    expect(error.kind).toBe('not-found');
  });

  it('should turn a function "Conflict: …" message into a conflict with that sentence when AppSync reports Lambda:Unhandled', async () => {
    const error = await failureOf(
      backendCall(failing({ errorType: 'Lambda:Unhandled', message: 'Conflict: publish at least one lesson with a ready video first' })),
    );
    expect(error.kind).toBe('conflict');
    expect(error.message).toBe('Publish at least one lesson with a ready video first.');
    expect(error.errorType).toBe('Conflict');
  });

  it('should keep the punctuation of a detail when it already ends a sentence', async () => {
    const error = await failureOf(backendCall(failing({ message: 'Conflict: 3 students are enrolled. Unpublish instead!' })));
    expect(error.message).toBe('3 students are enrolled. Unpublish instead!');
  });

  it('should keep the case of an email address when the detail starts with one', async () => {
    const error = await failureOf(backendCall(failing({ message: 'Conflict: friend@example.com is already enrolled in this course' })));
    expect(error.message).toBe('friend@example.com is already enrolled in this course.');
  });

  it('should reject with a network error when the client rejects with a TypeError from fetch', async () => {
    const error = await failureOf(backendCall(Promise.reject(new TypeError('Failed to fetch'))));
    expect(error.kind).toBe('network');
    expect(error.message).toBe(DEFAULT_MESSAGES.network);
  });

  it('should reject with a network error when Amplify wraps a NetworkError as a GraphQL error', async () => {
    const error = await failureOf(
      backendCall(failing({ message: 'A network error has occurred.', originalError: { name: 'NetworkError' } })),
    );
    expect(error.kind).toBe('network');
  });

  it('should reject with a network error when the service worker answers 504 for a request it could not send', async () => {
    const error = await failureOf(
      backendCall(failing({ message: 'Unknown error', originalError: { name: 'UnknownError', response: { statusCode: 504, body: '' } } })),
    );
    expect(error.kind).toBe('network');
  });

  it('should reject with the GraphQL error when the client rejects with a result carrying errors', async () => {
    const error = await failureOf(backendCall(Promise.reject({ data: null, errors: [{ message: 'NotReady: still transcoding' }] })));
    expect(error.kind).toBe('not-ready');
    expect(error.message).toBe('Still transcoding.');
  });

  it('should reject with a server error when the client rejects with something that is not an Error', async () => {
    expect((await failureOf(backendCall(Promise.reject('boom')))).kind).toBe('server');
  });

  describe('when the API\'s web ACL blocks the request (its per-IP rate limit)', () => {
    /** What aws-amplify resolves with for AppSync's 403: the answer it could not read as GraphQL, under 'Unknown error'. */
    const wafAnswer = (body: string, name = 'UnknownError'): GraphQlErrorLike => ({
      message: 'Unknown error',
      originalError: { name, response: { statusCode: 403, body } },
    });
    const wafBody = JSON.stringify({ errors: [{ errorType: 'WAFForbiddenException', message: '403 Forbidden' }] });

    it('should tell the person to wait when the 403 answer names WAFForbiddenException', async () => {
      const error = await failureOf(backendCall(failing(wafAnswer(wafBody))));
      expect(error.message).toBe('Too many requests from your network. Wait a few minutes and try again.');
    });

    it('should keep WAFForbiddenException as the error type when the block is mapped', async () => {
      const error = await failureOf(backendCall(failing(wafAnswer(wafBody))));
      expect(error.errorType).toBe('WAFForbiddenException');
    });

    it('should be throttled when Amplify names the error from an x-amzn-ErrorType header', async () => {
      const error = await failureOf(backendCall(failing(wafAnswer('', 'WAFForbiddenException'))));
      expect(error.kind).toBe('throttled');
    });

    it('should stay a server error when a 403 answer is not JSON', async () => {
      const error = await failureOf(backendCall(failing(wafAnswer('<html>Forbidden</html>'))));
      expect(error.kind).toBe('server');
    });
  });
});

describe('fromGraphQlError', () => {
  const functionKinds: [string, BackendError['kind']][] = [
    ['BadRequest', 'invalid'],
    ['Unauthorized', 'unauthorized'],
    ['NotFound', 'not-found'],
    ['Conflict', 'conflict'],
    ['NotReady', 'not-ready'],
  ];
  for (const [prefix, kind] of functionKinds) {
    it(`should map a function's "${prefix}: …" message to ${kind} with its detail as the message`, () => {
      const error = fromGraphQlError({ errorType: 'Lambda:Unhandled', message: `${prefix}: the detail for a person` });
      expect([error.kind, error.message]).toEqual([kind, 'The detail for a person.']);
    });
  }

  it('should hide the text of an InternalFailure behind the server message', () => {
    const error = fromGraphQlError({ errorType: 'Lambda:Unhandled', message: 'InternalFailure: the request could not be completed' });
    expect([error.kind, error.message]).toEqual(['server', DEFAULT_MESSAGES.server]);
  });

  const appSyncTypes: [string, BackendError['kind']][] = [
    ['Unauthorized', 'unauthorized'],
    ['UnauthorizedException', 'unauthorized'],
    ['DynamoDB:ConditionalCheckFailedException', 'conflict'],
    ['DynamoDB:TransactionCanceledException', 'conflict'],
    ['ValidationError', 'invalid'],
    ['BadRequestException', 'invalid'],
    ['MalformedHttpRequestException', 'invalid'],
    ['Lambda:Unhandled', 'server'],
    ['InternalFailure', 'server'],
  ];
  for (const [errorType, kind] of appSyncTypes) {
    it(`should map errorType ${errorType} to ${kind} with the fixed message for a person`, () => {
      const error = fromGraphQlError({ errorType, message: 'Not Authorized to access adminCreateCourse on type Mutation' });
      expect([error.kind, error.message, error.errorType]).toEqual([kind, DEFAULT_MESSAGES[kind], errorType]);
    });
  }

  it('should map the message Amplify gives a refused request to unauthorized when it has no errorType', () => {
    expect(fromGraphQlError({ message: 'Unauthorized' }).kind).toBe('unauthorized');
  });

  it('should map a 401 that Amplify wrapped with its original error name to unauthorized', () => {
    expect(fromGraphQlError({ message: 'Token has expired.', originalError: { name: 'UnauthorizedException' } }).kind).toBe('unauthorized');
  });

  it('should not treat a developer message with a colon as a function message', () => {
    const error = fromGraphQlError({ errorType: 'ValidationError', message: "Validation error of type WrongType: argument 'priceCents'" });
    expect([error.kind, error.message]).toEqual(['invalid', DEFAULT_MESSAGES.invalid]);
  });

  it('should map an unknown failure without errorType to server', () => {
    expect(fromGraphQlError({ message: 'Lambda timed out' }).kind).toBe('server');
  });

  it('should map a missing message to server', () => {
    expect(fromGraphQlError({}).kind).toBe('server');
  });
});

describe('toBackendError', () => {
  it('should return the same BackendError when given one', () => {
    const original = new BackendError('conflict', 'Taken.');
    expect(toBackendError(original)).toBe(original);
  });

  it('should map an offline Error to network', () => {
    expect(toBackendError(new Error('offline')).kind).toBe('network');
  });
});

describe('backendPage', () => {
  it('should return the items without null holes and the next token', async () => {
    const page = await backendPage(Promise.resolve({ data: [1, null, 2], nextToken: 't2' }));
    expect(page).toEqual({ items: [1, 2], nextToken: 't2' });
  });

  it('should report no next page when the token is missing', async () => {
    expect((await backendPage(Promise.resolve({ data: [] }))).nextToken).toBeNull();
  });

  it('should throw a BackendError when the page has errors', async () => {
    const error = await failureOf(backendPage(Promise.resolve({ data: [], errors: [{ errorType: 'Unauthorized', message: 'no' }] })));
    expect(error.kind).toBe('unauthorized');
  });
});

describe('listAllPages', () => {
  it('should follow nextToken until the last page', async () => {
    const pages: Record<string, { data: number[]; nextToken: string | null }> = {
      start: { data: [1, 2], nextToken: 'b' },
      b: { data: [3], nextToken: null },
    };
    expect(await listAllPages<number>(async (token) => pages[token ?? 'start'])).toEqual([1, 2, 3]);
  });

  it('should throw a BackendError keeping the errorType when a page fails', async () => {
    const error = await failureOf(
      listAllPages<number>(async () => ({ data: [], errors: [{ message: 'boom', errorType: 'Unauthorized' }] })),
    );
    expect([error.kind, error.errorType]).toEqual(['unauthorized', 'Unauthorized']);
  });
});
