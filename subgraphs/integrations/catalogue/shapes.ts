import { z } from 'zod';
import type {
  FileSnapshot,
  LinkAttachmentSnapshot,
  ProjectSnapshot,
  SprintSnapshot,
  WorkItemSnapshot,
  WorklogSnapshot,
} from '../../../lib/events/envelope';
import { toGlobalId } from '../../../lib/ids';

/** A GraphQL global ID of one type, the same opaque string the API answers and accepts. */
export const globalId = (type: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/)
    .describe(`The global ID of a ${type}, as the GraphQL and REST APIs use it.`);
const nullableId = (type: string) => globalId(type).nullable();
const idOrNull = (type: string, id: string | null) => (id === null ? null : toGlobalId(type, id));
const ids = (type: string, list: readonly string[]) => list.map((id) => toGlobalId(type, id));

export const changedFields = z
  .array(z.string())
  .describe('The GraphQL field names that changed, e.g. `title`, `assignee`, `labels`, `release`.');

const stateCategory = z
  .enum(['BACKLOG', 'TODO', 'IN_PROGRESS', 'DONE', 'CANCELED'])
  .describe('The category of the workflow state.');

export const workItemFull = z
  .strictObject({
    id: globalId('WorkItem'),
    key: z.string().describe('The human key, e.g. `WEB-42`.'),
    title: z.string(),
    type: z.enum(['EPIC', 'STORY', 'TASK', 'BUG', 'SUBTASK']),
    state: z.strictObject({
      id: globalId('WorkflowState'),
      name: z
        .string()
        .nullable()
        .describe('The state name at the time; null in events written before names were carried.'),
      category: stateCategory,
    }),
    assigneeId: nullableId('User'),
    reporterId: globalId('User'),
    estimate: z.number().nullable(),
    parentId: nullableId('WorkItem'),
    archived: z.boolean(),
    version: z.number().int().describe('The item version after the change, as `expectedVersion` takes it.'),
    labelIds: z.array(globalId('Label')).nullable().describe('Null when the event predates labels in events.'),
    createdAt: z.iso.datetime().nullable(),
  })
  .describe('The work item right after the change.');

export const workItemThin = z
  .strictObject({ id: globalId('WorkItem'), key: z.string().describe('The human key, e.g. `WEB-42`.') })
  .describe('The work item; fetch the rest through the API.');

export function fullWorkItem(item: WorkItemSnapshot): z.infer<typeof workItemFull> {
  return {
    id: toGlobalId('WorkItem', item.id),
    key: item.key,
    title: item.title,
    type: item.type as z.infer<typeof workItemFull>['type'],
    state: {
      id: toGlobalId('WorkflowState', item.stateId),
      name: item.stateName ?? null,
      category: item.stateCategory as z.infer<typeof stateCategory>,
    },
    assigneeId: idOrNull('User', item.assigneeId),
    reporterId: toGlobalId('User', item.reporterId),
    estimate: item.estimate,
    parentId: idOrNull('WorkItem', item.parentId),
    archived: item.archived,
    version: item.version,
    labelIds: item.labelIds ? ids('Label', item.labelIds) : null,
    createdAt: item.createdAt ?? null,
  };
}

export const thinWorkItem = (item: WorkItemSnapshot) => ({ id: toGlobalId('WorkItem', item.id), key: item.key });

export const stateRef = z.strictObject({ id: globalId('WorkflowState'), category: stateCategory });

export const projectFull = z.strictObject({ id: globalId('Project'), key: z.string(), name: z.string() });
export const projectThin = z.strictObject({ id: globalId('Project'), key: z.string() });
export const fullProject = (project: ProjectSnapshot) => ({
  id: toGlobalId('Project', project.id),
  key: project.key,
  name: project.name,
});
export const thinProject = (project: ProjectSnapshot) => ({ id: toGlobalId('Project', project.id), key: project.key });

export const worklog = z.strictObject({
  id: globalId('Worklog'),
  user: globalId('User'),
  day: z.string().describe('The day the work was done, `YYYY-MM-DD`.'),
  minutes: z.number().int().describe('Minutes spent, 1 to 1,440.'),
});
export const worklogOf = (worklog: WorklogSnapshot): z.infer<typeof worklog> => ({
  id: toGlobalId('Worklog', worklog.id),
  user: toGlobalId('User', worklog.userId),
  day: worklog.day,
  minutes: worklog.minutes,
});

export const sprintFull = z.strictObject({
  id: globalId('Sprint'),
  name: z.string(),
  state: z.enum(['PLANNED', 'ACTIVE', 'COMPLETED']),
  startDate: z.iso.date(),
  endDate: z.iso.date().describe('Inclusive.'),
});
export const sprintThin = z.strictObject({ id: globalId('Sprint') });
export const fullSprint = (sprint: SprintSnapshot): z.infer<typeof sprintFull> => ({
  id: toGlobalId('Sprint', sprint.id),
  name: sprint.name,
  state: sprint.state as z.infer<typeof sprintFull>['state'],
  startDate: sprint.startDate,
  endDate: sprint.endDate,
});
export const thinSprint = (sprint: SprintSnapshot) => ({ id: toGlobalId('Sprint', sprint.id) });

const targetTypes: Record<string, string> = { WORK_ITEM: 'WorkItem', COMMENT: 'Comment', PROJECT: 'Project' };
const targetKind = z.enum(['WORK_ITEM', 'COMMENT', 'PROJECT']);
const target = {
  targetKind,
  targetId: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/)
    .describe('The global ID of the work item, comment or project.'),
  workItemId: nullableId('WorkItem').describe('The work item of a WORK_ITEM or COMMENT target.'),
};
const targetOf = (snapshot: { targetKind: string; targetId: string; workItemId: string | null }) => ({
  targetKind: snapshot.targetKind as z.infer<typeof targetKind>,
  targetId: toGlobalId(targetTypes[snapshot.targetKind] ?? 'WorkItem', snapshot.targetId),
  workItemId: idOrNull('WorkItem', snapshot.workItemId),
});

export const fileFull = z.strictObject({
  id: globalId('File'),
  ...target,
  name: z.string(),
  contentType: z.string().describe('Sniffed from the content.'),
  byteSize: z.number().int(),
  versionNumber: z.number().int(),
  uploadedById: globalId('User'),
  deleted: z.boolean(),
});
export const fileThin = z.strictObject({ id: globalId('File'), ...target });
export const fullFile = (file: FileSnapshot) => ({
  id: toGlobalId('File', file.id),
  ...targetOf(file),
  name: file.name,
  contentType: file.contentType,
  byteSize: file.byteSize,
  versionNumber: file.versionNumber,
  uploadedById: toGlobalId('User', file.uploadedBy),
  deleted: file.deleted,
});
export const thinFile = (file: FileSnapshot) => ({ id: toGlobalId('File', file.id), ...targetOf(file) });

export const linkFull = z.strictObject({
  id: globalId('LinkAttachment'),
  ...target,
  url: z.string(),
  title: z.string(),
});
export const linkThin = z.strictObject({ id: globalId('LinkAttachment'), ...target });
export const fullLink = (link: LinkAttachmentSnapshot) => ({
  id: toGlobalId('LinkAttachment', link.id),
  ...targetOf(link),
  url: link.url,
  title: link.title,
});
export const thinLink = (link: LinkAttachmentSnapshot) => ({
  id: toGlobalId('LinkAttachment', link.id),
  ...targetOf(link),
});

export { ids as globalIds, idOrNull };
