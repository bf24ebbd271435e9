import { GraphQLError } from 'graphql';
import { ErrorCode, badInput, conflict, forbidden, notFound, toGraphQLError, unauthenticated } from './errors';

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
