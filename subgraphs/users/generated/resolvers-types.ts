import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UserMapper as UserMapperModel, OrganizationConnectionMapper as OrganizationConnectionMapperModel, OrganizationEdgeMapper as OrganizationEdgeMapperModel, OrganizationMemberConnectionMapper as OrganizationMemberConnectionMapperModel, OrganizationMemberEdgeMapper as OrganizationMemberEdgeMapperModel, AuthPayloadMapper as AuthPayloadMapperModel, OrganizationInvitationConnectionMapper as OrganizationInvitationConnectionMapperModel, OrganizationInvitationEdgeMapper as OrganizationInvitationEdgeMapperModel, ApiTokenConnectionMapper as ApiTokenConnectionMapperModel, ApiTokenEdgeMapper as ApiTokenEdgeMapperModel, ApiTokenCredentialMapper as ApiTokenCredentialMapperModel, EntityStubMapper as EntityStubMapperModel } from '../mappers';
import type { Organization as OrganizationModel, OrganizationInvitation as OrganizationInvitationModel, ApiToken as ApiTokenModel } from './prisma/client';
import type { UsersContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date and time in ISO 8601 format with a time zone, for example `2026-11-23T09:30:00.000Z`. */
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** The invitation to accept: exactly one of `token` and `invitationId`. */
export type AcceptInvitationInput = {
  /** The invitation's ID, when your account's email address is the invited one. */
  invitationId?: InputMaybe<Scalars['ID']['input']>;
  /** The `token` parameter of the emailed link. */
  token?: InputMaybe<Scalars['String']['input']>;
};

/** The result of `acceptInvitation`. */
export type AcceptInvitationPayload = {
  __typename?: 'AcceptInvitationPayload';
  /** The invitation, accepted. */
  invitation: OrganizationInvitation;
  /** The organization you joined. */
  organization: Organization;
  /** Your role in it. */
  role: OrganizationRole;
};

/**
 * A personal API token: it acts for its owner with the scopes it was given, until it expires or is
 * revoked. Only its owner sees it; its secret is never shown again after `createApiToken`.
 */
export type ApiToken = Node & {
  __typename?: 'ApiToken';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When it stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** The token's opaque global ID. */
  id: Scalars['ID']['output'];
  /** When it was last used, to the minute (uses within a minute of the last recorded one are not recorded); null if never. */
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
  /** The client address of the use recorded last; null if never used. */
  lastUsedIp: Maybe<Scalars['String']['output']>;
  /** The name its owner gave it, to remember what it is for. */
  name: Scalars['String']['output'];
  /** The first characters of the secret (`wg_pat_` and five more), to recognise it; not enough to use it. */
  prefix: Scalars['String']['output'];
  /** When it was revoked; null while it is not. */
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  /** What it may do: `<resource>:read` and `<resource>:write` scopes (see `apiTokenScopes`), at most 50. */
  scopes: Array<Scalars['String']['output']>;
};

/** A page of API tokens. */
export type ApiTokenConnection = {
  __typename?: 'ApiTokenConnection';
  /** The tokens on this page with their cursors. */
  edges: Array<ApiTokenEdge>;
  /** The nodes on this page, in order, without their cursors: the same as `edges { node }`. */
  nodes: Array<ApiToken>;
  /** Pagination details. */
  pageInfo: PageInfo;
  /** How many tokens match in all. */
  totalCount: Scalars['Int']['output'];
};

/** What the router needs to know of a valid API token; service-to-service only. */
export type ApiTokenCredential = {
  __typename?: 'ApiTokenCredential';
  /** When it stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** Its scopes. */
  scopes: Array<Scalars['String']['output']>;
  /** The token's raw ID. */
  tokenId: Scalars['ID']['output'];
  /** The raw ID of the user it acts for. */
  userId: Scalars['ID']['output'];
};

/** An API token in a connection. */
export type ApiTokenEdge = {
  __typename?: 'ApiTokenEdge';
  /** The cursor to resume after this token. */
  cursor: Scalars['String']['output'];
  /** The token. */
  node: ApiToken;
};

/** A scope an API token may be given. */
export type ApiTokenScope = {
  __typename?: 'ApiTokenScope';
  /** What it allows. */
  description: Scalars['String']['output'];
  /** Its name, for example `work_items:read`. */
  name: Scalars['String']['output'];
};

/** A session: tokens to call the API with, and who they belong to. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** A short-lived JWT (15 minutes) to send as `Authorization: Bearer <token>`. */
  accessToken: Scalars['String']['output'];
  /** When the access token expires. */
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  /** A long-lived, single-use token for `refreshSession` and `logOut`. Keep it secret. */
  refreshToken: Scalars['String']['output'];
  /** The signed-in user. */
  user: User;
};

/** A role change in an organization. */
export type ChangeOrganizationMemberRoleInput = {
  /** The organization's ID. */
  organizationId: Scalars['ID']['input'];
  /** The new role. */
  role: OrganizationRole;
  /** The member's user ID. */
  userId: Scalars['ID']['input'];
};

/** The result of `changeOrganizationMemberRole`. */
export type ChangeOrganizationMemberRolePayload = {
  __typename?: 'ChangeOrganizationMemberRolePayload';
  /** The organization. */
  organization: Organization;
  /** Their new role. */
  role: OrganizationRole;
  /** The member. */
  user: User;
};

/** Colour vision modes a client can adapt its palette to. */
export type ColorVisionMode =
  /** No colour perception (achromatopsia): rely on shape, text and pattern only. */
  | 'ACHROMATOPSIA'
  /** Green-weak or green-blind (deuteranopia/deuteranomaly). */
  | 'DEUTERANOPIA'
  /** No adjustment. */
  | 'NONE'
  /** Red-weak or red-blind (protanopia/protanomaly). */
  | 'PROTANOPIA'
  /** Blue-yellow deficiency (tritanopia/tritanomaly). */
  | 'TRITANOPIA';

/** A comment on a work item. */
export type Comment = Node & {
  __typename?: 'Comment';
  /** The comment's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** A new personal API token. */
export type CreateApiTokenInput = {
  /** When it stops working: in the future and at most a year from now; 90 days from now when omitted. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What it is for, 1-100 characters. */
  name: Scalars['String']['input'];
  /** Its scopes, at least one, each a name of `apiTokenScopes`; a write scope includes the read scope of its resource. */
  scopes: Array<Scalars['String']['input']>;
};

/** The result of `createApiToken`. */
export type CreateApiTokenPayload = {
  __typename?: 'CreateApiTokenPayload';
  /** The new token. */
  apiToken: ApiToken;
  /** The secret, `wg_pat_` and 49 characters: shown this once, store it safely. */
  token: Scalars['String']['output'];
};

/** The details of a new organization. */
export type CreateOrganizationInput = {
  /** The display name, 1-100 characters. */
  name: Scalars['String']['input'];
  /** The URL slug: 3-40 lowercase letters, digits and hyphens, starting with a letter; unique. */
  slug: Scalars['String']['input'];
};

/** The result of `createOrganization`. */
export type CreateOrganizationPayload = {
  __typename?: 'CreateOrganizationPayload';
  /** The new organization. */
  organization: Organization;
};

/** A custom field defined for a project's items. */
export type CustomField = Node & {
  __typename?: 'CustomField';
  /** The field's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** A page of charts, owned by a person and shared as they choose. */
export type Dashboard = Node & {
  __typename?: 'Dashboard';
  /** The dashboard's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** One chart on a dashboard: a metric of a population with its parameters. */
export type DashboardWidget = Node & {
  __typename?: 'DashboardWidget';
  /** The widget's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** The invitation to decline: exactly one of `token` and `invitationId`. */
export type DeclineInvitationInput = {
  /** The invitation's ID, when your account's email address is the invited one. */
  invitationId?: InputMaybe<Scalars['ID']['input']>;
  /** The `token` parameter of the emailed link. */
  token?: InputMaybe<Scalars['String']['input']>;
};

/** The result of `declineInvitation`. */
export type DeclineInvitationPayload = {
  __typename?: 'DeclineInvitationPayload';
  /** The invitation, declined. */
  invitation: OrganizationInvitation;
};

/** The organization to delete, and its slug typed again. */
export type DeleteOrganizationInput = {
  /** The organization's slug, repeated to confirm that this is the organization to delete. */
  confirmSlug: Scalars['String']['input'];
  /** The organization's ID. */
  organizationId: Scalars['ID']['input'];
};

/** The result of `deleteOrganization`. */
export type DeleteOrganizationPayload = {
  __typename?: 'DeleteOrganizationPayload';
  /** The ID of the deleted organization. */
  deletedOrganizationId: Scalars['ID']['output'];
};

/**
 * A file: an attachment of a work item or comment, or a project document. Its content is its current
 * version's; earlier versions stay in `versions`.
 */
export type File = Node & {
  __typename?: 'File';
  /** The file's opaque global ID. */
  id: Scalars['ID']['output'];
};

/**
 * A signed upload: send the file's bytes to `url` before `expiresAt`, then call `completeUpload`. With
 * `method` PUT, send the bytes as the body with `headers`. With POST, send a multipart form with every
 * field of `fields` first, then the file as the field named `file`.
 */
export type FileUpload = Node & {
  __typename?: 'FileUpload';
  /** The upload's opaque global ID: pass it to `completeUpload`. */
  id: Scalars['ID']['output'];
};

/** One uploaded version of a file. */
export type FileVersion = Node & {
  __typename?: 'FileVersion';
  /** The version's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** One field changed by one change of a work item. */
export type HistoryEntry = Node & {
  __typename?: 'HistoryEntry';
  /** The entry's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** Where an invitation stands. */
export type InvitationStatus =
  /** The invitee joined the organization. */
  | 'ACCEPTED'
  /** The invitee declined. */
  | 'DECLINED'
  /** Not answered within 7 days; inviting the address again sends a new link. */
  | 'EXPIRED'
  /** Sent and not answered yet; its link works until it expires. */
  | 'PENDING'
  /** An OWNER or ADMIN withdrew it, or its sender lost the right to invite with its role. */
  | 'REVOKED';

/** Who to invite to an organization. */
export type InviteOrganizationMemberInput = {
  /** The email address to invite; it need not belong to an account yet. */
  email: Scalars['String']['input'];
  /** The organization's ID. */
  organizationId: Scalars['ID']['input'];
  /** The role they get on accepting. */
  role: OrganizationRole;
};

/** The result of `inviteOrganizationMember`: the same for every address that is not a member's. */
export type InviteOrganizationMemberPayload = {
  __typename?: 'InviteOrganizationMemberPayload';
  /** The invitation, pending. */
  invitation: OrganizationInvitation;
};

/** A label to group and find items. */
export type Label = Node & {
  __typename?: 'Label';
  /** The label's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** A link shown beside the files of a work item, comment or project: at most one per (target, URL). */
export type LinkAttachment = Node & {
  __typename?: 'LinkAttachment';
  /** The link's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** Credentials to sign in with. */
export type LogInInput = {
  /** The account's email address. */
  email: Scalars['String']['input'];
  /** The account's password. */
  password: Scalars['String']['input'];
};

/** The session to end. */
export type LogOutInput = {
  /** A refresh token of the session to end. */
  refreshToken: Scalars['String']['input'];
};

/** The result of `logOut`. */
export type LogOutPayload = {
  __typename?: 'LogOutPayload';
  /** True once the session has ended (also when it had already ended). */
  success: Scalars['Boolean']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Accepts an invitation and joins its organization with its role. Pass the `token` of the emailed
   * link (it works once, for whoever is signed in: keep it private), or the `invitationId` when your
   * account's email address is the invited one. BAD_USER_INPUT for a malformed or forged token;
   * NOT_FOUND when the invitation does not exist, is not yours, has expired or was already accepted,
   * declined or revoked; CONFLICT when you already are a member.
   */
  acceptInvitation: AcceptInvitationPayload;
  /** Changes a member's role. Requires ADMIN or OWNER; only an OWNER grants or takes away OWNER; the last OWNER stays OWNER. */
  changeOrganizationMemberRole: ChangeOrganizationMemberRolePayload;
  /**
   * Creates a personal API token for scripts and integrations: send it as `Authorization: Bearer
   * wg_pat_...`. The secret is in the payload this once and never again. Only a signed-in session may
   * create tokens: a request authenticated by an API token gets FORBIDDEN.
   */
  createApiToken: CreateApiTokenPayload;
  /** Creates an organization; the caller becomes its OWNER. */
  createOrganization: CreateOrganizationPayload;
  /** Declines an invitation, by token or by ID as for `acceptInvitation`: its link stops working. */
  declineInvitation: DeclineInvitationPayload;
  /**
   * Deletes an organization for good, with everything in it: its memberships and invitations at once
   * (every role in it ends with the answer), then in every other service, as the
   * `organization.deleted` event reaches it, each of its projects as `deleteProject` deletes one
   * (archived or not: each gets a `project.deleted`), its teams, dashboards, file limits, webhook
   * endpoints and version control connections. Accounts stay: people keep their other organizations.
   * Requires OWNER; `confirmSlug` must repeat the organization's slug (BAD_USER_INPUT on
   * `input.confirmSlug` otherwise). Nothing can be restored.
   */
  deleteOrganization: DeleteOrganizationPayload;
  /**
   * Invites someone to an organization by email address; they join when they accept (see
   * `acceptInvitation`). Requires ADMIN or OWNER; only an OWNER invites OWNERs. The answer is the same
   * whether or not the address belongs to an account: an email with a link goes out either way (an
   * invitation to sign up for unknown addresses), and an account holder also gets an in-app
   * notification. CONFLICT when the address belongs to a member already. Inviting an address with an
   * invitation of this organization sends it again: a new link (the old one stops working), a new
   * expiry, the new role. At most 50 invitations (new or sent again) per organization in 24 hours:
   * TOO_MANY_REQUESTS beyond that.
   */
  inviteOrganizationMember: InviteOrganizationMemberPayload;
  /** Signs in with email and password. Wrong credentials get one generic UNAUTHENTICATED error. */
  logIn: AuthPayload;
  /** Ends the session the refresh token belongs to (its whole rotation family). */
  logOut: LogOutPayload;
  /** Exchanges a refresh token for a new session. The old token stops working; reusing it revokes the whole session family. */
  refreshSession: AuthPayload;
  /**
   * Removes a member. Requires ADMIN or OWNER (members may remove themselves); the last OWNER cannot be
   * removed. The person loses access to the organization's projects, teams and live subscriptions at
   * once; their project and team memberships in it are then removed, so joining again later does not
   * bring them back.
   */
  removeOrganizationMember: RemoveOrganizationMemberPayload;
  /** Revokes one of your API tokens: the next request that carries it gets UNAUTHENTICATED. NOT_FOUND for another person's token. */
  revokeApiToken: RevokeApiTokenPayload;
  /** Withdraws a pending invitation: its link stops working. Requires ADMIN or OWNER of its organization; CONFLICT when it was already answered, revoked or has expired. */
  revokeOrganizationInvitation: RevokeOrganizationInvitationPayload;
  /** Creates an account and signs in. Fails with CONFLICT when the email is taken. */
  signUp: AuthPayload;
  /**
   * Hands your ownership of an organization to another member in one step: they become OWNER and you
   * become ADMIN, with an `organization.member_role_changed` event for each. Other OWNERs stay OWNERs.
   * Requires OWNER; the new owner must be a member already (NOT_FOUND on `input.userId` otherwise).
   */
  transferOrganizationOwnership: TransferOrganizationOwnershipPayload;
  /** Updates the signed-in user's profile. */
  updateMe: UpdateMePayload;
  /** Updates the signed-in user's preferences, including accessibility settings. */
  updateMyPreferences: UpdateMyPreferencesPayload;
  /**
   * Renames an organization or changes its slug; omitted fields keep their value. The name takes ADMIN
   * or OWNER, the slug OWNER (links with the old slug stop working: `organizationBySlug` no longer finds
   * it). CONFLICT on `input.slug` when another organization has the slug.
   */
  updateOrganization: UpdateOrganizationPayload;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationChangeOrganizationMemberRoleArgs = {
  input: ChangeOrganizationMemberRoleInput;
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


export type MutationDeclineInvitationArgs = {
  input: DeclineInvitationInput;
};


export type MutationDeleteOrganizationArgs = {
  input: DeleteOrganizationInput;
};


export type MutationInviteOrganizationMemberArgs = {
  input: InviteOrganizationMemberInput;
};


export type MutationLogInArgs = {
  input: LogInInput;
};


export type MutationLogOutArgs = {
  input: LogOutInput;
};


export type MutationRefreshSessionArgs = {
  input: RefreshSessionInput;
};


export type MutationRemoveOrganizationMemberArgs = {
  input: RemoveOrganizationMemberInput;
};


export type MutationRevokeApiTokenArgs = {
  input: RevokeApiTokenInput;
};


export type MutationRevokeOrganizationInvitationArgs = {
  input: RevokeOrganizationInvitationInput;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationTransferOrganizationOwnershipArgs = {
  input: TransferOrganizationOwnershipInput;
};


export type MutationUpdateMeArgs = {
  input: UpdateMeInput;
};


export type MutationUpdateMyPreferencesArgs = {
  input: UpdateMyPreferencesInput;
};


export type MutationUpdateOrganizationArgs = {
  input: UpdateOrganizationInput;
};

/**
 * An object with a globally unique, opaque ID. Any such ID can be passed to `Query.node` to fetch the
 * object, whichever service owns it.
 */
export type Node = {
  /** The object's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** Something that happened that concerns you. */
export type Notification = Node & {
  __typename?: 'Notification';
  /** The notification's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** An organization: the top-level container of people, teams and projects. */
export type Organization = Node & {
  __typename?: 'Organization';
  /** When the organization was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The organization's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The organization's invitations, oldest first. Visible to its OWNERs and ADMINs; empty for other members. */
  invitations: OrganizationInvitationConnection;
  /**
   * The organization's members, oldest first; with `search`, those whose name starts with it or has a
   * later word starting with it (ignoring case), best matches first: for assignee pickers and @mentions.
   */
  members: OrganizationMemberConnection;
  /** The organization's display name. */
  name: Scalars['String']['output'];
  /** The organization's unique URL slug: 3-40 lowercase letters, digits and hyphens. */
  slug: Scalars['String']['output'];
  /** The caller's role in this organization. */
  viewerRole: OrganizationRole;
};


/** An organization: the top-level container of people, teams and projects. */
export type OrganizationInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<InvitationStatus>;
};


/** An organization: the top-level container of people, teams and projects. */
export type OrganizationMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A page of organizations. */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  /** The organizations on this page with their cursors. */
  edges: Array<OrganizationEdge>;
  /** The nodes on this page, in order, without their cursors: the same as `edges { node }`. */
  nodes: Array<Organization>;
  /** Pagination details. */
  pageInfo: PageInfo;
  /** How many organizations there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** An organization in a connection. */
export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** The cursor to resume after this organization. */
  cursor: Scalars['String']['output'];
  /** The organization. */
  node: Organization;
  /** The user's role in this organization. */
  role: OrganizationRole;
};

/**
 * An invitation to join an organization, sent to an email address. Visible to the organization's
 * OWNERs and ADMINs and to the person signed in with the invited address (or who accepted it).
 */
export type OrganizationInvitation = Node & {
  __typename?: 'OrganizationInvitation';
  /** The invited email address. */
  email: Scalars['String']['output'];
  /** When its link stops working, 7 days after it was sent. */
  expiresAt: Scalars['DateTime']['output'];
  /** The invitation's opaque global ID. */
  id: Scalars['ID']['output'];
  /** Who sent it (or sent it last). */
  invitedBy: User;
  /** The organization it invites to. Its name and slug are readable by the invitee; other fields need a membership. */
  organization: Organization;
  /** When it was accepted, declined or revoked; null while pending or expired. */
  respondedAt: Maybe<Scalars['DateTime']['output']>;
  /** The role the invitee gets on accepting. */
  role: OrganizationRole;
  /** When it was sent, or last sent again. */
  sentAt: Scalars['DateTime']['output'];
  /** Where it stands. */
  status: InvitationStatus;
};

/** A page of invitations. */
export type OrganizationInvitationConnection = {
  __typename?: 'OrganizationInvitationConnection';
  /** The invitations on this page with their cursors. */
  edges: Array<OrganizationInvitationEdge>;
  /** The nodes on this page, in order, without their cursors: the same as `edges { node }`. */
  nodes: Array<OrganizationInvitation>;
  /** Pagination details. */
  pageInfo: PageInfo;
  /** How many invitations there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** An invitation in a connection. */
export type OrganizationInvitationEdge = {
  __typename?: 'OrganizationInvitationEdge';
  /** The cursor to resume after this invitation. */
  cursor: Scalars['String']['output'];
  /** The invitation. */
  node: OrganizationInvitation;
};

/** A page of organization members. */
export type OrganizationMemberConnection = {
  __typename?: 'OrganizationMemberConnection';
  /** The members on this page with their cursors. */
  edges: Array<OrganizationMemberEdge>;
  /** The nodes on this page, in order, without their cursors: the same as `edges { node }`. */
  nodes: Array<User>;
  /** Pagination details. */
  pageInfo: PageInfo;
  /** How many members the organization has. */
  totalCount: Scalars['Int']['output'];
};

/** A member of an organization, in a connection. */
export type OrganizationMemberEdge = {
  __typename?: 'OrganizationMemberEdge';
  /** The cursor to resume after this member. */
  cursor: Scalars['String']['output'];
  /** When the member joined the organization. */
  joinedAt: Scalars['DateTime']['output'];
  /** The member. */
  node: User;
  /** The member's role. */
  role: OrganizationRole;
};

/** Roles in an organization, from most to least powerful. */
export type OrganizationRole =
  /** Manages members (except owners) and teams; ADMIN in every project of the organization. */
  | 'ADMIN'
  /** Works only in the projects they are added to; cannot create projects or teams. */
  | 'GUEST'
  /** Creates projects and teams and works in the projects they have a role in. */
  | 'MEMBER'
  /** Full control, including the organization's owners; ADMIN in every project of the organization. */
  | 'OWNER';

/** An (organization, user) pair for the internal role lookup. */
export type OrganizationRoleKey = {
  /** The organization's ID. */
  organizationId: Scalars['ID']['input'];
  /** The user's ID. */
  userId: Scalars['ID']['input'];
};

/** Pagination details of a connection page (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last edge of this page, or null when the page is empty; pass it as `after`. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether a page precedes this one. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first edge of this page, or null when the page is empty. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A project: where work is planned and tracked, inside one organization. */
export type Project = Node & {
  __typename?: 'Project';
  /** The project's opaque global ID. */
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * Service-to-service check of a personal API token, by the SHA-256 of its secret, for the router; not
   * part of the public API. Null when no token has that hash, or it is revoked or expired (the caller
   * learns no more). Records the use (time and client address) at most once a minute per token.
   */
  apiTokenCredential: Maybe<ApiTokenCredential>;
  /** Every scope an API token may be given, read before write for each resource (at most 50). */
  apiTokenScopes: Array<ApiTokenScope>;
  /** Your personal API tokens, newest first, without their secrets. */
  apiTokens: ApiTokenConnection;
  /** The signed-in user. Fails with UNAUTHENTICATED without a valid access token. */
  me: User;
  /** Fetches any object by its global ID, or null when it does not exist or you may not see it. */
  node: Maybe<Node>;
  /** An organization you belong to, by ID; NOT_FOUND when it does not exist or you are not a member. */
  organization: Organization;
  /**
   * Service-to-service lookup of who administers an organization now: the raw IDs of its OWNERs and
   * ADMINs, sorted (notifications tells them of disabled webhook endpoints); not part of the public API.
   * Empty for an unknown organization.
   */
  organizationAdminIds: Array<Scalars['ID']['output']>;
  /** An organization you belong to, by its URL slug; NOT_FOUND when it does not exist or you are not a member. */
  organizationBySlug: Organization;
  /** Service-to-service lookup of organization roles; not part of the public API. */
  organizationRoles: Array<Maybe<OrganizationRole>>;
  /** A user by ID, or null when there is no such user. Requires a signed-in caller. */
  user: Maybe<User>;
  /**
   * Service-to-service lookup of the contact details notifications need; not part of the public API.
   * Answers in the order of `ids`, with null for an unknown user.
   */
  userContacts: Array<Maybe<UserContact>>;
};


export type QueryApiTokenCredentialArgs = {
  clientAddress?: InputMaybe<Scalars['String']['input']>;
  tokenHash: Scalars['String']['input'];
};


export type QueryApiTokensArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRevoked?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationAdminIdsArgs = {
  organizationId: Scalars['ID']['input'];
};


export type QueryOrganizationBySlugArgs = {
  slug: Scalars['String']['input'];
};


export type QueryOrganizationRolesArgs = {
  keys: Array<OrganizationRoleKey>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUserContactsArgs = {
  ids: Array<Scalars['ID']['input']>;
};

/** The refresh token to rotate. */
export type RefreshSessionInput = {
  /** A refresh token from `signUp`, `logIn` or a previous `refreshSession`. */
  refreshToken: Scalars['String']['input'];
};

/** A planned version or milestone of a project (a fix version in Jira, a milestone in Linear): items are planned for it. */
export type Release = Node & {
  __typename?: 'Release';
  /** The release's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** A member to remove from an organization. */
export type RemoveOrganizationMemberInput = {
  /** The organization's ID. */
  organizationId: Scalars['ID']['input'];
  /** The member's user ID. */
  userId: Scalars['ID']['input'];
};

/** The result of `removeOrganizationMember`. */
export type RemoveOrganizationMemberPayload = {
  __typename?: 'RemoveOrganizationMemberPayload';
  /** The organization. */
  organization: Organization;
  /** The ID of the removed user. */
  removedUserId: Scalars['ID']['output'];
};

/** The token to revoke. */
export type RevokeApiTokenInput = {
  /** The token's ID. */
  id: Scalars['ID']['input'];
};

/** The result of `revokeApiToken`. */
export type RevokeApiTokenPayload = {
  __typename?: 'RevokeApiTokenPayload';
  /** The token, revoked (revoking it again changes nothing). */
  apiToken: ApiToken;
};

/** The invitation to withdraw. */
export type RevokeOrganizationInvitationInput = {
  /** The invitation's ID. */
  invitationId: Scalars['ID']['input'];
};

/** The result of `revokeOrganizationInvitation`. */
export type RevokeOrganizationInvitationPayload = {
  __typename?: 'RevokeOrganizationInvitationPayload';
  /** The invitation, revoked. */
  invitation: OrganizationInvitation;
};

/** A named filter and sort order. */
export type SavedView = Node & {
  __typename?: 'SavedView';
  /** The view's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** The details of a new account. */
export type SignUpInput = {
  /** The email address to sign in with; must be unique. */
  email: Scalars['String']['input'];
  /** The display name, 1-100 characters. */
  name: Scalars['String']['input'];
  /** At least 10 characters and at most 200. */
  password: Scalars['String']['input'];
};

/** A time-boxed iteration of a project. */
export type Sprint = Node & {
  __typename?: 'Sprint';
  /** The sprint's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** A group of organization members that can be given a role in projects together. */
export type Team = Node & {
  __typename?: 'Team';
  /** The team's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** An organization and the member to hand its ownership to. */
export type TransferOrganizationOwnershipInput = {
  /** The organization's ID. */
  organizationId: Scalars['ID']['input'];
  /** The user ID of the member who becomes OWNER. */
  userId: Scalars['ID']['input'];
};

/** The result of `transferOrganizationOwnership`. */
export type TransferOrganizationOwnershipPayload = {
  __typename?: 'TransferOrganizationOwnershipPayload';
  /** The member who is now an OWNER. */
  newOwner: User;
  /** The organization. */
  organization: Organization;
  /** You, now an ADMIN of the organization. */
  previousOwner: User;
};

/** Profile changes for the signed-in user. */
export type UpdateMeInput = {
  /** The new display name, 1-100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** The result of `updateMe`. */
export type UpdateMePayload = {
  __typename?: 'UpdateMePayload';
  /** The updated user. */
  user: User;
};

/** Preference changes; omitted fields keep their value. */
export type UpdateMyPreferencesInput = {
  /** Colour palette adjustment. */
  colorVisionMode?: InputMaybe<ColorVisionMode>;
  /** Text size multiplier, from 0.75 to 2.0. */
  fontScale?: InputMaybe<Scalars['Float']['input']>;
  /** Use a high-contrast colour theme. */
  highContrast?: InputMaybe<Scalars['Boolean']['input']>;
  /** Keyboard-first navigation. */
  keyboardFirst?: InputMaybe<Scalars['Boolean']['input']>;
  /** A BCP 47 language tag such as `en-GB`. */
  locale?: InputMaybe<Scalars['String']['input']>;
  /** Minimise animation and motion. */
  reducedMotion?: InputMaybe<Scalars['Boolean']['input']>;
  /** Prefer output tuned for screen readers. */
  screenReaderOptimized?: InputMaybe<Scalars['Boolean']['input']>;
  /** An IANA time zone such as `Europe/Berlin`, in any case; a former name (`Europe/Kiev`) is stored as the current one (`Europe/Kyiv`). */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/** The result of `updateMyPreferences`. */
export type UpdateMyPreferencesPayload = {
  __typename?: 'UpdateMyPreferencesPayload';
  /** The updated preferences. */
  preferences: UserPreferences;
  /** The user the preferences belong to. */
  user: User;
};

/** An organization and the fields to change. */
export type UpdateOrganizationInput = {
  /** The organization's ID. */
  id: Scalars['ID']['input'];
  /** The new display name, 1-100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The new URL slug: 3-40 lowercase letters, digits and hyphens, starting with a letter; unique. Requires OWNER. */
  slug?: InputMaybe<Scalars['String']['input']>;
};

/** The result of `updateOrganization`. */
export type UpdateOrganizationPayload = {
  __typename?: 'UpdateOrganizationPayload';
  /** The organization after the change. */
  organization: Organization;
};

/** A person with a Workgraph account. */
export type User = Node & {
  __typename?: 'User';
  /** When the account was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The user's email address. Visible to the user and to people who share an organization with them; null otherwise. */
  email: Maybe<Scalars['String']['output']>;
  /** The user's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The user's display name. */
  name: Scalars['String']['output'];
  /** Organizations the user belongs to. Only the user can list them; empty for anyone else. */
  organizations: OrganizationConnection;
  /** The user's pending invitations to organizations (to their account's email address), oldest first. Only the user can list them; empty for anyone else. */
  pendingInvitations: OrganizationInvitationConnection;
  /** The user's preferences. Only the user can read them; null for anyone else. */
  preferences: Maybe<UserPreferences>;
};


/** A person with a Workgraph account. */
export type UserOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A person with a Workgraph account. */
export type UserPendingInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A user's contact details for service-to-service use (notifications, email). */
export type UserContact = {
  __typename?: 'UserContact';
  /** The user's email address. */
  email: Scalars['String']['output'];
  /** The user's raw ID, as passed in. */
  id: Scalars['ID']['output'];
  /** The user's display name. */
  name: Scalars['String']['output'];
  /** The IANA time zone from the user's preferences, `UTC` unless they chose one. */
  timeZone: Scalars['String']['output'];
};

/** A user's display and accessibility preferences. Clients apply them; the server only stores and validates them. */
export type UserPreferences = {
  __typename?: 'UserPreferences';
  /** Colour palette adjusted for a colour vision deficiency. */
  colorVisionMode: ColorVisionMode;
  /** Text size multiplier, from 0.75 to 2.0 (1.0 is the default size). */
  fontScale: Scalars['Float']['output'];
  /** Use a high-contrast colour theme. */
  highContrast: Scalars['Boolean']['output'];
  /** Show keyboard shortcuts and focus indicators for keyboard-first navigation. */
  keyboardFirst: Scalars['Boolean']['output'];
  /** BCP 47 language tag used for language and formatting, for example `en-GB`. */
  locale: Scalars['String']['output'];
  /** Minimise animation and motion (for vestibular disorders). */
  reducedMotion: Scalars['Boolean']['output'];
  /** Prefer output tuned for screen readers: text alternatives over visual-only cues, fewer live-region updates. */
  screenReaderOptimized: Scalars['Boolean']['output'];
  /** IANA time zone used to show dates and times, for example `Europe/Berlin`, under its current IANA name (`Asia/Kolkata`, never the former `Asia/Calcutta`). */
  timeZone: Scalars['String']['output'];
};

/** A repository host connected to an organization: its deliveries link commits and pull requests to work items. */
export type VcsConnection = Node & {
  __typename?: 'VcsConnection';
  /** The connection's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** One message for one endpoint: an event or a ping, with its attempts. */
export type WebhookDelivery = Node & {
  __typename?: 'WebhookDelivery';
  /** The delivery's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** A URL that receives an organization's or a project's events, signed per the Standard Webhooks specification. */
export type WebhookEndpoint = Node & {
  __typename?: 'WebhookEndpoint';
  /** The endpoint's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** A unit of work in a project: an epic, story, task, bug or subtask. */
export type WorkItem = Node & {
  __typename?: 'WorkItem';
  /** The work item's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** A state of a workflow: a board column. */
export type WorkflowState = Node & {
  __typename?: 'WorkflowState';
  /** The state's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** An allowed move from one state to another. */
export type WorkflowTransition = Node & {
  __typename?: 'WorkflowTransition';
  /** The transition's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** Time one person spent on a work item on one day. */
export type Worklog = Node & {
  __typename?: 'Worklog';
  /** The worklog's opaque global ID. */
  id: Scalars['ID']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = T | Promise<T>;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  ApiToken: ApiToken;
  Comment: Comment;
  CustomField: CustomField;
  Dashboard: Dashboard;
  DashboardWidget: DashboardWidget;
  File: File;
  FileUpload: FileUpload;
  FileVersion: FileVersion;
  HistoryEntry: HistoryEntry;
  Label: Label;
  LinkAttachment: LinkAttachment;
  Node: Node;
  Notification: Notification;
  Organization: Organization;
  OrganizationInvitation: OrganizationInvitation;
  Project: Project;
  Release: Release;
  SavedView: SavedView;
  Sprint: Sprint;
  Team: Team;
  User: User;
  VcsConnection: VcsConnection;
  WebhookDelivery: WebhookDelivery;
  WebhookEndpoint: WebhookEndpoint;
  WorkItem: WorkItem;
  WorkflowState: WorkflowState;
  WorkflowTransition: WorkflowTransition;
  Worklog: Worklog;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  ApiToken:
    ( { __typename: 'ApiToken' }
    & GraphQLRecursivePick<FederationTypes['ApiToken'], {"id":true}> );
  Comment:
    ( { __typename: 'Comment' }
    & GraphQLRecursivePick<FederationTypes['Comment'], {"id":true}> );
  CustomField:
    ( { __typename: 'CustomField' }
    & GraphQLRecursivePick<FederationTypes['CustomField'], {"id":true}> );
  Dashboard:
    ( { __typename: 'Dashboard' }
    & GraphQLRecursivePick<FederationTypes['Dashboard'], {"id":true}> );
  DashboardWidget:
    ( { __typename: 'DashboardWidget' }
    & GraphQLRecursivePick<FederationTypes['DashboardWidget'], {"id":true}> );
  File:
    ( { __typename: 'File' }
    & GraphQLRecursivePick<FederationTypes['File'], {"id":true}> );
  FileUpload:
    ( { __typename: 'FileUpload' }
    & GraphQLRecursivePick<FederationTypes['FileUpload'], {"id":true}> );
  FileVersion:
    ( { __typename: 'FileVersion' }
    & GraphQLRecursivePick<FederationTypes['FileVersion'], {"id":true}> );
  HistoryEntry:
    ( { __typename: 'HistoryEntry' }
    & GraphQLRecursivePick<FederationTypes['HistoryEntry'], {"id":true}> );
  Label:
    ( { __typename: 'Label' }
    & GraphQLRecursivePick<FederationTypes['Label'], {"id":true}> );
  LinkAttachment:
    ( { __typename: 'LinkAttachment' }
    & GraphQLRecursivePick<FederationTypes['LinkAttachment'], {"id":true}> );
  Node:
    ( { __typename: 'Node' }
    & GraphQLRecursivePick<FederationTypes['Node'], {"id":true}> );
  Notification:
    ( { __typename: 'Notification' }
    & GraphQLRecursivePick<FederationTypes['Notification'], {"id":true}> );
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  OrganizationInvitation:
    ( { __typename: 'OrganizationInvitation' }
    & GraphQLRecursivePick<FederationTypes['OrganizationInvitation'], {"id":true}> );
  Project:
    ( { __typename: 'Project' }
    & GraphQLRecursivePick<FederationTypes['Project'], {"id":true}> );
  Release:
    ( { __typename: 'Release' }
    & GraphQLRecursivePick<FederationTypes['Release'], {"id":true}> );
  SavedView:
    ( { __typename: 'SavedView' }
    & GraphQLRecursivePick<FederationTypes['SavedView'], {"id":true}> );
  Sprint:
    ( { __typename: 'Sprint' }
    & GraphQLRecursivePick<FederationTypes['Sprint'], {"id":true}> );
  Team:
    ( { __typename: 'Team' }
    & GraphQLRecursivePick<FederationTypes['Team'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
  VcsConnection:
    ( { __typename: 'VcsConnection' }
    & GraphQLRecursivePick<FederationTypes['VcsConnection'], {"id":true}> );
  WebhookDelivery:
    ( { __typename: 'WebhookDelivery' }
    & GraphQLRecursivePick<FederationTypes['WebhookDelivery'], {"id":true}> );
  WebhookEndpoint:
    ( { __typename: 'WebhookEndpoint' }
    & GraphQLRecursivePick<FederationTypes['WebhookEndpoint'], {"id":true}> );
  WorkItem:
    ( { __typename: 'WorkItem' }
    & GraphQLRecursivePick<FederationTypes['WorkItem'], {"id":true}> );
  WorkflowState:
    ( { __typename: 'WorkflowState' }
    & GraphQLRecursivePick<FederationTypes['WorkflowState'], {"id":true}> );
  WorkflowTransition:
    ( { __typename: 'WorkflowTransition' }
    & GraphQLRecursivePick<FederationTypes['WorkflowTransition'], {"id":true}> );
  Worklog:
    ( { __typename: 'Worklog' }
    & GraphQLRecursivePick<FederationTypes['Worklog'], {"id":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Node:
    | ( ApiTokenModel )
    | ( EntityStubMapperModel )
    | ( EntityStubMapperModel )
    | ( Dashboard )
    | ( DashboardWidget )
    | ( File )
    | ( FileUpload )
    | ( FileVersion )
    | ( EntityStubMapperModel )
    | ( EntityStubMapperModel )
    | ( LinkAttachment )
    | ( EntityStubMapperModel )
    | ( OrganizationModel )
    | ( OrganizationInvitationModel )
    | ( EntityStubMapperModel )
    | ( Release )
    | ( EntityStubMapperModel )
    | ( EntityStubMapperModel )
    | ( EntityStubMapperModel )
    | ( UserMapperModel )
    | ( VcsConnection )
    | ( WebhookDelivery )
    | ( WebhookEndpoint )
    | ( EntityStubMapperModel )
    | ( EntityStubMapperModel )
    | ( EntityStubMapperModel )
    | ( Worklog )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AcceptInvitationInput: AcceptInvitationInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AcceptInvitationPayload: ResolverTypeWrapper<Omit<AcceptInvitationPayload, 'invitation' | 'organization'> & { invitation: ResolversTypes['OrganizationInvitation'], organization: ResolversTypes['Organization'] }>;
  ApiToken: ResolverTypeWrapper<ApiTokenModel>;
  ApiTokenConnection: ResolverTypeWrapper<ApiTokenConnectionMapperModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ApiTokenCredential: ResolverTypeWrapper<ApiTokenCredentialMapperModel>;
  ApiTokenEdge: ResolverTypeWrapper<ApiTokenEdgeMapperModel>;
  ApiTokenScope: ResolverTypeWrapper<ApiTokenScope>;
  AuthPayload: ResolverTypeWrapper<AuthPayloadMapperModel>;
  ChangeOrganizationMemberRoleInput: ChangeOrganizationMemberRoleInput;
  ChangeOrganizationMemberRolePayload: ResolverTypeWrapper<Omit<ChangeOrganizationMemberRolePayload, 'organization' | 'user'> & { organization: ResolversTypes['Organization'], user: ResolversTypes['User'] }>;
  ColorVisionMode: ColorVisionMode;
  Comment: ResolverTypeWrapper<EntityStubMapperModel>;
  CreateApiTokenInput: CreateApiTokenInput;
  CreateApiTokenPayload: ResolverTypeWrapper<Omit<CreateApiTokenPayload, 'apiToken'> & { apiToken: ResolversTypes['ApiToken'] }>;
  CreateOrganizationInput: CreateOrganizationInput;
  CreateOrganizationPayload: ResolverTypeWrapper<Omit<CreateOrganizationPayload, 'organization'> & { organization: ResolversTypes['Organization'] }>;
  CustomField: ResolverTypeWrapper<EntityStubMapperModel>;
  Dashboard: ResolverTypeWrapper<Dashboard>;
  DashboardWidget: ResolverTypeWrapper<DashboardWidget>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeclineInvitationInput: DeclineInvitationInput;
  DeclineInvitationPayload: ResolverTypeWrapper<Omit<DeclineInvitationPayload, 'invitation'> & { invitation: ResolversTypes['OrganizationInvitation'] }>;
  DeleteOrganizationInput: DeleteOrganizationInput;
  DeleteOrganizationPayload: ResolverTypeWrapper<DeleteOrganizationPayload>;
  File: ResolverTypeWrapper<File>;
  FileUpload: ResolverTypeWrapper<FileUpload>;
  FileVersion: ResolverTypeWrapper<FileVersion>;
  HistoryEntry: ResolverTypeWrapper<EntityStubMapperModel>;
  InvitationStatus: InvitationStatus;
  InviteOrganizationMemberInput: InviteOrganizationMemberInput;
  InviteOrganizationMemberPayload: ResolverTypeWrapper<Omit<InviteOrganizationMemberPayload, 'invitation'> & { invitation: ResolversTypes['OrganizationInvitation'] }>;
  Label: ResolverTypeWrapper<EntityStubMapperModel>;
  LinkAttachment: ResolverTypeWrapper<LinkAttachment>;
  LogInInput: LogInInput;
  LogOutInput: LogOutInput;
  LogOutPayload: ResolverTypeWrapper<LogOutPayload>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Notification: ResolverTypeWrapper<EntityStubMapperModel>;
  Organization: ResolverTypeWrapper<OrganizationModel>;
  OrganizationConnection: ResolverTypeWrapper<OrganizationConnectionMapperModel>;
  OrganizationEdge: ResolverTypeWrapper<OrganizationEdgeMapperModel>;
  OrganizationInvitation: ResolverTypeWrapper<OrganizationInvitationModel>;
  OrganizationInvitationConnection: ResolverTypeWrapper<OrganizationInvitationConnectionMapperModel>;
  OrganizationInvitationEdge: ResolverTypeWrapper<OrganizationInvitationEdgeMapperModel>;
  OrganizationMemberConnection: ResolverTypeWrapper<OrganizationMemberConnectionMapperModel>;
  OrganizationMemberEdge: ResolverTypeWrapper<OrganizationMemberEdgeMapperModel>;
  OrganizationRole: OrganizationRole;
  OrganizationRoleKey: OrganizationRoleKey;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Project: ResolverTypeWrapper<EntityStubMapperModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RefreshSessionInput: RefreshSessionInput;
  Release: ResolverTypeWrapper<Release>;
  RemoveOrganizationMemberInput: RemoveOrganizationMemberInput;
  RemoveOrganizationMemberPayload: ResolverTypeWrapper<Omit<RemoveOrganizationMemberPayload, 'organization'> & { organization: ResolversTypes['Organization'] }>;
  RevokeApiTokenInput: RevokeApiTokenInput;
  RevokeApiTokenPayload: ResolverTypeWrapper<Omit<RevokeApiTokenPayload, 'apiToken'> & { apiToken: ResolversTypes['ApiToken'] }>;
  RevokeOrganizationInvitationInput: RevokeOrganizationInvitationInput;
  RevokeOrganizationInvitationPayload: ResolverTypeWrapper<Omit<RevokeOrganizationInvitationPayload, 'invitation'> & { invitation: ResolversTypes['OrganizationInvitation'] }>;
  SavedView: ResolverTypeWrapper<EntityStubMapperModel>;
  SignUpInput: SignUpInput;
  Sprint: ResolverTypeWrapper<EntityStubMapperModel>;
  Team: ResolverTypeWrapper<EntityStubMapperModel>;
  TransferOrganizationOwnershipInput: TransferOrganizationOwnershipInput;
  TransferOrganizationOwnershipPayload: ResolverTypeWrapper<Omit<TransferOrganizationOwnershipPayload, 'newOwner' | 'organization' | 'previousOwner'> & { newOwner: ResolversTypes['User'], organization: ResolversTypes['Organization'], previousOwner: ResolversTypes['User'] }>;
  UpdateMeInput: UpdateMeInput;
  UpdateMePayload: ResolverTypeWrapper<Omit<UpdateMePayload, 'user'> & { user: ResolversTypes['User'] }>;
  UpdateMyPreferencesInput: UpdateMyPreferencesInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  UpdateMyPreferencesPayload: ResolverTypeWrapper<Omit<UpdateMyPreferencesPayload, 'preferences' | 'user'> & { preferences: ResolversTypes['UserPreferences'], user: ResolversTypes['User'] }>;
  UpdateOrganizationInput: UpdateOrganizationInput;
  UpdateOrganizationPayload: ResolverTypeWrapper<Omit<UpdateOrganizationPayload, 'organization'> & { organization: ResolversTypes['Organization'] }>;
  User: ResolverTypeWrapper<UserMapperModel>;
  UserContact: ResolverTypeWrapper<UserContact>;
  UserPreferences: ResolverTypeWrapper<UserMapperModel>;
  VcsConnection: ResolverTypeWrapper<VcsConnection>;
  WebhookDelivery: ResolverTypeWrapper<WebhookDelivery>;
  WebhookEndpoint: ResolverTypeWrapper<WebhookEndpoint>;
  WorkItem: ResolverTypeWrapper<EntityStubMapperModel>;
  WorkflowState: ResolverTypeWrapper<EntityStubMapperModel>;
  WorkflowTransition: ResolverTypeWrapper<EntityStubMapperModel>;
  Worklog: ResolverTypeWrapper<Worklog>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AcceptInvitationInput: AcceptInvitationInput;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  AcceptInvitationPayload: Omit<AcceptInvitationPayload, 'invitation' | 'organization'> & { invitation: ResolversParentTypes['OrganizationInvitation'], organization: ResolversParentTypes['Organization'] };
  ApiToken: ApiTokenModel;
  ApiTokenConnection: ApiTokenConnectionMapperModel;
  Int: Scalars['Int']['output'];
  ApiTokenCredential: ApiTokenCredentialMapperModel;
  ApiTokenEdge: ApiTokenEdgeMapperModel;
  ApiTokenScope: ApiTokenScope;
  AuthPayload: AuthPayloadMapperModel;
  ChangeOrganizationMemberRoleInput: ChangeOrganizationMemberRoleInput;
  ChangeOrganizationMemberRolePayload: Omit<ChangeOrganizationMemberRolePayload, 'organization' | 'user'> & { organization: ResolversParentTypes['Organization'], user: ResolversParentTypes['User'] };
  Comment: EntityStubMapperModel;
  CreateApiTokenInput: CreateApiTokenInput;
  CreateApiTokenPayload: Omit<CreateApiTokenPayload, 'apiToken'> & { apiToken: ResolversParentTypes['ApiToken'] };
  CreateOrganizationInput: CreateOrganizationInput;
  CreateOrganizationPayload: Omit<CreateOrganizationPayload, 'organization'> & { organization: ResolversParentTypes['Organization'] };
  CustomField: EntityStubMapperModel;
  Dashboard: Dashboard | FederationReferenceTypes['Dashboard'];
  DashboardWidget: DashboardWidget | FederationReferenceTypes['DashboardWidget'];
  DateTime: Scalars['DateTime']['output'];
  DeclineInvitationInput: DeclineInvitationInput;
  DeclineInvitationPayload: Omit<DeclineInvitationPayload, 'invitation'> & { invitation: ResolversParentTypes['OrganizationInvitation'] };
  DeleteOrganizationInput: DeleteOrganizationInput;
  DeleteOrganizationPayload: DeleteOrganizationPayload;
  File: File | FederationReferenceTypes['File'];
  FileUpload: FileUpload | FederationReferenceTypes['FileUpload'];
  FileVersion: FileVersion | FederationReferenceTypes['FileVersion'];
  HistoryEntry: EntityStubMapperModel;
  InviteOrganizationMemberInput: InviteOrganizationMemberInput;
  InviteOrganizationMemberPayload: Omit<InviteOrganizationMemberPayload, 'invitation'> & { invitation: ResolversParentTypes['OrganizationInvitation'] };
  Label: EntityStubMapperModel;
  LinkAttachment: LinkAttachment | FederationReferenceTypes['LinkAttachment'];
  LogInInput: LogInInput;
  LogOutInput: LogOutInput;
  LogOutPayload: LogOutPayload;
  Boolean: Scalars['Boolean']['output'];
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Notification: EntityStubMapperModel;
  Organization: OrganizationModel;
  OrganizationConnection: OrganizationConnectionMapperModel;
  OrganizationEdge: OrganizationEdgeMapperModel;
  OrganizationInvitation: OrganizationInvitationModel;
  OrganizationInvitationConnection: OrganizationInvitationConnectionMapperModel;
  OrganizationInvitationEdge: OrganizationInvitationEdgeMapperModel;
  OrganizationMemberConnection: OrganizationMemberConnectionMapperModel;
  OrganizationMemberEdge: OrganizationMemberEdgeMapperModel;
  OrganizationRoleKey: OrganizationRoleKey;
  PageInfo: PageInfo;
  Project: EntityStubMapperModel;
  Query: Record<PropertyKey, never>;
  RefreshSessionInput: RefreshSessionInput;
  Release: Release | FederationReferenceTypes['Release'];
  RemoveOrganizationMemberInput: RemoveOrganizationMemberInput;
  RemoveOrganizationMemberPayload: Omit<RemoveOrganizationMemberPayload, 'organization'> & { organization: ResolversParentTypes['Organization'] };
  RevokeApiTokenInput: RevokeApiTokenInput;
  RevokeApiTokenPayload: Omit<RevokeApiTokenPayload, 'apiToken'> & { apiToken: ResolversParentTypes['ApiToken'] };
  RevokeOrganizationInvitationInput: RevokeOrganizationInvitationInput;
  RevokeOrganizationInvitationPayload: Omit<RevokeOrganizationInvitationPayload, 'invitation'> & { invitation: ResolversParentTypes['OrganizationInvitation'] };
  SavedView: EntityStubMapperModel;
  SignUpInput: SignUpInput;
  Sprint: EntityStubMapperModel;
  Team: EntityStubMapperModel;
  TransferOrganizationOwnershipInput: TransferOrganizationOwnershipInput;
  TransferOrganizationOwnershipPayload: Omit<TransferOrganizationOwnershipPayload, 'newOwner' | 'organization' | 'previousOwner'> & { newOwner: ResolversParentTypes['User'], organization: ResolversParentTypes['Organization'], previousOwner: ResolversParentTypes['User'] };
  UpdateMeInput: UpdateMeInput;
  UpdateMePayload: Omit<UpdateMePayload, 'user'> & { user: ResolversParentTypes['User'] };
  UpdateMyPreferencesInput: UpdateMyPreferencesInput;
  Float: Scalars['Float']['output'];
  UpdateMyPreferencesPayload: Omit<UpdateMyPreferencesPayload, 'preferences' | 'user'> & { preferences: ResolversParentTypes['UserPreferences'], user: ResolversParentTypes['User'] };
  UpdateOrganizationInput: UpdateOrganizationInput;
  UpdateOrganizationPayload: Omit<UpdateOrganizationPayload, 'organization'> & { organization: ResolversParentTypes['Organization'] };
  User: UserMapperModel;
  UserContact: UserContact;
  UserPreferences: UserMapperModel;
  VcsConnection: VcsConnection | FederationReferenceTypes['VcsConnection'];
  WebhookDelivery: WebhookDelivery | FederationReferenceTypes['WebhookDelivery'];
  WebhookEndpoint: WebhookEndpoint | FederationReferenceTypes['WebhookEndpoint'];
  WorkItem: EntityStubMapperModel;
  WorkflowState: EntityStubMapperModel;
  WorkflowTransition: EntityStubMapperModel;
  Worklog: Worklog | FederationReferenceTypes['Worklog'];
}>;

export type CallerDependentDirectiveArgs = { };

export type CallerDependentDirectiveResolver<Result, Parent, ContextType = UsersContext, Args = CallerDependentDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AcceptInvitationPayloadResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['AcceptInvitationPayload'] = ResolversParentTypes['AcceptInvitationPayload']> = ResolversObject<{
  invitation?: Resolver<ResolversTypes['OrganizationInvitation'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['OrganizationRole'], ParentType, ContextType>;
}>;

export type ApiTokenResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['ApiToken'] = ResolversParentTypes['ApiToken'], FederationReferenceType extends FederationReferenceTypes['ApiToken'] = FederationReferenceTypes['ApiToken']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ApiToken']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastUsedIp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ApiTokenConnectionResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['ApiTokenConnection'] = ResolversParentTypes['ApiTokenConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ApiTokenEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ApiTokenCredentialResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['ApiTokenCredential'] = ResolversParentTypes['ApiTokenCredential']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  tokenId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ApiTokenEdgeResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['ApiTokenEdge'] = ResolversParentTypes['ApiTokenEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
}>;

export type ApiTokenScopeResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['ApiTokenScope'] = ResolversParentTypes['ApiTokenScope']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuthPayloadResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = ResolversObject<{
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  accessTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  refreshToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type ChangeOrganizationMemberRolePayloadResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['ChangeOrganizationMemberRolePayload'] = ResolversParentTypes['ChangeOrganizationMemberRolePayload']> = ResolversObject<{
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['OrganizationRole'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type CommentResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Comment'] = ResolversParentTypes['Comment'], FederationReferenceType extends FederationReferenceTypes['Comment'] = FederationReferenceTypes['Comment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Comment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CreateApiTokenPayloadResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['CreateApiTokenPayload'] = ResolversParentTypes['CreateApiTokenPayload']> = ResolversObject<{
  apiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CreateOrganizationPayloadResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['CreateOrganizationPayload'] = ResolversParentTypes['CreateOrganizationPayload']> = ResolversObject<{
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
}>;

export type CustomFieldResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['CustomField'] = ResolversParentTypes['CustomField'], FederationReferenceType extends FederationReferenceTypes['CustomField'] = FederationReferenceTypes['CustomField']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CustomField']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DashboardResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Dashboard'] = ResolversParentTypes['Dashboard'], FederationReferenceType extends FederationReferenceTypes['Dashboard'] = FederationReferenceTypes['Dashboard']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Dashboard']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DashboardWidgetResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['DashboardWidget'] = ResolversParentTypes['DashboardWidget'], FederationReferenceType extends FederationReferenceTypes['DashboardWidget'] = FederationReferenceTypes['DashboardWidget']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DashboardWidget']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeclineInvitationPayloadResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['DeclineInvitationPayload'] = ResolversParentTypes['DeclineInvitationPayload']> = ResolversObject<{
  invitation?: Resolver<ResolversTypes['OrganizationInvitation'], ParentType, ContextType>;
}>;

export type DeleteOrganizationPayloadResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['DeleteOrganizationPayload'] = ResolversParentTypes['DeleteOrganizationPayload']> = ResolversObject<{
  deletedOrganizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type FileResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['File'] = ResolversParentTypes['File'], FederationReferenceType extends FederationReferenceTypes['File'] = FederationReferenceTypes['File']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['File']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FileUploadResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['FileUpload'] = ResolversParentTypes['FileUpload'], FederationReferenceType extends FederationReferenceTypes['FileUpload'] = FederationReferenceTypes['FileUpload']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['FileUpload']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FileVersionResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['FileVersion'] = ResolversParentTypes['FileVersion'], FederationReferenceType extends FederationReferenceTypes['FileVersion'] = FederationReferenceTypes['FileVersion']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['FileVersion']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type HistoryEntryResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['HistoryEntry'] = ResolversParentTypes['HistoryEntry'], FederationReferenceType extends FederationReferenceTypes['HistoryEntry'] = FederationReferenceTypes['HistoryEntry']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['HistoryEntry']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InviteOrganizationMemberPayloadResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['InviteOrganizationMemberPayload'] = ResolversParentTypes['InviteOrganizationMemberPayload']> = ResolversObject<{
  invitation?: Resolver<ResolversTypes['OrganizationInvitation'], ParentType, ContextType>;
}>;

export type LabelResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Label'] = ResolversParentTypes['Label'], FederationReferenceType extends FederationReferenceTypes['Label'] = FederationReferenceTypes['Label']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Label']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LinkAttachmentResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['LinkAttachment'] = ResolversParentTypes['LinkAttachment'], FederationReferenceType extends FederationReferenceTypes['LinkAttachment'] = FederationReferenceTypes['LinkAttachment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LinkAttachment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LogOutPayloadResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['LogOutPayload'] = ResolversParentTypes['LogOutPayload']> = ResolversObject<{
  success?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptInvitation?: Resolver<ResolversTypes['AcceptInvitationPayload'], ParentType, ContextType, RequireFields<MutationAcceptInvitationArgs, 'input'>>;
  changeOrganizationMemberRole?: Resolver<ResolversTypes['ChangeOrganizationMemberRolePayload'], ParentType, ContextType, RequireFields<MutationChangeOrganizationMemberRoleArgs, 'input'>>;
  createApiToken?: Resolver<ResolversTypes['CreateApiTokenPayload'], ParentType, ContextType, RequireFields<MutationCreateApiTokenArgs, 'input'>>;
  createOrganization?: Resolver<ResolversTypes['CreateOrganizationPayload'], ParentType, ContextType, RequireFields<MutationCreateOrganizationArgs, 'input'>>;
  declineInvitation?: Resolver<ResolversTypes['DeclineInvitationPayload'], ParentType, ContextType, RequireFields<MutationDeclineInvitationArgs, 'input'>>;
  deleteOrganization?: Resolver<ResolversTypes['DeleteOrganizationPayload'], ParentType, ContextType, RequireFields<MutationDeleteOrganizationArgs, 'input'>>;
  inviteOrganizationMember?: Resolver<ResolversTypes['InviteOrganizationMemberPayload'], ParentType, ContextType, RequireFields<MutationInviteOrganizationMemberArgs, 'input'>>;
  logIn?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationLogInArgs, 'input'>>;
  logOut?: Resolver<ResolversTypes['LogOutPayload'], ParentType, ContextType, RequireFields<MutationLogOutArgs, 'input'>>;
  refreshSession?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationRefreshSessionArgs, 'input'>>;
  removeOrganizationMember?: Resolver<ResolversTypes['RemoveOrganizationMemberPayload'], ParentType, ContextType, RequireFields<MutationRemoveOrganizationMemberArgs, 'input'>>;
  revokeApiToken?: Resolver<ResolversTypes['RevokeApiTokenPayload'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'input'>>;
  revokeOrganizationInvitation?: Resolver<ResolversTypes['RevokeOrganizationInvitationPayload'], ParentType, ContextType, RequireFields<MutationRevokeOrganizationInvitationArgs, 'input'>>;
  signUp?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationSignUpArgs, 'input'>>;
  transferOrganizationOwnership?: Resolver<ResolversTypes['TransferOrganizationOwnershipPayload'], ParentType, ContextType, RequireFields<MutationTransferOrganizationOwnershipArgs, 'input'>>;
  updateMe?: Resolver<ResolversTypes['UpdateMePayload'], ParentType, ContextType, RequireFields<MutationUpdateMeArgs, 'input'>>;
  updateMyPreferences?: Resolver<ResolversTypes['UpdateMyPreferencesPayload'], ParentType, ContextType, RequireFields<MutationUpdateMyPreferencesArgs, 'input'>>;
  updateOrganization?: Resolver<ResolversTypes['UpdateOrganizationPayload'], ParentType, ContextType, RequireFields<MutationUpdateOrganizationArgs, 'input'>>;
}>;

export type NodeResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node'], FederationReferenceType extends FederationReferenceTypes['Node'] = FederationReferenceTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'ApiToken' | 'Comment' | 'CustomField' | 'Dashboard' | 'DashboardWidget' | 'File' | 'FileUpload' | 'FileVersion' | 'HistoryEntry' | 'Label' | 'LinkAttachment' | 'Notification' | 'Organization' | 'OrganizationInvitation' | 'Project' | 'Release' | 'SavedView' | 'Sprint' | 'Team' | 'User' | 'VcsConnection' | 'WebhookDelivery' | 'WebhookEndpoint' | 'WorkItem' | 'WorkflowState' | 'WorkflowTransition' | 'Worklog', ParentType, ContextType>;
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Node']> | FederationReferenceType, FederationReferenceType, ContextType>;
}>;

export type NotificationResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification'], FederationReferenceType extends FederationReferenceTypes['Notification'] = FederationReferenceTypes['Notification']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Notification']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitations?: Resolver<ResolversTypes['OrganizationInvitationConnection'], ParentType, ContextType, Partial<OrganizationInvitationsArgs>>;
  members?: Resolver<ResolversTypes['OrganizationMemberConnection'], ParentType, ContextType, Partial<OrganizationMembersArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerRole?: Resolver<ResolversTypes['OrganizationRole'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationConnectionResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrganizationEdgeResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['OrganizationRole'], ParentType, ContextType>;
}>;

export type OrganizationInvitationResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['OrganizationInvitation'] = ResolversParentTypes['OrganizationInvitation'], FederationReferenceType extends FederationReferenceTypes['OrganizationInvitation'] = FederationReferenceTypes['OrganizationInvitation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['OrganizationInvitation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitedBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  respondedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['OrganizationRole'], ParentType, ContextType>;
  sentAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InvitationStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationInvitationConnectionResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['OrganizationInvitationConnection'] = ResolversParentTypes['OrganizationInvitationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrganizationInvitationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['OrganizationInvitation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrganizationInvitationEdgeResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['OrganizationInvitationEdge'] = ResolversParentTypes['OrganizationInvitationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OrganizationInvitation'], ParentType, ContextType>;
}>;

export type OrganizationMemberConnectionResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['OrganizationMemberConnection'] = ResolversParentTypes['OrganizationMemberConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrganizationMemberEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrganizationMemberEdgeResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['OrganizationMemberEdge'] = ResolversParentTypes['OrganizationMemberEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  joinedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['OrganizationRole'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProjectResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project'], FederationReferenceType extends FederationReferenceTypes['Project'] = FederationReferenceTypes['Project']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Project']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  apiTokenCredential?: Resolver<Maybe<ResolversTypes['ApiTokenCredential']>, ParentType, ContextType, RequireFields<QueryApiTokenCredentialArgs, 'tokenHash'>>;
  apiTokenScopes?: Resolver<Array<ResolversTypes['ApiTokenScope']>, ParentType, ContextType>;
  apiTokens?: Resolver<ResolversTypes['ApiTokenConnection'], ParentType, ContextType, RequireFields<QueryApiTokensArgs, 'includeRevoked'>>;
  me?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  organizationAdminIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<QueryOrganizationAdminIdsArgs, 'organizationId'>>;
  organizationBySlug?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<QueryOrganizationBySlugArgs, 'slug'>>;
  organizationRoles?: Resolver<Array<Maybe<ResolversTypes['OrganizationRole']>>, ParentType, ContextType, RequireFields<QueryOrganizationRolesArgs, 'keys'>>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
  userContacts?: Resolver<Array<Maybe<ResolversTypes['UserContact']>>, ParentType, ContextType, RequireFields<QueryUserContactsArgs, 'ids'>>;
}>;

export type ReleaseResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Release'] = ResolversParentTypes['Release'], FederationReferenceType extends FederationReferenceTypes['Release'] = FederationReferenceTypes['Release']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Release']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RemoveOrganizationMemberPayloadResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['RemoveOrganizationMemberPayload'] = ResolversParentTypes['RemoveOrganizationMemberPayload']> = ResolversObject<{
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  removedUserId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type RevokeApiTokenPayloadResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['RevokeApiTokenPayload'] = ResolversParentTypes['RevokeApiTokenPayload']> = ResolversObject<{
  apiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
}>;

export type RevokeOrganizationInvitationPayloadResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['RevokeOrganizationInvitationPayload'] = ResolversParentTypes['RevokeOrganizationInvitationPayload']> = ResolversObject<{
  invitation?: Resolver<ResolversTypes['OrganizationInvitation'], ParentType, ContextType>;
}>;

export type SavedViewResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['SavedView'] = ResolversParentTypes['SavedView'], FederationReferenceType extends FederationReferenceTypes['SavedView'] = FederationReferenceTypes['SavedView']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SavedView']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SprintResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Sprint'] = ResolversParentTypes['Sprint'], FederationReferenceType extends FederationReferenceTypes['Sprint'] = FederationReferenceTypes['Sprint']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Sprint']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TeamResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Team'] = ResolversParentTypes['Team'], FederationReferenceType extends FederationReferenceTypes['Team'] = FederationReferenceTypes['Team']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Team']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TransferOrganizationOwnershipPayloadResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['TransferOrganizationOwnershipPayload'] = ResolversParentTypes['TransferOrganizationOwnershipPayload']> = ResolversObject<{
  newOwner?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  previousOwner?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type UpdateMePayloadResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['UpdateMePayload'] = ResolversParentTypes['UpdateMePayload']> = ResolversObject<{
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type UpdateMyPreferencesPayloadResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['UpdateMyPreferencesPayload'] = ResolversParentTypes['UpdateMyPreferencesPayload']> = ResolversObject<{
  preferences?: Resolver<ResolversTypes['UserPreferences'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type UpdateOrganizationPayloadResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['UpdateOrganizationPayload'] = ResolversParentTypes['UpdateOrganizationPayload']> = ResolversObject<{
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, Partial<UserOrganizationsArgs>>;
  pendingInvitations?: Resolver<ResolversTypes['OrganizationInvitationConnection'], ParentType, ContextType, Partial<UserPendingInvitationsArgs>>;
  preferences?: Resolver<Maybe<ResolversTypes['UserPreferences']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UserContactResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['UserContact'] = ResolversParentTypes['UserContact']> = ResolversObject<{
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UserPreferencesResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['UserPreferences'] = ResolversParentTypes['UserPreferences']> = ResolversObject<{
  colorVisionMode?: Resolver<ResolversTypes['ColorVisionMode'], ParentType, ContextType>;
  fontScale?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  highContrast?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  keyboardFirst?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reducedMotion?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  screenReaderOptimized?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VcsConnectionResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['VcsConnection'] = ResolversParentTypes['VcsConnection'], FederationReferenceType extends FederationReferenceTypes['VcsConnection'] = FederationReferenceTypes['VcsConnection']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['VcsConnection']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type WebhookDeliveryResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery'], FederationReferenceType extends FederationReferenceTypes['WebhookDelivery'] = FederationReferenceTypes['WebhookDelivery']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WebhookDelivery']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type WebhookEndpointResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['WebhookEndpoint'] = ResolversParentTypes['WebhookEndpoint'], FederationReferenceType extends FederationReferenceTypes['WebhookEndpoint'] = FederationReferenceTypes['WebhookEndpoint']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WebhookEndpoint']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type WorkItemResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['WorkItem'] = ResolversParentTypes['WorkItem'], FederationReferenceType extends FederationReferenceTypes['WorkItem'] = FederationReferenceTypes['WorkItem']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WorkItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type WorkflowStateResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['WorkflowState'] = ResolversParentTypes['WorkflowState'], FederationReferenceType extends FederationReferenceTypes['WorkflowState'] = FederationReferenceTypes['WorkflowState']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WorkflowState']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type WorkflowTransitionResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['WorkflowTransition'] = ResolversParentTypes['WorkflowTransition'], FederationReferenceType extends FederationReferenceTypes['WorkflowTransition'] = FederationReferenceTypes['WorkflowTransition']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WorkflowTransition']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type WorklogResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Worklog'] = ResolversParentTypes['Worklog'], FederationReferenceType extends FederationReferenceTypes['Worklog'] = FederationReferenceTypes['Worklog']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Worklog']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Resolvers<ContextType = UsersContext> = ResolversObject<{
  AcceptInvitationPayload?: AcceptInvitationPayloadResolvers<ContextType>;
  ApiToken?: ApiTokenResolvers<ContextType>;
  ApiTokenConnection?: ApiTokenConnectionResolvers<ContextType>;
  ApiTokenCredential?: ApiTokenCredentialResolvers<ContextType>;
  ApiTokenEdge?: ApiTokenEdgeResolvers<ContextType>;
  ApiTokenScope?: ApiTokenScopeResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  ChangeOrganizationMemberRolePayload?: ChangeOrganizationMemberRolePayloadResolvers<ContextType>;
  Comment?: CommentResolvers<ContextType>;
  CreateApiTokenPayload?: CreateApiTokenPayloadResolvers<ContextType>;
  CreateOrganizationPayload?: CreateOrganizationPayloadResolvers<ContextType>;
  CustomField?: CustomFieldResolvers<ContextType>;
  Dashboard?: DashboardResolvers<ContextType>;
  DashboardWidget?: DashboardWidgetResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeclineInvitationPayload?: DeclineInvitationPayloadResolvers<ContextType>;
  DeleteOrganizationPayload?: DeleteOrganizationPayloadResolvers<ContextType>;
  File?: FileResolvers<ContextType>;
  FileUpload?: FileUploadResolvers<ContextType>;
  FileVersion?: FileVersionResolvers<ContextType>;
  HistoryEntry?: HistoryEntryResolvers<ContextType>;
  InviteOrganizationMemberPayload?: InviteOrganizationMemberPayloadResolvers<ContextType>;
  Label?: LabelResolvers<ContextType>;
  LinkAttachment?: LinkAttachmentResolvers<ContextType>;
  LogOutPayload?: LogOutPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  OrganizationInvitation?: OrganizationInvitationResolvers<ContextType>;
  OrganizationInvitationConnection?: OrganizationInvitationConnectionResolvers<ContextType>;
  OrganizationInvitationEdge?: OrganizationInvitationEdgeResolvers<ContextType>;
  OrganizationMemberConnection?: OrganizationMemberConnectionResolvers<ContextType>;
  OrganizationMemberEdge?: OrganizationMemberEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Release?: ReleaseResolvers<ContextType>;
  RemoveOrganizationMemberPayload?: RemoveOrganizationMemberPayloadResolvers<ContextType>;
  RevokeApiTokenPayload?: RevokeApiTokenPayloadResolvers<ContextType>;
  RevokeOrganizationInvitationPayload?: RevokeOrganizationInvitationPayloadResolvers<ContextType>;
  SavedView?: SavedViewResolvers<ContextType>;
  Sprint?: SprintResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  TransferOrganizationOwnershipPayload?: TransferOrganizationOwnershipPayloadResolvers<ContextType>;
  UpdateMePayload?: UpdateMePayloadResolvers<ContextType>;
  UpdateMyPreferencesPayload?: UpdateMyPreferencesPayloadResolvers<ContextType>;
  UpdateOrganizationPayload?: UpdateOrganizationPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserContact?: UserContactResolvers<ContextType>;
  UserPreferences?: UserPreferencesResolvers<ContextType>;
  VcsConnection?: VcsConnectionResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookEndpoint?: WebhookEndpointResolvers<ContextType>;
  WorkItem?: WorkItemResolvers<ContextType>;
  WorkflowState?: WorkflowStateResolvers<ContextType>;
  WorkflowTransition?: WorkflowTransitionResolvers<ContextType>;
  Worklog?: WorklogResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = UsersContext> = ResolversObject<{
  callerDependent?: CallerDependentDirectiveResolver<any, any, ContextType>;
}>;
