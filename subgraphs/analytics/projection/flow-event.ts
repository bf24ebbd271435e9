import type { AnyEventEnvelope, WorkItemSnapshot } from '../../../lib/events/envelope';

/** Snapshot fields events written before version 1.1 of the payload do not carry. */
interface LaterSnapshotFields {
  stateName?: string;
  labelIds?: string[];
  createdAt?: string;
}

/** What the read model keeps of one work-item event. */
export interface ItemChange {
  snapshot: WorkItemSnapshot & LaterSnapshotFields;
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
