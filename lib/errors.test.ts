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
});
