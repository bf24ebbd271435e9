import type { EntityRef } from '../../lib/entity-ref';
import type { Connection } from '../../lib/relay';
import type {
  VcsConnection,
  VcsLink,
  WebhookAttempt,
  WebhookDelivery,
  WebhookEndpoint,
} from './generated/prisma/client';
import type { VcsSettings } from './vcs/data/project-settings';

/** An entity another subgraph owns, by global ID: federation resolves the rest. */
export type EntityRefMapper = EntityRef;

/** A project by raw uuid; the projects subgraph owns it, this subgraph adds its webhook endpoints. */
export interface ProjectRefMapper {
  projectId: string;
}

/** An organization by raw uuid; the users subgraph owns it. */
export interface OrganizationRefMapper {
  organizationId: string;
}

export interface WebhookEventTypeMapper {
  name: string;
  version: number;
  description: string;
}

export type WebhookEndpointMapper = WebhookEndpoint;
export type WebhookDeliveryMapper = WebhookDelivery;
export type WebhookAttemptMapper = WebhookAttempt;

export type WebhookEndpointConnectionMapper = Connection<WebhookEndpoint>;
export type WebhookEndpointEdgeMapper = Connection<WebhookEndpoint>['edges'][number];
export type WebhookDeliveryConnectionMapper = Connection<WebhookDelivery>;
export type WebhookDeliveryEdgeMapper = Connection<WebhookDelivery>['edges'][number];
export type WebhookAttemptConnectionMapper = Connection<WebhookAttempt>;
export type WebhookAttemptEdgeMapper = Connection<WebhookAttempt>['edges'][number];

// ---- Version control links
export type VcsConnectionMapper = VcsConnection;
export type VcsConnectionConnectionMapper = Connection<VcsConnection>;
export type VcsConnectionEdgeMapper = Connection<VcsConnection>['edges'][number];
export type VcsLinkMapper = VcsLink;
export type VcsLinkConnectionMapper = Connection<VcsLink>;
export type VcsLinkEdgeMapper = Connection<VcsLink>['edges'][number];
export type VcsProjectSettingsMapper = VcsSettings;

/** A work item by raw uuid; the work-items subgraph owns it, this subgraph adds its version control links. */
export interface WorkItemRefMapper {
  workItemId: string;
}

/** A link attachment by raw uuid; the files subgraph owns it, this subgraph adds its pull request. */
export interface LinkAttachmentRefMapper {
  linkAttachmentId: string;
}
