import type { AnyEventEnvelope, WorkItemSnapshot } from '../../../lib/events/envelope';

/** What the read model keeps of one work-item event. */
export interface ItemChange {
  snapshot: WorkItemSnapshot;
  organizationId: string;
  actorId: string | null;
  at: Date;
  deleted: boolean;
}

type WorkItemEnvelope = Extract<AnyEventEnvelope, { payload: { workItem: WorkItemSnapshot } }>;

export const carriesWorkItem = (envelope: AnyEventEnvelope): envelope is WorkItemEnvelope =>
  envelope.type.startsWith('work_item.') && 'workItem' in envelope.payload;

export function itemChangeOf(envelope: WorkItemEnvelope): ItemChange {
  return {
    snapshot: envelope.payload.workItem,
    organizationId: envelope.organizationId,
    actorId: envelope.actorId,
    at: new Date(envelope.occurredAt),
    deleted: envelope.type === 'work_item.deleted',
  };
}
