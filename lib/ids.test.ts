import { AppError, ErrorCode } from './errors';
import { decodeGlobalId, fromGlobalId, toGlobalId } from './ids';

const uuid = '0b6f9a4e-2f0e-4a8e-9a57-3f2b1c0d9e11';

describe('global IDs', () => {
  it('round-trips a type and a uuid through an opaque string', () => {
    const id = toGlobalId('Project', uuid);
    expect(id).not.toContain(uuid);
    expect(decodeGlobalId(id)).toEqual({ type: 'Project', id: uuid });
  });

  it.each(['', 'not-base64!', toGlobalId('Project', 'not-a-uuid'), Buffer.from(`:${uuid}`).toString('base64url')])(
    'decodes %p to null',
    (value) => {
      expect(decodeGlobalId(value)).toBeNull();
    },
  );

  it('rejects an ID of another type with BAD_USER_INPUT naming the field', () => {
    let caught: unknown;
    try {
      fromGlobalId(toGlobalId('User', uuid), 'Project', 'input.projectId');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect(caught).toMatchObject({ code: ErrorCode.BadUserInput, details: { field: 'input.projectId' } });
  });

  it('returns the uuid of an ID of the expected type', () => {
    expect(fromGlobalId(toGlobalId('User', uuid), 'User', 'id')).toBe(uuid);
  });
});
