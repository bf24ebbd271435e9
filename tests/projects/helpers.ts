import { randomUUID } from 'node:crypto';
import {
  addOrganizationMember,
  addProjectMember,
  createOrganization,
  createProject,
  dataOf,
  sendOperation,
  signUpUser,
  type SeedTarget,
  type TestUser,
} from '../testkit';

export type OrgRole = 'OWNER' | 'ADMIN' | 'MEMBER' | 'GUEST';
export type ProjectRole = 'ADMIN' | 'MEMBER' | 'VIEWER';

export const globalId = (type: string, uuid: string = randomUUID()) =>
  Buffer.from(`${type}:${uuid}`).toString('base64url');

export const ops = {
  createProject: `mutation($input: CreateProjectInput!) {
    createProject(input: $input) { project { id key name description viewerRole organization { id } } } }`,
  updateProject: `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { project { id name description } } }`,
  addProjectMember: `mutation($input: AddProjectMemberInput!) {
    addProjectMember(input: $input) { project { id } user { id } role } }`,
  changeProjectMemberRole: `mutation($input: ChangeProjectMemberRoleInput!) {
    changeProjectMemberRole(input: $input) { project { id } user { id } role } }`,
  removeProjectMember: `mutation($input: RemoveProjectMemberInput!) {
    removeProjectMember(input: $input) { project { id } removedUserId } }`,
  createTeam: `mutation($input: CreateTeamInput!) { createTeam(input: $input) { team { id name description organization { id } } } }`,
  addTeamMember: `mutation($input: AddTeamMemberInput!) { addTeamMember(input: $input) { team { id } user { id } } }`,
  removeTeamMember: `mutation($input: RemoveTeamMemberInput!) { removeTeamMember(input: $input) { team { id } removedUserId } }`,
  attachTeamToProject: `mutation($input: AttachTeamToProjectInput!) {
    attachTeamToProject(input: $input) { project { id } team { id } role } }`,
  detachTeamFromProject: `mutation($input: DetachTeamFromProjectInput!) {
    detachTeamFromProject(input: $input) { project { id } detachedTeamId } }`,
  project: `query($id: ID!) { project(id: $id) { id key name viewerRole } }`,
  viewer: `query($id: ID!) {
    project(id: $id) { viewerRole viewerPermissions { canRead canWrite canAdminister canManageMembers } } }`,
  members: `query($id: ID!, $first: Int, $after: String) {
    project(id: $id) {
      members(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { id name } role directRole since }
      }
    }
  }`,
};

export interface OrgFixture {
  owner: TestUser;
  organizationId: string;
}

/** A signed-up owner and their new organization. */
export async function orgFixture(stack: SeedTarget): Promise<OrgFixture> {
  const owner = await signUpUser(stack);
  const org = await createOrganization(stack, owner.token);
  return { owner, organizationId: org.id };
}

/** A new user who belongs to the organization with the given role. */
export async function orgMember(stack: SeedTarget, fixture: OrgFixture, role: OrgRole): Promise<TestUser> {
  const user = await signUpUser(stack);
  await addOrganizationMember(stack, fixture.owner.token, fixture.organizationId, user, role);
  return user;
}

/** A new organization member with the given direct role in the project. */
export async function projectMember(
  stack: SeedTarget,
  fixture: OrgFixture,
  projectId: string,
  role: ProjectRole,
): Promise<TestUser> {
  const user = await orgMember(stack, fixture, 'MEMBER');
  await addProjectMember(stack, fixture.owner.token, projectId, user.userId, role);
  return user;
}

export async function projectFixture(stack: SeedTarget) {
  const fixture = await orgFixture(stack);
  const project = await createProject(stack, fixture.owner.token, fixture.organizationId);
  return { ...fixture, project };
}

export async function createTeam(
  stack: SeedTarget,
  token: string,
  organizationId: string,
  name = `Team ${randomUUID()}`,
) {
  const res = await sendOperation<{ createTeam: { team: { id: string; name: string } } }>(
    stack,
    'projects',
    ops.createTeam,
    { input: { organizationId, name } },
    token,
  );
  return dataOf(res).createTeam.team as { id: string; name: string };
}

export async function addTeamMember(stack: SeedTarget, token: string, teamId: string, userId: string) {
  dataOf(await sendOperation(stack, 'projects', ops.addTeamMember, { input: { teamId, userId } }, token));
}

export async function attachTeam(
  stack: SeedTarget,
  token: string,
  projectId: string,
  teamId: string,
  role: ProjectRole,
) {
  dataOf(
    await sendOperation(stack, 'projects', ops.attachTeamToProject, { input: { projectId, teamId, role } }, token),
  );
}

export async function viewerRoleOf(stack: SeedTarget, token: string, projectId: string): Promise<string | undefined> {
  const res = await sendOperation<{ project?: { viewerRole?: string } }>(
    stack,
    'projects',
    ops.project,
    { id: projectId },
    token,
  );
  return res.body.data?.project?.viewerRole;
}
