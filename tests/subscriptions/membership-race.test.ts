import {
  addProjectMember,
  connectSubscriptions,
  createWorkItem,
  nextMatching,
  removeProjectMember,
  seedProjectTeam,
  subscribe,
  useTestStack,
} from '../testkit';

const stack = useTestStack();

const changes = `
  subscription ($projectId: ID!) {
    workItemChanged(projectId: $projectId) { kind workItemId workItem { title } }
  }
`;

describe('A live board when the membership event is late', () => {
  it('sends nothing of a change made after a member was removed, even before the router reads the removal', async () => {
    const team = await seedProjectTeam(stack);
    await addProjectMember(stack, team.admin.token, team.project.id, team.outsider.userId, 'MEMBER');
    const before = stack.activeSubscriptions();
    const [staying, leaving] = await Promise.all(
      [team.viewer, team.outsider].map(async (user) =>
        subscribe(await connectSubscriptions(stack.routerUrl, user.token), changes, { projectId: team.project.id }),
      ),
    );
    const deadline = Date.now() + 10_000;
    while (stack.activeSubscriptions() < before + 2 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const first = await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: 'Seen by both' });
    for (const live of [staying, leaving]) {
      expect(await nextMatching(live!, 'workItemChanged', (event) => event.workItemId === first.id)).toMatchObject({
        workItem: { title: 'Seen by both' },
      });
    }

    // The projects service's events stop leaving its outbox: the removal reaches no router.
    await stack.subgraphs.projects.outboxRelay!.stop();
    await removeProjectMember(stack, team.admin.token, team.project.id, team.outsider.userId);
    const second = await createWorkItem(stack, team.member.token, {
      projectId: team.project.id,
      title: 'After the removal',
    });

    expect(await nextMatching(staying!, 'workItemChanged', (event) => event.workItemId === second.id)).toMatchObject({
      workItem: { title: 'After the removal' },
    });
    await expect(leaving!.ended).resolves.toBeUndefined();
    expect(leaving!.results.some((result) => JSON.stringify(result).includes(second.id))).toBe(false);
    staying!.dispose();
  });
});
