import { GraphQLError } from 'graphql';
import {
  ErrorCode,
  badInput,
  conflict,
  forbidden,
  httpStatusOf,
  notFound,
  requestErrorExtensions,
  toGraphQLError,
  unauthenticated,
} from './errors';

describe('error mapping', () => {
  it.each([
    [badInput('input.email', 'bad'), 'BAD_USER_INPUT'],
    [unauthenticated(), 'UNAUTHENTICATED'],
    [forbidden(), 'FORBIDDEN'],
    [notFound('Project'), 'NOT_FOUND'],
    [conflict('taken'), 'CONFLICT'],
  ])('maps a domain error to its code', (error, code) => {
    expect(toGraphQLError(error).extensions.code).toBe(code);
  });

  it('keeps the field path of bad input', () => {
    expect(toGraphQLError(badInput('input.slug', 'bad')).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.slug',
    });
  });

  it('hides the message of an unexpected error', () => {
    const mapped = toGraphQLError(new Error('relation "users"."user" does not exist'));
    expect(mapped.message).toBe('Internal server error.');
    expect(mapped.extensions.code).toBe(ErrorCode.InternalServerError);
  });

  it('passes through a GraphQL error that already has a code', () => {
    const error = new GraphQLError('nope', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(toGraphQLError(error)).toBe(error);
  });

  it.each([
    ['a Prisma foreign key failure', { code: 'P2003', meta: { field_name: 'label_id' } }],
    ['a Prisma write conflict or deadlock', { code: 'P2034' }],
    ['a raw query failing on a foreign key', { code: 'P2010', meta: { code: '23503', message: 'fk' } }],
    ['a driver deadlock', { name: 'DriverAdapterError', cause: { code: '40P01' } }],
    ['a serialization failure', { code: '40001' }],
  ])('turns %s into CONFLICT without its details', (_case, error) => {
    const mapped = toGraphQLError(error);
    expect(mapped.extensions).toEqual({ code: 'CONFLICT' });
    expect(mapped.message).toMatch(/reload and try again/);
  });

  it('keeps other database errors opaque', () => {
    expect(toGraphQLError({ code: 'P2010', meta: { code: '42P01' } }).extensions.code).toBe('INTERNAL_SERVER_ERROR');
  });
});

describe('the HTTP status of each code', () => {
  it('is a client error for a request the client must change, a server error for ours', () => {
    for (const [code, status] of Object.entries(httpStatusOf)) {
      if (status === null) continue;
      const serverSide = code === ErrorCode.InternalServerError || code === ErrorCode.ServiceUnavailable;
      const expected = serverSide ? [500, 599] : [200, 499];
      expect({ code, status: status >= expected[0]! && status <= expected[1]! }).toEqual({ code, status: true });
    }
  });

  it('goes with its code into the extensions of an error that ends the request', () => {
    expect(requestErrorExtensions(ErrorCode.BadUserInput, { field: 'input.dueDate' })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.dueDate',
      http: { status: 400 },
    });
    const headers = new Map([['retry-after', '3']]);
    expect(requestErrorExtensions(ErrorCode.TooManyRequests, { retryAfterSeconds: 3 }, { headers })).toEqual({
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds: 3,
      http: { status: 429, headers },
    });
    // @ts-expect-error CONFLICT comes beside data only: no response fails as a whole with it.
    expect(() => requestErrorExtensions(ErrorCode.Conflict)).not.toThrow();
  });
});
