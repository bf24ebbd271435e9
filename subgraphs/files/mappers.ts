import type { EntityRef } from '../../lib/entity-ref';
import type { Connection } from '../../lib/relay';
import type { File, FileVersion, LinkAttachment, Upload } from './generated/prisma/client';
import type { EffectiveLimits } from './rules/limits';

/** An entity another subgraph owns, by global ID: federation resolves the rest. */
export type EntityRefMapper = EntityRef;

/** A project by raw uuid; the projects subgraph owns it, this subgraph adds its documents and usage. */
export interface ProjectRefMapper {
  projectId: string;
}

export type FileMapper = File;
export type FileVersionMapper = FileVersion;
export type LinkAttachmentMapper = LinkAttachment;
export type FileUploadMapper = Upload;

export interface FileLimitsMapper {
  organizationId: string;
  limits: EffectiveLimits;
}

export interface FileUsageMapper {
  projectId: string;
  organizationId: string;
}

export type FileConnectionMapper = Connection<File>;
export type FileEdgeMapper = Connection<File>['edges'][number];
export type FileVersionConnectionMapper = Connection<FileVersion>;
export type FileVersionEdgeMapper = Connection<FileVersion>['edges'][number];
export type LinkAttachmentConnectionMapper = Connection<LinkAttachment>;
export type LinkAttachmentEdgeMapper = Connection<LinkAttachment>['edges'][number];
