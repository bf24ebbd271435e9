import { createEvent, type AnyEventEnvelope, type ProjectSnapshot } from '../../../lib/events/envelope';
import { writeOutbox } from '../../../lib/events/outbox';
import type { ProjectsTx } from '../db';
import type { Project, Team } from '../generated/prisma/client';

// Events of projects and teams, written to the projects outbox in the transaction of the change (see
// the README's "Events"): the relay publishes them after the commit. IDs are raw uuids.

type ProjectRow = Pick<Project, 'id' | 'organizationId' | 'key' | 'name'>;
type TeamRow = Pick<Team, 'id' | 'organizationId'>;

export const projectSnapshot = (project: ProjectRow): ProjectSnapshot => ({
  id: project.id,
  organizationId: project.organizationId,
  key: project.key,
  name: project.name,
});

/** When the change happened, if not now (a cascade takes the time of the change that caused it). */
type At = { occurredAt?: Date };

const aboutProject = (actorId: string | null, project: ProjectRow) => ({
  actorId,
  organizationId: project.organizationId,
  projectId: project.id,
  aggregateId: project.id,
});

// A team may be attached to several projects: its events belong to no project.
const aboutTeam = (actorId: string | null, team: TeamRow) => ({
  actorId,
  organizationId: team.organizationId,
  projectId: null,
  aggregateId: team.id,
});

export const projectCreated = (actorId: string, project: ProjectRow) =>
  createEvent({
    type: 'project.created',
    ...aboutProject(actorId, project),
    payload: { project: projectSnapshot(project) },
  });

export const projectUpdated = (actorId: string, project: ProjectRow, changedFields: string[]) =>
  createEvent({
    type: 'project.updated',
    ...aboutProject(actorId, project),
    payload: { project: projectSnapshot(project), changedFields },
  });

export const projectArchived = (actorId: string, project: ProjectRow) =>
  createEvent({
    type: 'project.archived',
    ...aboutProject(actorId, project),
    payload: { project: projectSnapshot(project) },
  });

export const projectRestored = (actorId: string, project: ProjectRow) =>
  createEvent({
    type: 'project.restored',
    ...aboutProject(actorId, project),
    payload: { project: projectSnapshot(project) },
  });

export const projectDeleted = (actorId: string | null, project: ProjectRow, at: At = {}) =>
  createEvent({
    type: 'project.deleted',
    ...aboutProject(actorId, project),
    payload: { project: projectSnapshot(project) },
    ...at,
  });

export const projectMemberAdded = (actorId: string, project: ProjectRow, userId: string, role: string) =>
  createEvent({ type: 'project.member_added', ...aboutProject(actorId, project), payload: { userId, role } });

export const projectMemberRoleChanged = (
  actorId: string,
  project: ProjectRow,
  change: { userId: string; role: string; previousRole: string },
) => createEvent({ type: 'project.member_role_changed', ...aboutProject(actorId, project), payload: change });

export const projectMemberRemoved = (
  actorId: string | null,
  project: ProjectRow,
  userId: string,
  previousRole: string,
  at: At = {},
) =>
  createEvent({
    type: 'project.member_removed',
    ...aboutProject(actorId, project),
    payload: { userId, previousRole },
    ...at,
  });

export const projectTeamAttached = (actorId: string, project: ProjectRow, teamId: string, role: string) =>
  createEvent({ type: 'project.team_attached', ...aboutProject(actorId, project), payload: { teamId, role } });

export const projectTeamDetached = (actorId: string, project: ProjectRow, teamId: string) =>
  createEvent({ type: 'project.team_detached', ...aboutProject(actorId, project), payload: { teamId } });

export const teamMemberAdded = (actorId: string, team: TeamRow, userId: string) =>
  createEvent({ type: 'team.member_added', ...aboutTeam(actorId, team), payload: { teamId: team.id, userId } });

export const teamMemberRemoved = (actorId: string | null, team: TeamRow, userId: string, at: At = {}) =>
  createEvent({
    type: 'team.member_removed',
    ...aboutTeam(actorId, team),
    payload: { teamId: team.id, userId },
    ...at,
  });

/** Writes the events of one change in its transaction: one statement for any number. */
export function writeProjectEvents(tx: ProjectsTx, events: AnyEventEnvelope[]): Promise<void> {
  return writeOutbox(tx, 'projects', events);
}
