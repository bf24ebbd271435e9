import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ProjectRefMapper as ProjectRefMapperModel, EntityRefMapper as EntityRefMapperModel, FileMapper as FileMapperModel, FileVersionMapper as FileVersionMapperModel, FileUploadMapper as FileUploadMapperModel, LinkAttachmentMapper as LinkAttachmentMapperModel, FileLimitsMapper as FileLimitsMapperModel, FileUsageMapper as FileUsageMapperModel, FileConnectionMapper as FileConnectionMapperModel, FileEdgeMapper as FileEdgeMapperModel, FileVersionConnectionMapper as FileVersionConnectionMapperModel, FileVersionEdgeMapper as FileVersionEdgeMapperModel, LinkAttachmentConnectionMapper as LinkAttachmentConnectionMapperModel, LinkAttachmentEdgeMapper as LinkAttachmentEdgeMapperModel } from '../mappers';
import type { FilesContext } from '../context';
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

/** A comment on a work item. */
export type Comment = {
  __typename?: 'Comment';
  /** Files attached to the comment, oldest first. */
  attachments: FileConnection;
  /** The comment's opaque global ID. */
  id: Scalars['ID']['output'];
};


/** A comment on a work item. */
export type CommentAttachmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** The upload to complete, and the accessibility metadata of the new file. */
export type CompleteUploadInput = {
  /** Alternative text for an image (at most 1,000 characters). */
  altText?: InputMaybe<Scalars['String']['input']>;
  /** Whether the image is decorative and needs no alternative text. */
  decorative?: InputMaybe<Scalars['Boolean']['input']>;
  /** The content's language as a BCP 47 tag. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** A longer description of the content (at most 10,000 characters). */
  longDescription?: InputMaybe<Scalars['String']['input']>;
  /** The upload's ID, from `createUpload`. */
  uploadId: Scalars['ID']['input'];
};

/** The recorded file. */
export type CompleteUploadPayload = {
  __typename?: 'CompleteUploadPayload';
  /** Whether identical content was already stored in the project, so no more storage was used. */
  deduplicated: Scalars['Boolean']['output'];
  /** The file, new or with its new version. */
  file: File;
  /** The version just recorded. */
  version: FileVersion;
};

/** What you are about to upload: a new file for `target`, or a new version of `fileId`. */
export type CreateUploadInput = {
  /** The exact number of bytes you will send. */
  byteSize: Scalars['Float']['input'];
  /** The type you believe the content has (for example `image/png`); checked against the content. */
  contentType: Scalars['String']['input'];
  /** A file to upload a new version of. Omit with `target`. */
  fileId?: InputMaybe<Scalars['ID']['input']>;
  /** The file's name, with its extension; directory parts and unsafe characters are removed. */
  fileName: Scalars['String']['input'];
  /** Tags of a new project document (at most 20, each 1-40 characters). */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A work item, comment or project ID: the new file is attached to it (a project gets a document). Omit with `fileId`. */
  target?: InputMaybe<Scalars['ID']['input']>;
};

/** The signed upload. */
export type CreateUploadPayload = {
  __typename?: 'CreateUploadPayload';
  /** Where and how to send the bytes. */
  upload: FileUpload;
};

/** The file to delete. */
export type DeleteFileInput = {
  /** The file. */
  fileId: Scalars['ID']['input'];
};

/** The deleted file. */
export type DeleteFilePayload = {
  __typename?: 'DeleteFilePayload';
  /** The file, with `deletedAt` and `purgeAfter` set. */
  file: File;
};

/** The link attachment to remove. */
export type DeleteLinkAttachmentInput = {
  /** The link attachment. */
  linkAttachmentId: Scalars['ID']['input'];
};

/** The removed link attachment. */
export type DeleteLinkAttachmentPayload = {
  __typename?: 'DeleteLinkAttachmentPayload';
  /** The removed link's ID. */
  deletedLinkAttachmentId: Scalars['ID']['output'];
};

/** Link attachments an integration removes. */
export type DeleteServiceLinkAttachmentsInput = {
  /** The raw uuid of the user the removals are made in the name of (who removed the integration). */
  actorId: Scalars['ID']['input'];
  /** The link attachments' raw uuids, at most 100. */
  linkAttachmentIds: Array<Scalars['ID']['input']>;
  /** The raw uuid of the organization every attachment's work item must belong to; others are left alone. */
  organizationId: Scalars['ID']['input'];
};

/** What was removed. */
export type DeleteServiceLinkAttachmentsPayload = {
  __typename?: 'DeleteServiceLinkAttachmentsPayload';
  /** The raw uuids of the link attachments removed by this call (not those gone before). */
  deletedLinkAttachmentIds: Array<Scalars['ID']['output']>;
};

/**
 * A file: an attachment of a work item or comment, or a project document. Its content is its current
 * version's; earlier versions stay in `versions`.
 */
export type File = Node & {
  __typename?: 'File';
  /** Alternative text for an image: what it shows, for people who cannot see it. */
  altText: Maybe<Scalars['String']['output']>;
  /** The current version's size in bytes. */
  byteSize: Scalars['Float']['output'];
  /** The comment it is attached to; null unless `targetKind` is COMMENT. */
  comment: Maybe<Comment>;
  /** What kind of content it is. */
  contentKind: FileContentKind;
  /** The content's type, read from the bytes (not what the uploader declared). */
  contentType: Scalars['String']['output'];
  /** When the first version was uploaded. */
  createdAt: Scalars['DateTime']['output'];
  /** The current version. */
  currentVersion: FileVersion;
  /** Whether the image is decorative and needs no alternative text. */
  decorative: Scalars['Boolean']['output'];
  /** When it was deleted; null unless deleted. */
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  /**
   * A link to download the current version, valid for a few minutes and issued only to those who can
   * see the file. INLINE is granted only for PNG, JPEG, GIF, WebP, AVIF (with alt text or marked
   * decorative) and PDF; anything else is served as an attachment.
   */
  downloadUrl: Scalars['String']['output'];
  /** The image's height in pixels; null for other content or before the preview is made. */
  height: Maybe<Scalars['Int']['output']>;
  /** The file's opaque global ID. */
  id: Scalars['ID']['output'];
  /** Whether the file may be shown inline: a safe image with alt text (or marked decorative), or a PDF. */
  inlineAllowed: Scalars['Boolean']['output'];
  /** The language of the content, as a BCP 47 tag (for example `en`, `pt-BR`). */
  language: Maybe<Scalars['String']['output']>;
  /** A longer description of the content (a chart's data, a diagram's structure). */
  longDescription: Maybe<Scalars['String']['output']>;
  /** The file's name, with its extension; renaming does not change the versions' names. */
  name: Scalars['String']['output'];
  /** The PDF's page count and first-page preview; null for other content. */
  pdf: Maybe<PdfInfo>;
  /** Where the thumbnails and preview stand. */
  previewStatus: FilePreviewStatus;
  /** The project it belongs to. */
  project: Project;
  /** When a deleted file will be purged for good; null unless deleted. */
  purgeAfter: Maybe<Scalars['DateTime']['output']>;
  /** The current version's SHA-256, in hex. */
  sha256: Scalars['String']['output'];
  /** The document's tags, sorted. */
  tags: Array<Scalars['String']['output']>;
  /** What the file is attached to. */
  targetKind: FileTargetKind;
  /** A thumbnail (WebP) of an image, or of a PDF's first page; null until made, and for other content. */
  thumbnail: Maybe<Thumbnail>;
  /** When the file or its metadata last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who uploaded the first version. */
  uploadedBy: User;
  /** How many versions the file has had. */
  versionCount: Scalars['Int']['output'];
  /** Every version, newest first. */
  versions: FileVersionConnection;
  /** The image's width in pixels; null for other content or before the preview is made. */
  width: Maybe<Scalars['Int']['output']>;
  /** The work item it is attached to (directly or through a comment); null for project documents. */
  workItem: Maybe<WorkItem>;
};


/**
 * A file: an attachment of a work item or comment, or a project document. Its content is its current
 * version's; earlier versions stay in `versions`.
 */
export type FileDownloadUrlArgs = {
  disposition?: InputMaybe<FileDisposition>;
};


/**
 * A file: an attachment of a work item or comment, or a project document. Its content is its current
 * version's; earlier versions stay in `versions`.
 */
export type FileThumbnailArgs = {
  size?: InputMaybe<ThumbnailSize>;
};


/**
 * A file: an attachment of a work item or comment, or a project document. Its content is its current
 * version's; earlier versions stay in `versions`.
 */
export type FileVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of files. */
export type FileConnection = {
  __typename?: 'FileConnection';
  /** The files on this page with their cursors. */
  edges: Array<FileEdge>;
  /** The nodes on this page, in order, without their cursors: the same as `edges { node }`. */
  nodes: Array<File>;
  /** Pagination details. */
  pageInfo: PageInfo;
  /** How many files the list holds in all. */
  totalCount: Scalars['Int']['output'];
};

/** What the content of a file is, read from its bytes. */
export type FileContentKind =
  /** A raster image (PNG, JPEG, GIF, WebP, AVIF, TIFF...). */
  | 'IMAGE'
  /** Anything else. */
  | 'OTHER'
  /** A PDF document. */
  | 'PDF'
  /** An SVG image: never shown inline, always downloaded. */
  | 'SVG'
  /** Text (plain, CSV, JSON, markdown, HTML...). */
  | 'TEXT';

/** How a download is offered to the browser. */
export type FileDisposition =
  /** Saved as a file. */
  | 'ATTACHMENT'
  /** Shown in the page (only images with alt text or marked decorative, and PDFs); other files are downloaded. */
  | 'INLINE';

/** A file in a connection. */
export type FileEdge = {
  __typename?: 'FileEdge';
  /** The cursor to resume after this file. */
  cursor: Scalars['String']['output'];
  /** The file. */
  node: File;
};

/** An organization's file limits. */
export type FileLimits = {
  __typename?: 'FileLimits';
  /** The largest `maxFileBytes` this deployment accepts. */
  deploymentMaxFileBytes: Scalars['Float']['output'];
  /** The largest file anyone may upload, in bytes (default 100 MiB). */
  maxFileBytes: Scalars['Float']['output'];
  /** The organization. */
  organization: Organization;
  /** How many bytes each project's files may take in all (default 10 GiB). */
  projectQuotaBytes: Scalars['Float']['output'];
  /** How many days deleted files are kept for restoring before they are purged (default 30). */
  retentionDays: Scalars['Int']['output'];
};

/** Where the thumbnails and preview of a file's content stand. */
export type FilePreviewStatus =
  /** The content could not be read as an image or a PDF. */
  | 'FAILED'
  /** The content has no preview (not an image or a PDF). */
  | 'NONE'
  /** Being made in the background, shortly after the upload. */
  | 'PENDING'
  /** Made: see `thumbnail` and `pdf`. */
  | 'READY';

/** What a file is attached to. */
export type FileTargetKind =
  /** A comment on a work item. */
  | 'COMMENT'
  /** A project: the file is a project document. */
  | 'PROJECT'
  /** A work item. */
  | 'WORK_ITEM';

/**
 * A signed upload: send the file's bytes to `url` before `expiresAt`, then call `completeUpload`. With
 * `method` PUT, send the bytes as the body with `headers`. With POST, send a multipart form with every
 * field of `fields` first, then the file as the field named `file`.
 */
export type FileUpload = Node & {
  __typename?: 'FileUpload';
  /** The number of bytes declared; the store refuses more. */
  byteSize: Scalars['Float']['output'];
  /** Whether `completeUpload` has recorded it. */
  completed: Scalars['Boolean']['output'];
  /** When the signed upload stops being accepted. */
  expiresAt: Scalars['DateTime']['output'];
  /** Form fields a POST must send before the file, in order. */
  fields: Array<HttpField>;
  /** The file name as it will be stored (directory parts and unsafe characters removed). */
  fileName: Scalars['String']['output'];
  /** Headers the request must carry. */
  headers: Array<HttpField>;
  /** The upload's opaque global ID: pass it to `completeUpload`. */
  id: Scalars['ID']['output'];
  /** PUT or POST. */
  method: Scalars['String']['output'];
  /** Where to send the bytes. */
  url: Scalars['String']['output'];
};

/** How much storage a project's files take. */
export type FileUsage = {
  __typename?: 'FileUsage';
  /** The project's quota in bytes, from its organization's limits. */
  quotaBytes: Scalars['Float']['output'];
  /** Bytes stored: each distinct content once, every version and deleted files not yet purged included. */
  usedBytes: Scalars['Float']['output'];
};

/** One uploaded version of a file. */
export type FileVersion = Node & {
  __typename?: 'FileVersion';
  /** Its size in bytes. */
  byteSize: Scalars['Float']['output'];
  /** The content's type, read from the bytes. */
  contentType: Scalars['String']['output'];
  /** When it was uploaded. */
  createdAt: Scalars['DateTime']['output'];
  /** A link to download this version (as an attachment), valid for a few minutes. */
  downloadUrl: Scalars['String']['output'];
  /** The file it is a version of. */
  file: File;
  /** The name it was uploaded with. */
  fileName: Scalars['String']['output'];
  /** The version's opaque global ID. */
  id: Scalars['ID']['output'];
  /** 1 for the first upload, then 2, 3... */
  number: Scalars['Int']['output'];
  /** Its SHA-256, in hex. */
  sha256: Scalars['String']['output'];
  /** Who uploaded it. */
  uploadedBy: User;
};

/** A page of a file's versions. */
export type FileVersionConnection = {
  __typename?: 'FileVersionConnection';
  /** The versions on this page with their cursors. */
  edges: Array<FileVersionEdge>;
  /** The nodes on this page, in order, without their cursors: the same as `edges { node }`. */
  nodes: Array<FileVersion>;
  /** Pagination details. */
  pageInfo: PageInfo;
  /** How many versions the file has. */
  totalCount: Scalars['Int']['output'];
};

/** A version in a connection. */
export type FileVersionEdge = {
  __typename?: 'FileVersionEdge';
  /** The cursor to resume after this version. */
  cursor: Scalars['String']['output'];
  /** The version. */
  node: FileVersion;
};

/** A name and a value: a header or a form field. */
export type HttpField = {
  __typename?: 'HttpField';
  /** The name. */
  name: Scalars['String']['output'];
  /** The value. */
  value: Scalars['String']['output'];
};

/** A link shown beside the files of a work item, comment or project: at most one per (target, URL). */
export type LinkAttachment = Node & {
  __typename?: 'LinkAttachment';
  /** When it was added. */
  createdAt: Scalars['DateTime']['output'];
  /** Who added it. */
  createdBy: User;
  /** An icon shown beside the link (an https URL). */
  iconUrl: Maybe<Scalars['String']['output']>;
  /** The link's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The project it belongs to. */
  project: Project;
  /** A second line shown under the title (a status, a repository). */
  subtitle: Maybe<Scalars['String']['output']>;
  /** What the link is attached to. */
  targetKind: FileTargetKind;
  /** The title shown for the link. */
  title: Scalars['String']['output'];
  /** When it was last updated. */
  updatedAt: Scalars['DateTime']['output'];
  /** The URL (http or https). */
  url: Scalars['String']['output'];
  /** The work item it is attached to (directly or through a comment); null for project links. */
  workItem: Maybe<WorkItem>;
};

/** A page of link attachments. */
export type LinkAttachmentConnection = {
  __typename?: 'LinkAttachmentConnection';
  /** The links on this page with their cursors. */
  edges: Array<LinkAttachmentEdge>;
  /** The nodes on this page, in order, without their cursors: the same as `edges { node }`. */
  nodes: Array<LinkAttachment>;
  /** Pagination details. */
  pageInfo: PageInfo;
  /** How many links the target has. */
  totalCount: Scalars['Int']['output'];
};

/** A link attachment in a connection. */
export type LinkAttachmentEdge = {
  __typename?: 'LinkAttachmentEdge';
  /** The cursor to resume after this link. */
  cursor: Scalars['String']['output'];
  /** The link. */
  node: LinkAttachment;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Checks the bytes you sent for an upload (size, SHA-256, the real type read from the content) and
   * records them as a new file, or as a new version of the file the upload was made for. Content whose
   * type does not match what was declared, executables passed off as documents and SVG images with
   * scripts are refused, and the bytes are deleted.
   */
  completeUpload: CompleteUploadPayload;
  /**
   * Starts an upload: checks your rights on the target, the file's size against the organization's
   * limits and the project's quota, and answers a short-lived signed upload to send the bytes to (with
   * `PUT`, or a multipart `POST` of `fields` then the file). Nothing is recorded until `completeUpload`.
   * Requires the MEMBER role in the project.
   */
  createUpload: CreateUploadPayload;
  /**
   * Deletes a file: it leaves lists at once and is purged after the organization's retention period,
   * until when `restoreFile` brings it back. Its uploader or a project ADMIN may delete it.
   */
  deleteFile: DeleteFilePayload;
  /** Removes a link attachment. Requires the MEMBER role in the project. */
  deleteLinkAttachment: DeleteLinkAttachmentPayload;
  /**
   * Service-to-service: removes link attachments an integration made (a deleted repository connection's),
   * each with its `link_attachment.deleted` event. Idempotent: attachments already gone, and those of
   * items in other organizations, are left out. Not part of the public API.
   */
  deleteServiceLinkAttachments: DeleteServiceLinkAttachmentsPayload;
  /** Brings back a deleted file that has not been purged yet. Its uploader or a project ADMIN may restore it. */
  restoreFile: RestoreFilePayload;
  /** Sets an organization's file limits. Requires the ADMIN role (or ownership) of the organization. */
  setFileLimits: SetFileLimitsPayload;
  /** Renames a file and edits its accessibility metadata and tags. Requires the MEMBER role in the project. */
  updateFile: UpdateFilePayload;
  /**
   * Adds a link (a pull request, a design, a document elsewhere) to a work item, comment or project,
   * or updates the one with the same URL there: one link per (target, URL). Requires the MEMBER role.
   */
  upsertLinkAttachment: UpsertLinkAttachmentPayload;
  /**
   * Service-to-service: adds or updates link attachments on work items on behalf of an integration
   * (a connected repository), one per (item, URL) as `upsertLinkAttachment` does. Not part of the
   * public API.
   */
  upsertServiceLinkAttachments: UpsertServiceLinkAttachmentsPayload;
};


export type MutationCompleteUploadArgs = {
  input: CompleteUploadInput;
};


export type MutationCreateUploadArgs = {
  input: CreateUploadInput;
};


export type MutationDeleteFileArgs = {
  input: DeleteFileInput;
};


export type MutationDeleteLinkAttachmentArgs = {
  input: DeleteLinkAttachmentInput;
};


export type MutationDeleteServiceLinkAttachmentsArgs = {
  input: DeleteServiceLinkAttachmentsInput;
};


export type MutationRestoreFileArgs = {
  input: RestoreFileInput;
};


export type MutationSetFileLimitsArgs = {
  input: SetFileLimitsInput;
};


export type MutationUpdateFileArgs = {
  input: UpdateFileInput;
};


export type MutationUpsertLinkAttachmentArgs = {
  input: UpsertLinkAttachmentInput;
};


export type MutationUpsertServiceLinkAttachmentsArgs = {
  input: UpsertServiceLinkAttachmentsInput;
};

/**
 * An object with a globally unique, opaque ID. Any such ID can be passed to `Query.node` to fetch the
 * object, whichever service owns it.
 */
export type Node = {
  /** The object's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** An organization: the top-level container of people, teams and projects. */
export type Organization = {
  __typename?: 'Organization';
  /** The organization's opaque global ID. */
  id: Scalars['ID']['output'];
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

/** A PDF's page count and preview. */
export type PdfInfo = {
  __typename?: 'PdfInfo';
  /** How many pages it has; null until the preview is made or when it could not be read. */
  pageCount: Maybe<Scalars['Int']['output']>;
  /** The first page as a PNG, up to 640 pixels wide, valid for a few minutes; null until made. */
  previewUrl: Maybe<Scalars['String']['output']>;
};

/** A project: where work is planned and tracked, inside one organization. */
export type Project = {
  __typename?: 'Project';
  /** The project's documents, oldest first. */
  documents: FileConnection;
  /** How much storage the project's files take against its quota. */
  fileUsage: FileUsage;
  /** The project's opaque global ID. */
  id: Scalars['ID']['output'];
  /** Links attached to the project, oldest first. */
  linkAttachments: LinkAttachmentConnection;
};


/** A project: where work is planned and tracked, inside one organization. */
export type ProjectDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** A project: where work is planned and tracked, inside one organization. */
export type ProjectLinkAttachmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** A file you can see (an attachment of an item or comment in a project you can read, or a project document), by ID. */
  file: File;
  /**
   * An organization's file limits: the largest file, each project's quota and how long deleted files
   * are kept. Any member of the organization can read them.
   */
  fileLimits: FileLimits;
};


export type QueryFileArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFileLimitsArgs = {
  organizationId: Scalars['ID']['input'];
};

/** The file to restore. */
export type RestoreFileInput = {
  /** The file. */
  fileId: Scalars['ID']['input'];
};

/** The restored file. */
export type RestoreFilePayload = {
  __typename?: 'RestoreFilePayload';
  /** The file, listed again. */
  file: File;
};

/** One link on one work item. */
export type ServiceLinkInput = {
  /** A second line (at most 300 characters). */
  subtitle?: InputMaybe<Scalars['String']['input']>;
  /** The title shown (1-300 characters). */
  title: Scalars['String']['input'];
  /** The URL: http or https, at most 2,048 characters. */
  url: Scalars['String']['input'];
  /** The work item's raw uuid. */
  workItemId: Scalars['ID']['input'];
};

/** A link attachment an integration upserted. IDs are raw database uuids. */
export type ServiceLinkResult = {
  __typename?: 'ServiceLinkResult';
  /** Whether it was added (false: the link with this URL was updated). */
  created: Scalars['Boolean']['output'];
  /** The link attachment's uuid. */
  linkAttachmentId: Scalars['ID']['output'];
  /** The work item's uuid. */
  workItemId: Scalars['ID']['output'];
};

/** An organization's new file limits; omitted fields stay. */
export type SetFileLimitsInput = {
  /** The largest file, in bytes: 1 KiB up to the deployment's maximum. */
  maxFileBytes?: InputMaybe<Scalars['Float']['input']>;
  /** The organization. */
  organizationId: Scalars['ID']['input'];
  /** Each project's quota, in bytes: at least `maxFileBytes`. */
  projectQuotaBytes?: InputMaybe<Scalars['Float']['input']>;
  /** Days deleted files are kept before they are purged: 1-365. */
  retentionDays?: InputMaybe<Scalars['Int']['input']>;
};

/** The organization's limits as they are now. */
export type SetFileLimitsPayload = {
  __typename?: 'SetFileLimitsPayload';
  /** The limits. */
  limits: FileLimits;
};

/** A thumbnail image. */
export type Thumbnail = {
  __typename?: 'Thumbnail';
  /** Its height in pixels. */
  height: Scalars['Int']['output'];
  /** A link to the WebP image, valid for a few minutes. */
  url: Scalars['String']['output'];
  /** Its width in pixels. */
  width: Scalars['Int']['output'];
};

/** A thumbnail size, by its longest side. */
export type ThumbnailSize =
  /** At most 640 pixels on its longest side. */
  | 'LARGE'
  /** At most 160 pixels on its longest side. */
  | 'SMALL';

/** A file's new name, accessibility metadata and tags; omitted fields stay, null clears. */
export type UpdateFileInput = {
  /** Alternative text (at most 1,000 characters); null clears it. */
  altText?: InputMaybe<Scalars['String']['input']>;
  /** Whether the image is decorative. */
  decorative?: InputMaybe<Scalars['Boolean']['input']>;
  /** The file. */
  fileId: Scalars['ID']['input'];
  /** The content's language as a BCP 47 tag; null clears it. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** A longer description (at most 10,000 characters); null clears it. */
  longDescription?: InputMaybe<Scalars['String']['input']>;
  /** The new name, with its extension. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The document's tags (at most 20, each 1-40 characters); replaces the old ones. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The updated file. */
export type UpdateFilePayload = {
  __typename?: 'UpdateFilePayload';
  /** The file as it is now. */
  file: File;
};

/** A link to attach, or to update where one with the same URL is attached. */
export type UpsertLinkAttachmentInput = {
  /** An https URL of an icon (at most 2,048 characters). */
  iconUrl?: InputMaybe<Scalars['String']['input']>;
  /** A second line (at most 300 characters). */
  subtitle?: InputMaybe<Scalars['String']['input']>;
  /** A work item, comment or project ID. */
  target: Scalars['ID']['input'];
  /** The title shown (1-300 characters). */
  title: Scalars['String']['input'];
  /** The URL: http or https, at most 2,048 characters. */
  url: Scalars['String']['input'];
};

/** The link attachment. */
export type UpsertLinkAttachmentPayload = {
  __typename?: 'UpsertLinkAttachmentPayload';
  /** Whether it was added (false: an existing link with this URL was updated). */
  created: Scalars['Boolean']['output'];
  /** The link as it is now. */
  linkAttachment: LinkAttachment;
};

/** Links an integration attaches to work items. */
export type UpsertServiceLinkAttachmentsInput = {
  /** The raw uuid of the user the links are created in the name of (who connected the integration). */
  actorId: Scalars['ID']['input'];
  /** The links, at most 100. */
  links: Array<ServiceLinkInput>;
  /** The raw uuid of the organization every item must belong to; items elsewhere are skipped. */
  organizationId: Scalars['ID']['input'];
};

/** The links as they are now. */
export type UpsertServiceLinkAttachmentsPayload = {
  __typename?: 'UpsertServiceLinkAttachmentsPayload';
  /** One entry per link asked for, in order: null when the item does not exist or is in another organization. */
  links: Array<Maybe<ServiceLinkResult>>;
};

/** A person with a Workgraph account. */
export type User = {
  __typename?: 'User';
  /** The user's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** A unit of work in a project: an epic, story, task, bug or subtask. */
export type WorkItem = {
  __typename?: 'WorkItem';
  /** Files attached to the item itself (not to its comments), oldest first. */
  attachments: FileConnection;
  /** The work item's opaque global ID. */
  id: Scalars['ID']['output'];
  /** Links attached to the item, oldest first. */
  linkAttachments: LinkAttachmentConnection;
};


/** A unit of work in a project: an epic, story, task, bug or subtask. */
export type WorkItemAttachmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A unit of work in a project: an epic, story, task, bug or subtask. */
export type WorkItemLinkAttachmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
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
  Comment: Comment;
  File: File;
  FileUpload: FileUpload;
  FileVersion: FileVersion;
  LinkAttachment: LinkAttachment;
  Project: Project;
  WorkItem: WorkItem;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Comment:
    ( { __typename: 'Comment' }
    & GraphQLRecursivePick<FederationTypes['Comment'], {"id":true}> );
  File:
    ( { __typename: 'File' }
    & GraphQLRecursivePick<FederationTypes['File'], {"id":true}> );
  FileUpload:
    ( { __typename: 'FileUpload' }
    & GraphQLRecursivePick<FederationTypes['FileUpload'], {"id":true}> );
  FileVersion:
    ( { __typename: 'FileVersion' }
    & GraphQLRecursivePick<FederationTypes['FileVersion'], {"id":true}> );
  LinkAttachment:
    ( { __typename: 'LinkAttachment' }
    & GraphQLRecursivePick<FederationTypes['LinkAttachment'], {"id":true}> );
  Project:
    ( { __typename: 'Project' }
    & GraphQLRecursivePick<FederationTypes['Project'], {"id":true}> );
  WorkItem:
    ( { __typename: 'WorkItem' }
    & GraphQLRecursivePick<FederationTypes['WorkItem'], {"id":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Node:
    | ( FileMapperModel )
    | ( FileUploadMapperModel )
    | ( FileVersionMapperModel )
    | ( LinkAttachmentMapperModel )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Comment: ResolverTypeWrapper<EntityRefMapperModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CompleteUploadInput: CompleteUploadInput;
  CompleteUploadPayload: ResolverTypeWrapper<Omit<CompleteUploadPayload, 'file' | 'version'> & { file: ResolversTypes['File'], version: ResolversTypes['FileVersion'] }>;
  CreateUploadInput: CreateUploadInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CreateUploadPayload: ResolverTypeWrapper<Omit<CreateUploadPayload, 'upload'> & { upload: ResolversTypes['FileUpload'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteFileInput: DeleteFileInput;
  DeleteFilePayload: ResolverTypeWrapper<Omit<DeleteFilePayload, 'file'> & { file: ResolversTypes['File'] }>;
  DeleteLinkAttachmentInput: DeleteLinkAttachmentInput;
  DeleteLinkAttachmentPayload: ResolverTypeWrapper<DeleteLinkAttachmentPayload>;
  DeleteServiceLinkAttachmentsInput: DeleteServiceLinkAttachmentsInput;
  DeleteServiceLinkAttachmentsPayload: ResolverTypeWrapper<DeleteServiceLinkAttachmentsPayload>;
  File: ResolverTypeWrapper<FileMapperModel>;
  FileConnection: ResolverTypeWrapper<FileConnectionMapperModel>;
  FileContentKind: FileContentKind;
  FileDisposition: FileDisposition;
  FileEdge: ResolverTypeWrapper<FileEdgeMapperModel>;
  FileLimits: ResolverTypeWrapper<FileLimitsMapperModel>;
  FilePreviewStatus: FilePreviewStatus;
  FileTargetKind: FileTargetKind;
  FileUpload: ResolverTypeWrapper<FileUploadMapperModel>;
  FileUsage: ResolverTypeWrapper<FileUsageMapperModel>;
  FileVersion: ResolverTypeWrapper<FileVersionMapperModel>;
  FileVersionConnection: ResolverTypeWrapper<FileVersionConnectionMapperModel>;
  FileVersionEdge: ResolverTypeWrapper<FileVersionEdgeMapperModel>;
  HttpField: ResolverTypeWrapper<HttpField>;
  LinkAttachment: ResolverTypeWrapper<LinkAttachmentMapperModel>;
  LinkAttachmentConnection: ResolverTypeWrapper<LinkAttachmentConnectionMapperModel>;
  LinkAttachmentEdge: ResolverTypeWrapper<LinkAttachmentEdgeMapperModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Organization: ResolverTypeWrapper<EntityRefMapperModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PdfInfo: ResolverTypeWrapper<PdfInfo>;
  Project: ResolverTypeWrapper<ProjectRefMapperModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RestoreFileInput: RestoreFileInput;
  RestoreFilePayload: ResolverTypeWrapper<Omit<RestoreFilePayload, 'file'> & { file: ResolversTypes['File'] }>;
  ServiceLinkInput: ServiceLinkInput;
  ServiceLinkResult: ResolverTypeWrapper<ServiceLinkResult>;
  SetFileLimitsInput: SetFileLimitsInput;
  SetFileLimitsPayload: ResolverTypeWrapper<Omit<SetFileLimitsPayload, 'limits'> & { limits: ResolversTypes['FileLimits'] }>;
  Thumbnail: ResolverTypeWrapper<Thumbnail>;
  ThumbnailSize: ThumbnailSize;
  UpdateFileInput: UpdateFileInput;
  UpdateFilePayload: ResolverTypeWrapper<Omit<UpdateFilePayload, 'file'> & { file: ResolversTypes['File'] }>;
  UpsertLinkAttachmentInput: UpsertLinkAttachmentInput;
  UpsertLinkAttachmentPayload: ResolverTypeWrapper<Omit<UpsertLinkAttachmentPayload, 'linkAttachment'> & { linkAttachment: ResolversTypes['LinkAttachment'] }>;
  UpsertServiceLinkAttachmentsInput: UpsertServiceLinkAttachmentsInput;
  UpsertServiceLinkAttachmentsPayload: ResolverTypeWrapper<UpsertServiceLinkAttachmentsPayload>;
  User: ResolverTypeWrapper<EntityRefMapperModel>;
  WorkItem: ResolverTypeWrapper<EntityRefMapperModel>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Comment: EntityRefMapperModel;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  CompleteUploadInput: CompleteUploadInput;
  CompleteUploadPayload: Omit<CompleteUploadPayload, 'file' | 'version'> & { file: ResolversParentTypes['File'], version: ResolversParentTypes['FileVersion'] };
  CreateUploadInput: CreateUploadInput;
  Float: Scalars['Float']['output'];
  CreateUploadPayload: Omit<CreateUploadPayload, 'upload'> & { upload: ResolversParentTypes['FileUpload'] };
  DateTime: Scalars['DateTime']['output'];
  DeleteFileInput: DeleteFileInput;
  DeleteFilePayload: Omit<DeleteFilePayload, 'file'> & { file: ResolversParentTypes['File'] };
  DeleteLinkAttachmentInput: DeleteLinkAttachmentInput;
  DeleteLinkAttachmentPayload: DeleteLinkAttachmentPayload;
  DeleteServiceLinkAttachmentsInput: DeleteServiceLinkAttachmentsInput;
  DeleteServiceLinkAttachmentsPayload: DeleteServiceLinkAttachmentsPayload;
  File: FileMapperModel;
  FileConnection: FileConnectionMapperModel;
  FileEdge: FileEdgeMapperModel;
  FileLimits: FileLimitsMapperModel;
  FileUpload: FileUploadMapperModel;
  FileUsage: FileUsageMapperModel;
  FileVersion: FileVersionMapperModel;
  FileVersionConnection: FileVersionConnectionMapperModel;
  FileVersionEdge: FileVersionEdgeMapperModel;
  HttpField: HttpField;
  LinkAttachment: LinkAttachmentMapperModel;
  LinkAttachmentConnection: LinkAttachmentConnectionMapperModel;
  LinkAttachmentEdge: LinkAttachmentEdgeMapperModel;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Organization: EntityRefMapperModel;
  PageInfo: PageInfo;
  PdfInfo: PdfInfo;
  Project: ProjectRefMapperModel;
  Query: Record<PropertyKey, never>;
  RestoreFileInput: RestoreFileInput;
  RestoreFilePayload: Omit<RestoreFilePayload, 'file'> & { file: ResolversParentTypes['File'] };
  ServiceLinkInput: ServiceLinkInput;
  ServiceLinkResult: ServiceLinkResult;
  SetFileLimitsInput: SetFileLimitsInput;
  SetFileLimitsPayload: Omit<SetFileLimitsPayload, 'limits'> & { limits: ResolversParentTypes['FileLimits'] };
  Thumbnail: Thumbnail;
  UpdateFileInput: UpdateFileInput;
  UpdateFilePayload: Omit<UpdateFilePayload, 'file'> & { file: ResolversParentTypes['File'] };
  UpsertLinkAttachmentInput: UpsertLinkAttachmentInput;
  UpsertLinkAttachmentPayload: Omit<UpsertLinkAttachmentPayload, 'linkAttachment'> & { linkAttachment: ResolversParentTypes['LinkAttachment'] };
  UpsertServiceLinkAttachmentsInput: UpsertServiceLinkAttachmentsInput;
  UpsertServiceLinkAttachmentsPayload: UpsertServiceLinkAttachmentsPayload;
  User: EntityRefMapperModel;
  WorkItem: EntityRefMapperModel;
}>;

export type CallerDependentDirectiveArgs = { };

export type CallerDependentDirectiveResolver<Result, Parent, ContextType = FilesContext, Args = CallerDependentDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CommentResolvers<ContextType = FilesContext, ParentType extends ResolversParentTypes['Comment'] = ResolversParentTypes['Comment'], FederationReferenceType extends FederationReferenceTypes['Comment'] = FederationReferenceTypes['Comment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Comment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attachments?: Resolver<ResolversTypes['FileConnection'], ParentType, ContextType, RequireFields<CommentAttachmentsArgs, 'includeDeleted'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CompleteUploadPayloadResolvers<ContextType = FilesContext, ParentType extends ResolversParentTypes['CompleteUploadPayload'] = ResolversParentTypes['CompleteUploadPayload']> = ResolversObject<{
  deduplicated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  file?: Resolver<ResolversTypes['File'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['FileVersion'], ParentType, ContextType>;
}>;

export type CreateUploadPayloadResolvers<ContextType = FilesContext, ParentType extends ResolversParentTypes['CreateUploadPayload'] = ResolversParentTypes['CreateUploadPayload']> = ResolversObject<{
  upload?: Resolver<ResolversTypes['FileUpload'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteFilePayloadResolvers<ContextType = FilesContext, ParentType extends ResolversParentTypes['DeleteFilePayload'] = ResolversParentTypes['DeleteFilePayload']> = ResolversObject<{
  file?: Resolver<ResolversTypes['File'], ParentType, ContextType>;
}>;

export type DeleteLinkAttachmentPayloadResolvers<ContextType = FilesContext, ParentType extends ResolversParentTypes['DeleteLinkAttachmentPayload'] = ResolversParentTypes['DeleteLinkAttachmentPayload']> = ResolversObject<{
  deletedLinkAttachmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type DeleteServiceLinkAttachmentsPayloadResolvers<ContextType = FilesContext, ParentType extends ResolversParentTypes['DeleteServiceLinkAttachmentsPayload'] = ResolversParentTypes['DeleteServiceLinkAttachmentsPayload']> = ResolversObject<{
  deletedLinkAttachmentIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type FileResolvers<ContextType = FilesContext, ParentType extends ResolversParentTypes['File'] = ResolversParentTypes['File'], FederationReferenceType extends FederationReferenceTypes['File'] = FederationReferenceTypes['File']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['File']> | FederationReferenceType, FederationReferenceType, ContextType>;
  altText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  byteSize?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['Comment']>, ParentType, ContextType>;
  contentKind?: Resolver<ResolversTypes['FileContentKind'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currentVersion?: Resolver<ResolversTypes['FileVersion'], ParentType, ContextType>;
  decorative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  downloadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<FileDownloadUrlArgs>>;
  height?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inlineAllowed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  longDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pdf?: Resolver<Maybe<ResolversTypes['PdfInfo']>, ParentType, ContextType>;
  previewStatus?: Resolver<ResolversTypes['FilePreviewStatus'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  purgeAfter?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  targetKind?: Resolver<ResolversTypes['FileTargetKind'], ParentType, ContextType>;
  thumbnail?: Resolver<Maybe<ResolversTypes['Thumbnail']>, ParentType, ContextType, Partial<FileThumbnailArgs>>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  uploadedBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  versionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  versions?: Resolver<ResolversTypes['FileVersionConnection'], ParentType, ContextType, Partial<FileVersionsArgs>>;
  width?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  workItem?: Resolver<Maybe<ResolversTypes['WorkItem']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FileConnectionResolvers<ContextType = FilesContext, ParentType extends ResolversParentTypes['FileConnection'] = ResolversParentTypes['FileConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FileEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['File']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FileEdgeResolvers<ContextType = FilesContext, ParentType extends ResolversParentTypes['FileEdge'] = ResolversParentTypes['FileEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['File'], ParentType, ContextType>;
}>;

export type FileLimitsResolvers<ContextType = FilesContext, ParentType extends ResolversParentTypes['FileLimits'] = ResolversParentTypes['FileLimits']> = ResolversObject<{
  deploymentMaxFileBytes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  maxFileBytes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  projectQuotaBytes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  retentionDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FileUploadResolvers<ContextType = FilesContext, ParentType extends ResolversParentTypes['FileUpload'] = ResolversParentTypes['FileUpload'], FederationReferenceType extends FederationReferenceTypes['FileUpload'] = FederationReferenceTypes['FileUpload']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['FileUpload']> | FederationReferenceType, FederationReferenceType, ContextType>;
  byteSize?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  completed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['HttpField']>, ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  headers?: Resolver<Array<ResolversTypes['HttpField']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FileUsageResolvers<ContextType = FilesContext, ParentType extends ResolversParentTypes['FileUsage'] = ResolversParentTypes['FileUsage']> = ResolversObject<{
  quotaBytes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  usedBytes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type FileVersionResolvers<ContextType = FilesContext, ParentType extends ResolversParentTypes['FileVersion'] = ResolversParentTypes['FileVersion'], FederationReferenceType extends FederationReferenceTypes['FileVersion'] = FederationReferenceTypes['FileVersion']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['FileVersion']> | FederationReferenceType, FederationReferenceType, ContextType>;
  byteSize?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  downloadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  file?: Resolver<ResolversTypes['File'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uploadedBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FileVersionConnectionResolvers<ContextType = FilesContext, ParentType extends ResolversParentTypes['FileVersionConnection'] = ResolversParentTypes['FileVersionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FileVersionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['FileVersion']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FileVersionEdgeResolvers<ContextType = FilesContext, ParentType extends ResolversParentTypes['FileVersionEdge'] = ResolversParentTypes['FileVersionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FileVersion'], ParentType, ContextType>;
}>;

export type HttpFieldResolvers<ContextType = FilesContext, ParentType extends ResolversParentTypes['HttpField'] = ResolversParentTypes['HttpField']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LinkAttachmentResolvers<ContextType = FilesContext, ParentType extends ResolversParentTypes['LinkAttachment'] = ResolversParentTypes['LinkAttachment'], FederationReferenceType extends FederationReferenceTypes['LinkAttachment'] = FederationReferenceTypes['LinkAttachment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LinkAttachment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  iconUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  subtitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetKind?: Resolver<ResolversTypes['FileTargetKind'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  workItem?: Resolver<Maybe<ResolversTypes['WorkItem']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LinkAttachmentConnectionResolvers<ContextType = FilesContext, ParentType extends ResolversParentTypes['LinkAttachmentConnection'] = ResolversParentTypes['LinkAttachmentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LinkAttachmentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['LinkAttachment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LinkAttachmentEdgeResolvers<ContextType = FilesContext, ParentType extends ResolversParentTypes['LinkAttachmentEdge'] = ResolversParentTypes['LinkAttachmentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LinkAttachment'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = FilesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  completeUpload?: Resolver<ResolversTypes['CompleteUploadPayload'], ParentType, ContextType, RequireFields<MutationCompleteUploadArgs, 'input'>>;
  createUpload?: Resolver<ResolversTypes['CreateUploadPayload'], ParentType, ContextType, RequireFields<MutationCreateUploadArgs, 'input'>>;
  deleteFile?: Resolver<ResolversTypes['DeleteFilePayload'], ParentType, ContextType, RequireFields<MutationDeleteFileArgs, 'input'>>;
  deleteLinkAttachment?: Resolver<ResolversTypes['DeleteLinkAttachmentPayload'], ParentType, ContextType, RequireFields<MutationDeleteLinkAttachmentArgs, 'input'>>;
  deleteServiceLinkAttachments?: Resolver<ResolversTypes['DeleteServiceLinkAttachmentsPayload'], ParentType, ContextType, RequireFields<MutationDeleteServiceLinkAttachmentsArgs, 'input'>>;
  restoreFile?: Resolver<ResolversTypes['RestoreFilePayload'], ParentType, ContextType, RequireFields<MutationRestoreFileArgs, 'input'>>;
  setFileLimits?: Resolver<ResolversTypes['SetFileLimitsPayload'], ParentType, ContextType, RequireFields<MutationSetFileLimitsArgs, 'input'>>;
  updateFile?: Resolver<ResolversTypes['UpdateFilePayload'], ParentType, ContextType, RequireFields<MutationUpdateFileArgs, 'input'>>;
  upsertLinkAttachment?: Resolver<ResolversTypes['UpsertLinkAttachmentPayload'], ParentType, ContextType, RequireFields<MutationUpsertLinkAttachmentArgs, 'input'>>;
  upsertServiceLinkAttachments?: Resolver<ResolversTypes['UpsertServiceLinkAttachmentsPayload'], ParentType, ContextType, RequireFields<MutationUpsertServiceLinkAttachmentsArgs, 'input'>>;
}>;

export type NodeResolvers<ContextType = FilesContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'File' | 'FileUpload' | 'FileVersion' | 'LinkAttachment', ParentType, ContextType>;
}>;

export type OrganizationResolvers<ContextType = FilesContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = FilesContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PdfInfoResolvers<ContextType = FilesContext, ParentType extends ResolversParentTypes['PdfInfo'] = ResolversParentTypes['PdfInfo']> = ResolversObject<{
  pageCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  previewUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProjectResolvers<ContextType = FilesContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project'], FederationReferenceType extends FederationReferenceTypes['Project'] = FederationReferenceTypes['Project']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Project']> | FederationReferenceType, FederationReferenceType, ContextType>;
  documents?: Resolver<ResolversTypes['FileConnection'], ParentType, ContextType, RequireFields<ProjectDocumentsArgs, 'includeDeleted'>>;
  fileUsage?: Resolver<ResolversTypes['FileUsage'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  linkAttachments?: Resolver<ResolversTypes['LinkAttachmentConnection'], ParentType, ContextType, Partial<ProjectLinkAttachmentsArgs>>;
}>;

export type QueryResolvers<ContextType = FilesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  file?: Resolver<ResolversTypes['File'], ParentType, ContextType, RequireFields<QueryFileArgs, 'id'>>;
  fileLimits?: Resolver<ResolversTypes['FileLimits'], ParentType, ContextType, RequireFields<QueryFileLimitsArgs, 'organizationId'>>;
}>;

export type RestoreFilePayloadResolvers<ContextType = FilesContext, ParentType extends ResolversParentTypes['RestoreFilePayload'] = ResolversParentTypes['RestoreFilePayload']> = ResolversObject<{
  file?: Resolver<ResolversTypes['File'], ParentType, ContextType>;
}>;

export type ServiceLinkResultResolvers<ContextType = FilesContext, ParentType extends ResolversParentTypes['ServiceLinkResult'] = ResolversParentTypes['ServiceLinkResult']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  linkAttachmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  workItemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type SetFileLimitsPayloadResolvers<ContextType = FilesContext, ParentType extends ResolversParentTypes['SetFileLimitsPayload'] = ResolversParentTypes['SetFileLimitsPayload']> = ResolversObject<{
  limits?: Resolver<ResolversTypes['FileLimits'], ParentType, ContextType>;
}>;

export type ThumbnailResolvers<ContextType = FilesContext, ParentType extends ResolversParentTypes['Thumbnail'] = ResolversParentTypes['Thumbnail']> = ResolversObject<{
  height?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  width?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UpdateFilePayloadResolvers<ContextType = FilesContext, ParentType extends ResolversParentTypes['UpdateFilePayload'] = ResolversParentTypes['UpdateFilePayload']> = ResolversObject<{
  file?: Resolver<ResolversTypes['File'], ParentType, ContextType>;
}>;

export type UpsertLinkAttachmentPayloadResolvers<ContextType = FilesContext, ParentType extends ResolversParentTypes['UpsertLinkAttachmentPayload'] = ResolversParentTypes['UpsertLinkAttachmentPayload']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  linkAttachment?: Resolver<ResolversTypes['LinkAttachment'], ParentType, ContextType>;
}>;

export type UpsertServiceLinkAttachmentsPayloadResolvers<ContextType = FilesContext, ParentType extends ResolversParentTypes['UpsertServiceLinkAttachmentsPayload'] = ResolversParentTypes['UpsertServiceLinkAttachmentsPayload']> = ResolversObject<{
  links?: Resolver<Array<Maybe<ResolversTypes['ServiceLinkResult']>>, ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = FilesContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type WorkItemResolvers<ContextType = FilesContext, ParentType extends ResolversParentTypes['WorkItem'] = ResolversParentTypes['WorkItem'], FederationReferenceType extends FederationReferenceTypes['WorkItem'] = FederationReferenceTypes['WorkItem']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WorkItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attachments?: Resolver<ResolversTypes['FileConnection'], ParentType, ContextType, RequireFields<WorkItemAttachmentsArgs, 'includeDeleted'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  linkAttachments?: Resolver<ResolversTypes['LinkAttachmentConnection'], ParentType, ContextType, Partial<WorkItemLinkAttachmentsArgs>>;
}>;

export type Resolvers<ContextType = FilesContext> = ResolversObject<{
  Comment?: CommentResolvers<ContextType>;
  CompleteUploadPayload?: CompleteUploadPayloadResolvers<ContextType>;
  CreateUploadPayload?: CreateUploadPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeleteFilePayload?: DeleteFilePayloadResolvers<ContextType>;
  DeleteLinkAttachmentPayload?: DeleteLinkAttachmentPayloadResolvers<ContextType>;
  DeleteServiceLinkAttachmentsPayload?: DeleteServiceLinkAttachmentsPayloadResolvers<ContextType>;
  File?: FileResolvers<ContextType>;
  FileConnection?: FileConnectionResolvers<ContextType>;
  FileEdge?: FileEdgeResolvers<ContextType>;
  FileLimits?: FileLimitsResolvers<ContextType>;
  FileUpload?: FileUploadResolvers<ContextType>;
  FileUsage?: FileUsageResolvers<ContextType>;
  FileVersion?: FileVersionResolvers<ContextType>;
  FileVersionConnection?: FileVersionConnectionResolvers<ContextType>;
  FileVersionEdge?: FileVersionEdgeResolvers<ContextType>;
  HttpField?: HttpFieldResolvers<ContextType>;
  LinkAttachment?: LinkAttachmentResolvers<ContextType>;
  LinkAttachmentConnection?: LinkAttachmentConnectionResolvers<ContextType>;
  LinkAttachmentEdge?: LinkAttachmentEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PdfInfo?: PdfInfoResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RestoreFilePayload?: RestoreFilePayloadResolvers<ContextType>;
  ServiceLinkResult?: ServiceLinkResultResolvers<ContextType>;
  SetFileLimitsPayload?: SetFileLimitsPayloadResolvers<ContextType>;
  Thumbnail?: ThumbnailResolvers<ContextType>;
  UpdateFilePayload?: UpdateFilePayloadResolvers<ContextType>;
  UpsertLinkAttachmentPayload?: UpsertLinkAttachmentPayloadResolvers<ContextType>;
  UpsertServiceLinkAttachmentsPayload?: UpsertServiceLinkAttachmentsPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  WorkItem?: WorkItemResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = FilesContext> = ResolversObject<{
  callerDependent?: CallerDependentDirectiveResolver<any, any, ContextType>;
}>;
