import { decodeGlobalId } from '../../../lib/ids';

/** The raw uuid of a global ID of `type`, or null for an ID of anything else (references answer null). */
export const rawIdOf = (globalId: string, type: string): string | null => {
  const decoded = decodeGlobalId(globalId);
  return decoded?.type === type ? decoded.id : null;
};
