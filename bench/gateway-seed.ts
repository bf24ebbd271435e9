import { gql, joinByInvitation, seedFixture } from './support';

export interface BenchUser {
  name: string;
  token: string;
}

const roles = ['VIEWER', 'MEMBER', 'ADMIN'] as const;
const signUp = 'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken user { id } } }';

/**
 * A project with `userCount` members of different roles (its owner, an ADMIN through the
 * organization; the rest VIEWER, MEMBER and ADMIN in turn) and `itemCount` work items, each assigned
 * to one of the members who may be assigned, all made through the router.
 */
export async function seedMembersAndItems(routerUrl: string, userCount: number, itemCount: number) {
  const fixture = await seedFixture(routerUrl);
  const users: BenchUser[] = [{ name: 'owner', token: fixture.token }];
  const assignees = [fixture.userId, fixture.mateId];
  const addMember = async (i: number) => {
    const email = `member-${i}@example.com`;
    const { signUp: account } = await gql<{ signUp: { accessToken: string; user: { id: string } } }>(
      routerUrl,
      signUp,
      { i: { email, password: 'bench password 123', name: `Member ${i}` } },
    );
    await joinByInvitation(routerUrl, fixture.token, fixture.organizationId, { email, token: account.accessToken });
    const role = roles[i % roles.length]!;
    await gql(
      routerUrl,
      'mutation($i: AddProjectMemberInput!) { addProjectMember(input: $i) { role } }',
      { i: { projectId: fixture.projectId, userId: account.user.id, role } },
      fixture.token,
    );
    users.push({ name: `member ${i} (${role})`, token: account.accessToken });
    if (role !== 'VIEWER') assignees.push(account.user.id);
  };
  for (let start = 0; start < userCount - 1; start += 6) {
    await Promise.all(
      Array.from({ length: Math.min(6, userCount - 1 - start) }, (_, offset) => addMember(start + offset)),
    );
  }
  for (let start = 0; start < itemCount; start += 10) {
    await Promise.all(
      Array.from({ length: Math.min(10, itemCount - start) }, (_, offset) =>
        gql(
          routerUrl,
          'mutation($i: CreateWorkItemInput!) { createWorkItem(input: $i) { workItem { id } } }',
          {
            i: {
              projectId: fixture.projectId,
              type: 'TASK',
              title: `Seeded item ${start + offset}`,
              assigneeId: assignees[(start + offset) % assignees.length],
            },
          },
          fixture.token,
        ),
      ),
    );
  }
  return { projectId: fixture.projectId, users };
}
