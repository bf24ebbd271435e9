import type { Client } from 'graphql-ws';
import { encodeCursor } from '../../router/subscriptions/resume-cursor';
import {
  connectSubscriptions,
  createWorkItem,
  nextMatching,
  runMutation,
  seedProjectTeam,
  subscribe,
  untilSubscribed,
  useTestStack,
  type LiveSubscription,
  type ProjectTeam,
} from '../testkit';

const stack = useTestStack();

const changes = `
  subscription ($projectId: ID!, $after: String) {
    workItemChanged(projectId: $projectId, after: $after) {
      eventId
      cursor
      kind
      workItemId
      workItem { title }
    }
  }
`;

interface Change {
  eventId: string;
  cursor: string;
  kind: string;
  workItemId: string;
  workItem: { title: string } | null;
}

describe('Resuming a subscription after a reconnect', () => {
  let team: ProjectTeam;
  const clients: Client[] = [];
  const connect = async () => {
    const client = await connectSubscriptions(stack.routerUrl, team.viewer.token);
    clients.push(client);
    return client;
  };
  const probe = () => createWorkItem(stack, team.admin.token, { projectId: team.project.id, title: 'probe' });
  const titled = (title: string) => (event: Record<string, unknown>) =>
    (event.workItem as { title?: string } | null)?.title === title;
  /** The events a subscription receives until it has one matching `last`. */
  const receiveUntil = async (live: LiveSubscription, last: (event: Record<string, unknown>) => boolean) => {
    const received: Change[] = [];
    for (;;) {
      const event = (await live.next()).data!.workItemChanged as Change;
      received.push(event);
      if (last(event as unknown as Record<string, unknown>)) return received;
    }
  };

  beforeAll(async () => {
    team = await seedProjectTeam(stack);
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
  });

  it('delivers every missed event once, in order, from both streams of the board, then live ones', async () => {
    const first = subscribe(await connect(), changes, { projectId: team.project.id });
    await untilSubscribed(first, probe);
    const seen = await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: 'Seen' });
    const last = (await nextMatching(first, 'workItemChanged', titled('Seen'))) as unknown as Change;
    first.dispose();
    await clients.pop()!.dispose();

    // While the client is away: two items, a link attached to the first one (files stream), a third.
    const missedA = await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: 'Missed A' });
    const missedB = await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: 'Missed B' });
    await runMutation(stack, team.member.token, 'upsertLinkAttachment', 'UpsertLinkAttachmentInput', {
      target: missedA.id,
      url: 'https://example.com/spec',
      title: 'Spec',
    });
    const missedC = await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: 'Missed C' });

    const resumed = subscribe(await connect(), changes, { projectId: team.project.id, after: last.cursor });
    const caughtUp = await receiveUntil(resumed, titled('Missed C'));
    expect(caughtUp.map((event) => [event.kind, event.workItemId])).toEqual([
      ['CREATED', missedA.id],
      ['CREATED', missedB.id],
      ['ATTACHMENT_ADDED', missedA.id],
      ['CREATED', missedC.id],
    ]);
    expect(caughtUp.map((event) => event.workItemId)).not.toContain(seen.id);
    expect(new Set(caughtUp.map((event) => event.cursor)).size).toBe(caughtUp.length);

    const live = await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: 'Live again' });
    const after = await receiveUntil(resumed, titled('Live again'));
    expect(after.map((event) => event.workItemId)).toEqual([live.id]);
    resumed.dispose();
  });

  it('resumes from the cursor of any event: resubscribing from the same one again delivers the same events', async () => {
    const from = subscribe(await connect(), changes, { projectId: team.project.id });
    await untilSubscribed(from, probe);
    await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: 'Anchor' });
    const anchor = (await nextMatching(from, 'workItemChanged', titled('Anchor'))) as unknown as Change;
    for (const title of ['Then one', 'Then two']) {
      await createWorkItem(stack, team.member.token, { projectId: team.project.id, title });
    }
    await nextMatching(from, 'workItemChanged', titled('Then two'));
    from.dispose();

    const replays = await Promise.all(
      [0, 1].map(async () => {
        const again = subscribe(await connect(), changes, { projectId: team.project.id, after: anchor.cursor });
        const events = await receiveUntil(again, titled('Then two'));
        again.dispose();
        return events.map((event) => event.eventId);
      }),
    );
    expect(replays[0]).toHaveLength(2);
    expect(replays[1]).toEqual(replays[0]);
  });

  it('delivers each event once when changes keep coming while the missed ones are read', async () => {
    const from = subscribe(await connect(), changes, { projectId: team.project.id });
    await untilSubscribed(from, probe);
    await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: 'Before the gap' });
    const anchor = (await nextMatching(from, 'workItemChanged', titled('Before the gap'))) as unknown as Change;
    from.dispose();
    const titles = Array.from({ length: 8 }, (_, i) => `Busy ${i}`);
    await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: titles[0]! });
    const resumed = subscribe(await connect(), changes, { projectId: team.project.id, after: anchor.cursor });
    for (const title of titles.slice(1)) {
      await createWorkItem(stack, team.member.token, { projectId: team.project.id, title });
    }
    const received = await receiveUntil(resumed, titled(titles.at(-1)!));
    expect(received.map((event) => event.workItem?.title)).toEqual(titles);
    resumed.dispose();
  });

  it('refuses a cursor that is not one of this subscription with BAD_USER_INPUT on after', async () => {
    for (const after of ['not-a-cursor', encodeCursor({ sprints: '1700000000000-0' }, ['sprints'])]) {
      const live = subscribe(await connect(), changes, { projectId: team.project.id, after });
      await expect(live.ended).rejects.toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }) }),
      ]);
    }
  });

  it('answers RESUME_WINDOW_PASSED for a cursor older than the events the streams keep', async () => {
    const old = encodeCursor({ 'work-items': '1000-0', files: '1000-0' }, ['work-items', 'files']);
    const live = subscribe(await connect(), changes, { projectId: team.project.id, after: old });
    await expect(live.ended).rejects.toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'RESUME_WINDOW_PASSED' }) }),
    ]);
  });
});
