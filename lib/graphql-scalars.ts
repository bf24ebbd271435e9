import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseDateTime(value: unknown): Date {
  const date = typeof value === 'string' && isoDateTime.test(value) ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) {
    throw new GraphQLError('DateTime must be an ISO 8601 date and time with a time zone.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return date;
}

export const DateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize(value) {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
    if (typeof value === 'string') return parseDateTime(value).toISOString();
    throw new GraphQLError('DateTime cannot represent this value.');
  },
  parseValue: parseDateTime,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('DateTime must be a string.', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return parseDateTime(ast.value);
  },
});

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date travels as `YYYY-MM-DD` and lives as a Date at 00:00 UTC (PostgreSQL `date`). */
function parseCalendarDate(value: unknown): Date {
  const date = typeof value === 'string' && isoDate.test(value) ? new Date(`${value}T00:00:00.000Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || !date.toISOString().startsWith(value as string)) {
    throw new GraphQLError('Date must be a calendar date as YYYY-MM-DD.', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return date;
}

export const formatCalendarDate = (date: Date): string => date.toISOString().slice(0, 10);

export const CalendarDate = new GraphQLScalarType<Date, string>({
  name: 'Date',
  serialize(value) {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return formatCalendarDate(value);
    if (typeof value === 'string') return formatCalendarDate(parseCalendarDate(value));
    throw new GraphQLError('Date cannot represent this value.');
  },
  parseValue: parseCalendarDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Date must be a string.', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return parseCalendarDate(ast.value);
  },
});
