import { memoryEpochs } from '../../lib/cache/epochs';
import { accessEpochKey } from '../../lib/cache/project-access-cache';
import type { StreamEvent } from '../../lib/events/bus';
import { createLogger } from '../../lib/logger';
import type { ProjectUserKey } from '../../lib/server/project-access-loader';
import { createAccessGuard } from './access-guard';
import type { HubSubscriber } from './event-hub';

const organizationId = 'org-1';
const projectId = 'project-1';

function event(id: string): StreamEvent {
  return {
    stream: 'work-items',
    entryId: `${id}-0`,
    envelope: { id, organizationId, projectId },
  } as unknown as StreamEvent;
}

/** A subscriber as the router builds one: what arrives while held waits, in order, for the last release. */
function subscriber(userId: string) {
  const received: string[] = [];
  const held: string[] = [];
  let holds = 0;
  const state = { received, ended: false };
  const hub: HubSubscriber = {
    userId,
    projectId,
    topic: `work-items:${projectId}`,
    deliver: (e) => {
      if (state.ended) return;
      if (holds) held.push(e.envelope.id);
      else received.push(e.envelope.id);
    },
    hold: () => void (holds += 1),
    release: () => {
      holds -= 1;
      if (!holds && !state.ended) received.push(...held.splice(0));
    },
    end: () => void (state.ended = true),
  };
  return { hub, state };
}

function setUp(readable: Set<string>) {
  const epochs = memoryEpochs();
  const questions: ProjectUserKey[][] = [];
  let failing = false;
  const guard = createAccessGuard({
    epochs,
    canRead: async (keys) => {
      questions.push([...keys]);
      if (failing) throw new Error('projects unavailable');
      return keys.map((key) => readable.has(key.userId));
    },
    logger: createLogger('test', 'silent'),
  });
  const dispatch = (e: StreamEvent, subscribers: ReturnType<typeof subscriber>[]) => {
    guard.guard(
      e,
      subscribers.map((s) => s.hub),
    );
    for (const s of subscribers) s.hub.deliver(e);
  };
  return { epochs, questions, dispatch, fail: () => (failing = true) };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('The access guard of project subscriptions', () => {
  it('confirms every subscriber in one question, then delivers without asking while the access epoch stays', async () => {
    const readers = new Set(['ada', 'bob']);
    const { questions, dispatch } = setUp(readers);
    const ada = subscriber('ada');
    const bob = subscriber('bob');
    dispatch(event('e1'), [ada, bob]);
    await settled();
    dispatch(event('e2'), [ada, bob]);
    await settled();
    expect(questions).toEqual([
      [
        { projectId, userId: 'ada' },
        { projectId, userId: 'bob' },
      ],
    ]);
    expect(ada.state.received).toEqual(['e1', 'e2']);
    expect(bob.state.received).toEqual(['e1', 'e2']);
  });

  it('asks again once the organization’s epoch moves, and ends a subscriber who no longer reads the project before the event reaches them', async () => {
    const readers = new Set(['ada', 'bob']);
    const { epochs, questions, dispatch } = setUp(readers);
    const ada = subscriber('ada');
    const bob = subscriber('bob');
    dispatch(event('e1'), [ada, bob]);
    await settled();
    // Bob is removed: the writer bumps the epoch; the membership event has not arrived.
    readers.delete('bob');
    await epochs.bump(accessEpochKey(organizationId));
    dispatch(event('e2'), [ada, bob]);
    await settled();
    expect(questions).toHaveLength(2);
    expect(ada.state.received).toEqual(['e1', 'e2']);
    expect(bob.state).toEqual({ received: ['e1'], ended: true });
  });

  it('keeps a subscriber’s events in arrival order while it is being confirmed', async () => {
    const { dispatch } = setUp(new Set(['ada']));
    const ada = subscriber('ada');
    for (const id of ['e1', 'e2', 'e3']) dispatch(event(id), [ada]);
    await settled();
    expect(ada.state.received).toEqual(['e1', 'e2', 'e3']);
  });

  it('asks once for a subscriber confirmed during several events of one epoch', async () => {
    const { questions, dispatch } = setUp(new Set(['ada']));
    const ada = subscriber('ada');
    dispatch(event('e1'), [ada]);
    dispatch(event('e2'), [ada]);
    await settled();
    expect(questions).toEqual([[{ projectId, userId: 'ada' }]]);
  });

  it('ends the subscribers it cannot confirm when the projects service does not answer', async () => {
    const { dispatch, fail } = setUp(new Set(['ada']));
    const ada = subscriber('ada');
    fail();
    dispatch(event('e1'), [ada]);
    await settled();
    expect(ada.state).toEqual({ received: [], ended: true });
  });
});

describe('Re-checking project subscribers after a membership event', () => {
  it('asks about every named subscriber in one question and ends those who lost access', async () => {
    const epochs = memoryEpochs();
    const questions: ProjectUserKey[][] = [];
    const guard = createAccessGuard({
      epochs,
      canRead: async (keys) => {
        questions.push([...keys]);
        return keys.map((key) => key.userId === 'ada');
      },
      logger: createLogger('test', 'silent'),
    });
    const ada = subscriber('ada');
    const bob = subscriber('bob');
    guard.recheck([ada.hub, bob.hub]);
    ada.hub.deliver(event('e1'));
    bob.hub.deliver(event('e1'));
    await settled();
    expect(questions).toHaveLength(1);
    expect(ada.state).toEqual({ received: ['e1'], ended: false });
    expect(bob.state).toEqual({ received: [], ended: true });
  });
});
