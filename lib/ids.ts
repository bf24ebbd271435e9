import { badInput } from './errors';

export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Opaque global IDs: base64url of `Type:uuid`, so one ID names one entity across the graph. */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}

export function decodeGlobalId(globalId: string): { type: string; id: string } | null {
  if (typeof globalId !== 'string' || globalId.length > 200) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const sep = decoded.indexOf(':');
  if (sep <= 0) return null;
  const type = decoded.slice(0, sep);
  const id = decoded.slice(sep + 1);
  if (!/^[A-Z][A-Za-z]+$/.test(type) || !uuidPattern.test(id)) return null;
  if (toGlobalId(type, id) !== globalId) return null;
  return { type, id };
}

/** The database id behind a global ID of the expected type, or BAD_USER_INPUT naming the field. */
export function fromGlobalId(globalId: string, type: string, field: string): string {
  const decoded = decodeGlobalId(globalId);
  if (!decoded || decoded.type !== type) throw badInput(field, `${field} is not a valid ${type} ID.`);
  return decoded.id;
}
