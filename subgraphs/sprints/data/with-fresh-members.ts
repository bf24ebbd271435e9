import { conflict } from '../../../lib/errors';
import type { SprintsPrisma, SprintsTx } from '../db';
import type { WorkItemLookup } from '../projection/work-item-lookup';
import { memberIdsOf, membersOf, type MemberWithItem } from './sprint-items';

/** A member joined after its items were read through: the transaction starts over. */
class MembersChanged extends Error {}

const maxRounds = 3;

/** The sprint's members, each read through; call it with the sprint locked. */
export type FreshMembers = () => Promise<MemberWithItem[]>;

/**
 * Runs `write`, a transaction that records figures of record, so that it sees every change of the
 * sprint's items the work-items service acknowledged before this call, not only those the read model
 * has heard of: the members' current states are read from the service first (outside the
 * transaction, so no lock waits on the network) and applied to the read model. `write` locks the
 * sprint, then gets the members from `freshMembers`; an item added meanwhile is read through too,
 * with the transaction run again. `at`, the moment of record, is taken after the read-through: what
 * it found (a deletion, say) happened before it.
 */
export async function withFreshMembers<T>(
  services: { prisma: SprintsPrisma; workItemLookup: WorkItemLookup },
  sprintId: string,
  write: (tx: SprintsTx, freshMembers: FreshMembers, at: Date) => Promise<T>,
): Promise<T> {
  const readThrough = new Set<string>();
  for (let round = 1; ; round += 1) {
    const unread = (await memberIdsOf(services.prisma, sprintId)).filter((id) => !readThrough.has(id));
    await services.workItemLookup.refresh(unread);
    unread.forEach((id) => readThrough.add(id));
    try {
      const freshMembers = (tx: SprintsTx) => async () => {
        const members = await membersOf(tx, sprintId);
        if (members.some(({ membership }) => !readThrough.has(membership.workItemId))) throw new MembersChanged();
        return members;
      };
      return await services.prisma.$transaction((tx) => write(tx, freshMembers(tx), new Date()));
    } catch (error) {
      if (!(error instanceof MembersChanged)) throw error;
      if (round === maxRounds) {
        throw conflict("The sprint's items kept changing while its figures were being recorded: try again.");
      }
    }
  }
}
