import { isConcurrentWriteError, isDatabaseBusy, isRecordNotFound, isUniqueViolation } from './errors';

describe('database error classification', () => {
  it('recognises a unique violation from Prisma, from raw SQL and from the driver', () => {
    expect(isUniqueViolation({ code: 'P2002', meta: { target: ['key'] } })).toBe(true);
    expect(isUniqueViolation({ code: 'P2010', meta: { code: '23505' } })).toBe(true);
    expect(isUniqueViolation({ name: 'DriverAdapterError', cause: { code: '23505' } })).toBe(true);
    expect(isUniqueViolation({ code: 'P2003' })).toBe(false);
    expect(isUniqueViolation(new Error('P2002'))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });

  it('recognises a missing record', () => {
    expect(isRecordNotFound({ code: 'P2025' })).toBe(true);
    expect(isRecordNotFound({ code: 'P2002' })).toBe(false);
  });

  it('recognises writes that lost a race: foreign keys, deadlocks, serialization failures', () => {
    for (const error of [{ code: 'P2003' }, { code: 'P2034' }, { code: '40P01' }, { cause: { code: '40001' } }]) {
      expect(isConcurrentWriteError(error)).toBe(true);
    }
    expect(isConcurrentWriteError({ code: 'P2010', meta: { code: '23503' } })).toBe(true);
    expect(isConcurrentWriteError({ code: 'P2010', meta: { code: '42P01' } })).toBe(false);
  });

  it('recognises a database too busy to start a transaction in time, or out of connections', () => {
    expect(isDatabaseBusy({ code: 'P2028' })).toBe(true);
    expect(isDatabaseBusy({ name: 'DriverAdapterError', cause: { code: '53300' } })).toBe(true);
    expect(isDatabaseBusy({ code: 'P2034' })).toBe(false);
  });

  it('does not loop on an error that is its own cause', () => {
    const error: { code: string; cause?: unknown } = { code: 'X' };
    error.cause = error;
    expect(isUniqueViolation(error)).toBe(false);
  });
});
