import type { SignInLimits } from './auth/login-throttle';
import type { PasswordHasher } from './auth/passwords';
import type { EntityCache } from '../../lib/cache/entity-cache';
import type { Epochs } from '../../lib/cache/epochs';
import type { Logger } from '../../lib/logger';
import type { RequestIdentity, Viewer } from '../../lib/viewer';
import type { UsersPrisma } from './db';
import type { Organization } from './generated/prisma/client';
import type { Loaders } from './loaders';
import type { UserMapper } from './mappers';
import type { RemoteNodeLoader } from './node-owners';

export interface AuthSettings {
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  signInLimits: SignInLimits;
  passwords: PasswordHasher;
}

export interface UsersContext {
  /** Who is behind the signed request: the person, the calling service, the client's address. */
  identity: RequestIdentity;
  prisma: UsersPrisma;
  loaders: Loaders;
  /** The person the router vouched for, or null. */
  viewer: Viewer | null;
  /** The calling service for service-to-service requests, or null. */
  service: string | null;
  /** The end client's address as the router saw it (sign-in throttling), or null. */
  clientAddress: string | null;
  /**
   * The user who proved their credentials in this request (signUp, logIn, refreshSession), so the
   * returned session's user can read their own email and preferences before holding a token.
   */
  signedInUserId: string | null;
  auth: AuthSettings;
  /** Signs and verifies invitation tokens (a key derived from it). */
  signingSecret: string;
  /** Invitation emails an organization may send in 24 hours. */
  invitationsPerDay: number;
  logger: Logger;
  /** Whether the viewer may see nodes other subgraphs own (their owners are asked, batched per request). */
  remoteNodes: RemoteNodeLoader;
  /** Bumped after every change of an organization's members, so other services' role caches drop what they hold. */
  accessEpochs?: Epochs;
  /** Users by id shared by the process's requests; `changed(id)` after every committed change of a user row. */
  userCache?: EntityCache<UserMapper>;
  /** Organizations by id shared by the process's requests; `changed(id)` after every committed change of one. */
  organizationCache?: EntityCache<Organization>;
}

/** Whose eyes field visibility is decided for. */
export function selfId(context: UsersContext): string | null {
  return context.viewer?.userId ?? context.signedInUserId;
}
