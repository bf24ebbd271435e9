import { GraphQLError } from 'graphql';
import type { Logger } from '../lib/logger';
import { createFormatError } from './format-error';

function setup(production: boolean) {
  const logged: unknown[] = [];
  const logger = { error: (...args: unknown[]) => logged.push(args) } as unknown as Logger;
  return { format: createFormatError({ production, logger }), logged };
}

describe('formatError', () => {
  it('hides uncoded and internal errors behind a generic message, and logs them', () => {
    const { format, logged } = setup(true);
    const sql = new Error('relation "users" violates constraint users_email_key');
    expect(format({ message: sql.message, path: ['me'] }, sql)).toEqual({
      message: 'Internal server error.',
      path: ['me'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(
      format(
        { message: 'SELECT * FROM x failed', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
        {},
      ),
    ).toEqual({ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(logged)).toContain('violates constraint');
  });

  it('keeps coded errors and their details, without transport or topology extensions', () => {
    const { format } = setup(true);
    const formatted = {
      message: 'Email is taken.',
      path: ['signUp'],
      extensions: { code: 'CONFLICT', field: 'input.email', serviceName: 'users', stacktrace: ['x'], exception: {} },
    };
    expect(format(formatted, new GraphQLError('Email is taken.'))).toEqual({
      message: 'Email is taken.',
      path: ['signUp'],
      extensions: { code: 'CONFLICT', field: 'input.email' },
    });
  });

  it('drops field suggestions from validation errors in production only', () => {
    const error = {
      message: 'Cannot query field "nam" on type "User". Did you mean "name"?',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    };
    expect(setup(true).format(error, undefined).message).toBe('Cannot query field "nam" on type "User".');
    expect(setup(false).format(error, undefined).message).toBe(error.message);
  });

  it('drops suggestions from every error in production, variable coercion errors included', () => {
    const coercion = {
      message:
        'Variable "$input" has an invalid value at "input.dueDat": Field "dueDat" is not defined by type "UpdateWorkItemInput". Did you mean "dueDate"?',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.dueDat' },
    };
    expect(setup(true).format(coercion, undefined).message).toBe(
      'Variable "$input" has an invalid value at "input.dueDat": Field "dueDat" is not defined by type "UpdateWorkItemInput".',
    );
    const enumValue = {
      message:
        'Value "URGNT" does not exist in "WorkItemPriority" enum. Did you mean the enum value "URGENT" or "LOW"?',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    };
    expect(setup(true).format(enumValue, undefined).message).toBe(
      'Value "URGNT" does not exist in "WorkItemPriority" enum.',
    );
  });

  it('turns a code outside the error vocabulary into a logged INTERNAL_SERVER_ERROR', () => {
    const { format, logged } = setup(false);
    expect(
      format(
        {
          message: 'Must provide operation name if query contains multiple operations.',
          extensions: { code: 'INVALID_GRAPHQL' },
        },
        undefined,
      ),
    ).toEqual({ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(logged).toHaveLength(1);
  });
});
