import { toGlobalId } from './ids';

/** A reference to an entity another subgraph owns, by global ID: federation resolves the rest. */
export interface EntityRef {
  id: string;
}

/** A user by raw uuid, as federation references them. */
export const userRef = (userId: string): EntityRef => ({ id: toGlobalId('User', userId) });
