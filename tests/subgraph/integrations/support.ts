import type { SubgraphName } from '../../../subgraphs/registry';
import {
  addOrganizationMember,
  addProjectMember,
  createOrganization,
  createProject,
  errorOf,
  seedProjectTeam,
  signUpUser,
  useSubgraph,
  type ProjectTeam,
  type SubgraphResponse,
  type SubgraphTier,
  type TestUser,
} from '../../testkit';

/**
 * Everyone whose access to an organization's integrations differs. The team's `admin` is the
 * organization's OWNER; its `outsider` an organization MEMBER outside the project.
 */
export interface IntegrationsPeople {
  team: ProjectTeam;
  /** An organization ADMIN with no membership of the project. */
  organizationAdmin: TestUser;
  /** A direct project ADMIN, a MEMBER of the organization. */
  projectAdmin: TestUser;
  /** Signed up, in no organization at all. */
  stranger: TestUser;
  /** The OWNER of another organization, with a project there. */
  otherOrganizationAdmin: TestUser;
  otherOrganization: { id: string; projectId: string };
}

export async function seedIntegrationsPeople(tier: SubgraphTier): Promise<IntegrationsPeople> {
  const team = await seedProjectTeam(tier);
  const [organizationAdmin, projectAdmin, stranger, otherOrganizationAdmin] = await Promise.all([
    signUpUser(tier, { name: 'Olga Org-Admin' }),
    signUpUser(tier, { name: 'Pat Project-Admin' }),
    signUpUser(tier, { name: 'Sam Stranger' }),
    signUpUser(tier, { name: 'Ezra Elsewhere' }),
  ]);
  await Promise.all([
    addOrganizationMember(tier, team.admin.token, team.organizationId, organizationAdmin, 'ADMIN'),
    addOrganizationMember(tier, team.admin.token, team.organizationId, projectAdmin, 'MEMBER'),
  ]);
  await addProjectMember(tier, team.admin.token, team.project.id, projectAdmin.userId, 'ADMIN');
  const other = await createOrganization(tier, otherOrganizationAdmin.token);
  const otherProject = await createProject(tier, otherOrganizationAdmin.token, other.id);
  return {
    team,
    organizationAdmin,
    projectAdmin,
    stranger,
    otherOrganizationAdmin,
    otherOrganization: { id: other.id, projectId: otherProject.id },
  };
}

/**
 * The integrations subgraph on its own database with `peers` (users and projects for roles at the
 * least), the delivery worker polling only when called, and everyone of `IntegrationsPeople`, seeded
 * once for the file (the object is filled in before its first test).
 */
export function useIntegrationsPeople(peers: SubgraphName[]): {
  integrations: SubgraphTier;
  people: IntegrationsPeople;
} {
  const integrations = useSubgraph('integrations', { with: peers, env: { INTEGRATIONS_WEBHOOK_POLL_MS: 0 } });
  const people = {} as IntegrationsPeople;
  beforeAll(async () => {
    Object.assign(people, await seedIntegrationsPeople(integrations));
  }, 60_000);
  return { integrations, people };
}

/** A person by their relation to the organization and its project. */
export type Person =
  | 'owner'
  | 'organizationAdmin'
  | 'projectAdmin'
  | 'member'
  | 'viewer'
  | 'outsider'
  | 'stranger'
  | 'otherOrganizationAdmin';

export const personOf = (people: IntegrationsPeople, who: Person): TestUser => {
  const { team } = people;
  const byName: Record<Person, TestUser> = {
    owner: team.admin,
    organizationAdmin: people.organizationAdmin,
    projectAdmin: people.projectAdmin,
    member: team.member,
    viewer: team.viewer,
    outsider: team.outsider,
    stranger: people.stranger,
    otherOrganizationAdmin: people.otherOrganizationAdmin,
  };
  return byName[who];
};

/** The person in words, for test names. */
export const described: Record<Person, string> = {
  owner: 'the organization’s OWNER',
  organizationAdmin: 'an organization ADMIN outside the project',
  projectAdmin: 'a project ADMIN who is an organization MEMBER',
  member: 'a project MEMBER',
  viewer: 'a project VIEWER',
  outsider: 'an organization MEMBER outside the project',
  stranger: 'a stranger to the organization',
  otherOrganizationAdmin: 'the OWNER of another organization',
};

/** What a write answers someone: success, or the code of its refusal. */
export type Outcome = 'succeeds' | 'FORBIDDEN' | 'NOT_FOUND';

/** What a write the organization's OWNERs and ADMINs make answers each person. */
export const organizationAdminOutcomes: Record<Person, Outcome> = {
  owner: 'succeeds',
  organizationAdmin: 'succeeds',
  projectAdmin: 'FORBIDDEN',
  member: 'FORBIDDEN',
  viewer: 'FORBIDDEN',
  outsider: 'FORBIDDEN',
  stranger: 'NOT_FOUND',
  otherOrganizationAdmin: 'NOT_FOUND',
};

/** What a write the project's ADMINs make (the organization's OWNERs and ADMINs are ADMINs of every project) answers each person. */
export const projectAdminOutcomes: Record<Person, Outcome> = {
  owner: 'succeeds',
  organizationAdmin: 'succeeds',
  projectAdmin: 'succeeds',
  member: 'FORBIDDEN',
  viewer: 'FORBIDDEN',
  outsider: 'NOT_FOUND',
  stranger: 'NOT_FOUND',
  otherOrganizationAdmin: 'NOT_FOUND',
};

/** `[person, outcome]` rows for `it.each`, from who succeeds and who is refused how. */
export function roleTable(outcomes: Record<Person, Outcome>): [string, Person, Outcome][] {
  return (Object.keys(outcomes) as Person[]).map((who) => [described[who], who, outcomes[who]]);
}

/**
 * Checks a refusal: FORBIDDEN, or NOT_FOUND answered exactly as for something that does not exist
 * (`missing`), so a refusal tells nobody that it exists.
 */
export function expectRefusal(
  response: SubgraphResponse<unknown>,
  outcome: Outcome,
  missing: SubgraphResponse<unknown>,
) {
  const error = errorOf(response);
  if (outcome === 'NOT_FOUND') expect(error).toEqual(errorOf(missing));
  else expect(error).toMatchObject({ code: outcome });
  expect(response.body.data ?? null).toBeNull();
}
