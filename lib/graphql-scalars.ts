import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { ErrorCode } from './errors';
import { parseIsoDate, parseIsoDateTime } from './iso-dates';

function parseDateTime(value: unknown): Date {
  const date = typeof value === 'string' ? parseIsoDateTime(value) : null;
  if (!date) {
    throw new GraphQLError('DateTime must be an ISO 8601 date and time with a time zone.', {
      extensions: { code: ErrorCode.BadUserInput },
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
      throw new GraphQLError('DateTime must be a string.', { extensions: { code: ErrorCode.BadUserInput } });
    }
    return parseDateTime(ast.value);
  },
});

/** A calendar date travels as `YYYY-MM-DD` and lives as a Date at 00:00 UTC (PostgreSQL `date`). */
function parseCalendarDate(value: unknown): Date {
  const date = typeof value === 'string' ? parseIsoDate(value) : null;
  if (!date) {
    throw new GraphQLError('Date must be a calendar date as YYYY-MM-DD.', {
      extensions: { code: ErrorCode.BadUserInput },
    });
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
      throw new GraphQLError('Date must be a string.', { extensions: { code: ErrorCode.BadUserInput } });
    }
    return parseCalendarDate(ast.value);
  },
});
