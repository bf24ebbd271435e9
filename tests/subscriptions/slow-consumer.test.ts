import type WebSocket from 'ws';
import {
  closeOf,
  connectSubscriptions,
  createWorkItem,
  nextMatching,
  nextMessage,
  opened,
  rawSocket,
  seedProjectTeam,
  subscribe,
  untilSubscribed,
  useTestStack,
} from '../testkit';

const maxBufferedBytes = 256 * 1024;
const stack = useTestStack({ routerLimits: { maxWebSocketBufferedBytes: maxBufferedBytes } });

const changes = `
  subscription ($projectId: ID!) {
    workItemChanged(projectId: $projectId) { kind workItemId workItem { title description } }
  }
`;

/** The TCP socket under a `ws` client: pausing it stops reading, as a frozen client does. */
const transportOf = (socket: WebSocket) =>
  (socket as unknown as { _socket: { pause(): void; resume(): void } })._socket;

describe('A client that stops reading', () => {
  it('is closed with 4413 once too much waits for it, while the others on its board receive every change', async () => {
    const team = await seedProjectTeam(stack);
    const probe = () => createWorkItem(stack, team.admin.token, { projectId: team.project.id, title: 'probe' });
    const fast = await connectSubscriptions(stack.routerUrl, team.member.token);
    const live = subscribe(fast, changes, { projectId: team.project.id });
    await untilSubscribed(live, probe);

    const slow = rawSocket(stack.routerUrl);
    const closed = closeOf(slow);
    await opened(slow);
    slow.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${team.viewer.token}` } }));
    expect(await nextMessage(slow)).toEqual({ type: 'connection_ack' });
    const before = stack.activeSubscriptions();
    const subscriptions = 20;
    for (let id = 0; id < subscriptions; id += 1) {
      slow.send(
        JSON.stringify({
          type: 'subscribe',
          id: `s${id}`,
          payload: { query: changes, variables: { projectId: team.project.id } },
        }),
      );
    }
    const deadline = Date.now() + 10_000;
    while (stack.activeSubscriptions() < before + subscriptions) {
      if (Date.now() > deadline) throw new Error('The slow client’s subscriptions did not register.');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    let received = 0;
    slow.on('message', () => (received += 1));
    transportOf(slow).pause();

    // Each change is ~60 KB per subscription: 1.2 MB a change for the slow client, far past what the
    // kernel's buffers and the router's bound hold after a dozen changes.
    const description = 'x'.repeat(60_000);
    for (let n = 0; n < 12; n += 1) {
      const created = await createWorkItem(stack, team.member.token, {
        projectId: team.project.id,
        title: `Big ${n}`,
        description,
      });
      const event = await nextMatching(live, 'workItemChanged', (e) => e.workItemId === created.id);
      expect((event.workItem as { description: string }).description).toHaveLength(60_000);
    }

    transportOf(slow).resume();
    expect(await closed).toEqual({
      code: 4413,
      reason: 'Slow consumer: too much unsent; reconnect and resume with the last cursor',
    });
    expect(received).toBeLessThan(12 * subscriptions);
    await fast.dispose();
  });
});
