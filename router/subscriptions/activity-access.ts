import DataLoader from 'dataloader';
import type { Epochs } from '../../lib/cache/epochs';
import { LruCache } from '../../lib/cache/lru';
import { accessEpochKey, createProjectAccessCache } from '../../lib/cache/project-access-cache';
import type { StreamEvent } from '../../lib/events/bus';
import { decodeGlobalId, toGlobalId } from '../../lib/ids';
import type { ProjectAccess, ProjectUserKey } from '../../lib/server/project-access-loader';
import { deniedOrThrow } from './project-access';
import type { SupergraphExecutor } from './supergraph-executor';

const pairOf = (key: ProjectUserKey) => `${key.projectId}:${key.userId}`;

/** What an activity subscription follows: a whole organization, or the projects of one of its teams. */
export interface ActivityScope {
  organizationId: string;
  teamId: string | null;
}

/** The argument an activity field takes, and the type of ID it holds. */
export const activityArgumentOf = (field: string) =>
  field === 'teamActivity'
    ? ({ argument: 'teamId', type: 'Team' } as const)
    : ({ argument: 'organizationId', type: 'Organization' } as const);

/** The raw organization and team ids behind `organizationActivity` / `teamActivity` arguments; null when malformed. */
export function activityArguments(
  field: string,
  args: Record<string, unknown>,
): { id: string; type: 'Organization' | 'Team' } | null {
  const { argument, type } = activityArgumentOf(field);
  const decoded = decodeGlobalId(String(args[argument]));
  return decoded?.type === type ? { id: decoded.id, type } : null;
}

const organizationQuery = 'query ActivityOrganizationAccess($id: ID!) { organization(id: $id) { id } }';
const teamQuery = 'query ActivityTeamAccess($id: ID!) { team(id: $id) { id organization { id } } }';

/**
 * The scope the user may follow, or null when the organization (or team) is not one they can see:
 * asked of the supergraph as that user, so the users and projects services stay the judges. Other
 * errors are thrown as the supergraph reported them.
 */
export async function activityScopeOf(
  execute: SupergraphExecutor,
  userId: string,
  target: { id: string; type: 'Organization' | 'Team' },
): Promise<ActivityScope | null> {
  const result = await execute(userId, target.type === 'Team' ? teamQuery : organizationQuery, {
    id: toGlobalId(target.type, target.id),
  });
  const data = result.data as
    | { organization?: { id: string } | null; team?: { id: string; organization: { id: string } } | null }
    | null
    | undefined;
  const organizationGlobalId = target.type === 'Team' ? data?.team?.organization.id : data?.organization?.id;
  const organizationId = organizationGlobalId ? decodeGlobalId(organizationGlobalId)?.id : undefined;
  if (organizationId) return { organizationId, teamId: target.type === 'Team' ? target.id : null };
  deniedOrThrow(result);
  return null;
}

export interface ActivityVisibilityOptions {
  epochs: Epochs;
  /** The projects service's answer for each (project, user) pair, uncached. */
  readAccess(keys: readonly ProjectUserKey[]): Promise<(ProjectAccess | null)[]>;
  /** The projects a team has a role in, from the projects service. */
  teamProjectIds(teamId: string): Promise<string[]>;
}

/**
 * Whether an event reaches an activity subscriber: its project must be one the subscriber reads now
 * (and, for a team, one the team has a role in). Answers are cached under the organization's access
 * epoch, which every change of roles, memberships and team attachments bumps before it answers, so
 * an event of a later change is judged by the roles after it; without a known epoch (Redis
 * unreachable) every answer is asked for.
 */
export function createActivityVisibility(options: ActivityVisibilityOptions) {
  const { epochs } = options;
  const accessCache = createProjectAccessCache(epochs);
  // Every subscriber receiving one event asks together: one batch, one epoch read, at most one call.
  // Not memoized across batches (the epoch decides what stays valid), so a batch of events read on
  // resume can hold one pair many times: each is asked once.
  const access = new DataLoader<ProjectUserKey, ProjectAccess | null, string>(
    async (keys) => {
      const unique = [...new Map(keys.map((key) => [pairOf(key), key])).values()];
      const answers = await accessCache.resolve(unique, options.readAccess);
      const byPair = new Map(unique.map((key, i) => [pairOf(key), answers[i] ?? null]));
      return keys.map((key) => byPair.get(pairOf(key)) ?? null);
    },
    { cache: false },
  );
  const teamProjects = new LruCache<{ epoch: number; projectIds: Promise<Set<string>> }>(10_000, 60_000);
  const projectsOfTeam = async (scope: ActivityScope & { teamId: string }): Promise<Set<string>> => {
    const epoch = (await epochs.read([accessEpochKey(scope.organizationId)]))?.[0];
    const cached = teamProjects.get(scope.teamId);
    if (cached && epoch !== undefined && cached.epoch === epoch) return cached.projectIds;
    const projectIds = options.teamProjectIds(scope.teamId).then((ids) => new Set(ids));
    if (epoch !== undefined) {
      const entry = { epoch, projectIds };
      teamProjects.set(scope.teamId, entry);
      // A failed answer is not kept: the next event asks again.
      projectIds.catch(() => {
        if (teamProjects.get(scope.teamId) === entry) teamProjects.delete(scope.teamId);
      });
    }
    return projectIds;
  };

  // Every follower of a team receiving one event shares one look at the team's projects.
  const teamProjectsAt = new WeakMap<StreamEvent, Map<string, Promise<Set<string>>>>();
  const projectsOfTeamAt = (event: StreamEvent, scope: ActivityScope & { teamId: string }) => {
    let teams = teamProjectsAt.get(event);
    if (!teams) teamProjectsAt.set(event, (teams = new Map()));
    let projectIds = teams.get(scope.teamId);
    if (!projectIds) teams.set(scope.teamId, (projectIds = projectsOfTeam(scope)));
    return projectIds;
  };

  return {
    /** Rejects when the services cannot answer: the subscription then ends rather than skip an event silently. */
    async visible(event: StreamEvent, userId: string, scope: ActivityScope): Promise<boolean> {
      const { projectId, organizationId } = event.envelope;
      if (!projectId || organizationId !== scope.organizationId) return false;
      if (scope.teamId && !(await projectsOfTeamAt(event, { ...scope, teamId: scope.teamId })).has(projectId)) {
        return false;
      }
      return Boolean((await access.load({ projectId, userId }))?.role);
    },
    stats: accessCache.stats,
  };
}

export type ActivityVisibility = ReturnType<typeof createActivityVisibility>;
