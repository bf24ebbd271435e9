import type { EntityRef } from '../../lib/entity-ref';
import type { Connection } from '../../lib/relay';
import type { WebhookAttempt, WebhookDelivery, WebhookEndpoint } from './generated/prisma/client';

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
