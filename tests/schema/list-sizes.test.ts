import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { inputSizedLists } from '../../router/limits/input-sized-lists';
import { defaultPageSize } from '../../lib/relay';
import { maxApiScopes } from '../../lib/auth/api-scopes';
import { costModelOf, type CostModel } from '../../router/limits/cost-model';
import { supergraphSdlPath } from '../../scripts/start-supergraph';
import { maxIds as maxNotificationIds } from '../../subgraphs/notifications/resolvers/inbox';
import { notificationTypes } from '../../subgraphs/notifications/notification-types';
import { maxLastSprints, maxPercentiles } from '../../subgraphs/sprints/resolvers/metrics/project-metrics';
import {
  maxCapacityMembers,
  maxItemsPerChange,
  maxItemsPerSprint,
  maxSprintDays,
} from '../../subgraphs/sprints/validation';
import { maxCustomFieldsPerProject, maxOptions } from '../../subgraphs/work-items/data/custom-fields';
import { maxFilterBranches, maxFilterListLength } from '../../subgraphs/work-items/rules/item-filter';
import { maxTimeInStateEntries } from '../../subgraphs/work-items/data/history-reads';
import { maxRelationsPerItem } from '../../subgraphs/work-items/data/links';
import { maxMentionsPerComment } from '../../subgraphs/work-items/rules/mentions';
import { workItemFields } from '../../subgraphs/work-items/rules/transition-rules';
import {
  maxMaxDepth,
  maxStatesPerWorkflow,
  maxTransitionsPerWorkflow,
  workItemTypes,
} from '../../subgraphs/work-items/rules/workflow-rules';
import {
  maxBulkCreateItems,
  maxBulkLifecycleItems,
  maxBulkUpdateItems,
  maxLabelsPerItem,
} from '../../subgraphs/work-items/validation';
import { maxReactionGroupsPerComment, reactorsShown } from '../../subgraphs/work-items/rules/reactions';
import { maxTimesheetDays, personTotalsShown } from '../../subgraphs/work-items/rules/worklogs';

type Field = { type: string; field: string };

/**
 * Every list a client can select whose size the cost model does not know: a list needs
 * `@listSize(assumedSize:)`, or must be a sized field (`edges`) of every field that returns its type,
 * each sliced by an argument (`first`).
 */
function unsizedLists(schema: GraphQLSchema, model: CostModel): string[] {
  const fields: (Field & { returns: string; list: boolean; args: string[] })[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      fields.push({
        type: type.name,
        field: field.name,
        returns: getNamedType(field.type).name,
        list: isListType(getNullableType(field.type)),
        args: field.args.map((arg) => arg.name),
      });
    }
  }
  const coveredByParent = (list: Field) => {
    const parents = fields.filter((candidate) => candidate.returns === list.type);
    return (
      parents.length > 0 &&
      parents.every((parent) => {
        const declared = model.fields.get(`${parent.type}.${parent.field}`);
        return declared?.sizedFields?.includes(list.field) && declared.slicingArguments?.length;
      })
    );
  };
  return fields
    .filter((field) => field.list)
    .filter((field) => model.fields.get(`${field.type}.${field.field}`)?.assumedSize === undefined)
    .filter((field) => !coveredByParent(field))
    .map((field) => `${field.type}.${field.field}`);
}

describe('list sizes in the composed supergraph', () => {
  const sdl = readFileSync(supergraphSdlPath, 'utf8');
  const apiSchema = Supergraph.build(sdl).apiSchema().toGraphQLJSSchema();
  const model = costModelOf(sdl);
  const sizeOf = (coordinate: string) => model.fields.get(coordinate)?.assumedSize;

  it('gives every list field a size: an assumed size, or the page size of the connection holding it', () => {
    expect(unsizedLists(apiSchema, model)).toEqual([]);
  });

  it('finds the lists a schema leaves unsized', () => {
    const sdlWithGaps = `
      directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!]) on FIELD_DEFINITION
      type Query {
        a(first: Int): AConnection @listSize(slicingArguments: ["first"], sizedFields: ["edges"])
        b(first: Int): AConnection
        sized: [Int!]! @listSize(assumedSize: 3)
        plain: [Int!]!
      }
      type AConnection { edges: [A!]! }
      type A { id: ID! }
    `;
    expect(unsizedLists(buildSchema(sdlWithGaps), costModelOf(sdlWithGaps))).toEqual([
      'Query.plain',
      'AConnection.edges',
    ]);
  });

  it('slices every field taking `first` by it, and sizes it as its documented default when omitted', () => {
    const problems: string[] = [];
    for (const type of Object.values(apiSchema.getTypeMap())) {
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        const first = field.args.find((arg) => arg.name === 'first');
        if (!first) continue;
        const coordinate = `${type.name}.${field.name}`;
        const declared = model.fields.get(coordinate);
        if (!declared?.slicingArguments?.includes('first') || !declared.sizedFields?.includes('edges')) {
          problems.push(`${coordinate} is not sliced by first`);
          continue;
        }
        const documented = /default (\d+)|(\d+) when omitted/.exec(first.description ?? '');
        const fallback = declared.assumedSize ?? defaultPageSize;
        if (!documented || Number(documented[1] ?? documented[2]) !== fallback) {
          problems.push(`${coordinate}(first) documents ${documented?.[0]}, the cost model assumes ${fallback}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('sizes each bulk payload by a list its input has, applied to list fields its payload has', () => {
    const problems: string[] = [];
    for (const [coordinate, { list, sizedFields }] of Object.entries(inputSizedLists)) {
      const [typeName, fieldName] = coordinate.split('.') as [string, string];
      const type = apiSchema.getType(typeName);
      const field = type && isObjectType(type) ? type.getFields()[fieldName] : undefined;
      const [argument, ...path] = list.split('.');
      let input: GraphQLInputType | undefined = field?.args.find((arg) => arg.name === argument)?.type;
      for (const key of path) {
        const named = input && getNamedType(input);
        input = named && isInputObjectType(named) ? named.getFields()[key]?.type : undefined;
      }
      if (!input || !isListType(getNullableType(input))) problems.push(`${coordinate}: ${list} is not a list`);
      const payload = field && getNamedType(field.type);
      for (const child of sizedFields) {
        const sized = payload && isObjectType(payload) ? payload.getFields()[child] : undefined;
        if (!sized || !isListType(getNullableType(sized.type))) problems.push(`${coordinate}: ${child} is not a list`);
      }
    }
    expect(Object.keys(inputSizedLists).length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('declares @cost only on field definitions, where the estimate reads it', () => {
    expect(model.unread).toEqual([]);
  });

  it('assumes the sizes the services enforce', () => {
    expect({
      'Project.customFields': sizeOf('Project.customFields'),
      'WorkItem.labels': sizeOf('WorkItem.labels'),
      'WorkItem.ancestors': sizeOf('WorkItem.ancestors'),
      'WorkItem.customFields': sizeOf('WorkItem.customFields'),
      'WorkItem.relations': sizeOf('WorkItem.relations'),
      'WorkItem.timeInStates': sizeOf('WorkItem.timeInStates'),
      'Workflow.states': sizeOf('Workflow.states'),
      'Workflow.transitions': sizeOf('Workflow.transitions'),
      'WorkflowTransition.requiredFields': sizeOf('WorkflowTransition.requiredFields'),
      'HierarchyRules.allowedChildren': sizeOf('HierarchyRules.allowedChildren'),
      'HierarchyRule.childTypes': sizeOf('HierarchyRule.childTypes'),
      'Board.columns': sizeOf('Board.columns'),
      'CustomField.options': sizeOf('CustomField.options'),
      'MultiSelectFieldValue.options': sizeOf('MultiSelectFieldValue.options'),
      'Comment.mentionedUsers': sizeOf('Comment.mentionedUsers'),
      'WorkItemFilterValue.customFields': sizeOf('WorkItemFilterValue.customFields'),
      'WorkItemFilterValue.and': sizeOf('WorkItemFilterValue.and'),
      'WorkItemFilterValue.or': sizeOf('WorkItemFilterValue.or'),
      'BulkUpdateWorkItemsPayload.workItems': sizeOf('BulkUpdateWorkItemsPayload.workItems'),
      'BulkCreateWorkItemsPayload.workItems': sizeOf('BulkCreateWorkItemsPayload.workItems'),
      'BulkUpdateWorkItemsPayload.failures': sizeOf('BulkUpdateWorkItemsPayload.failures'),
      'BulkArchiveWorkItemsPayload.archivedWorkItemIds': sizeOf('BulkArchiveWorkItemsPayload.archivedWorkItemIds'),
      'BulkArchiveWorkItemsPayload.failures': sizeOf('BulkArchiveWorkItemsPayload.failures'),
      'BulkRestoreWorkItemsPayload.restoredWorkItemIds': sizeOf('BulkRestoreWorkItemsPayload.restoredWorkItemIds'),
      'BulkRestoreWorkItemsPayload.failures': sizeOf('BulkRestoreWorkItemsPayload.failures'),
      'BulkDeleteWorkItemsPayload.deletedWorkItemIds': sizeOf('BulkDeleteWorkItemsPayload.deletedWorkItemIds'),
      'BulkDeleteWorkItemsPayload.failures': sizeOf('BulkDeleteWorkItemsPayload.failures'),
      'Comment.reactions': sizeOf('Comment.reactions'),
      'ReactionGroup.reactors': sizeOf('ReactionGroup.reactors'),
      'TimeTracking.byPerson': sizeOf('TimeTracking.byPerson'),
      'Timesheet.days': sizeOf('Timesheet.days'),
      'Sprint.burndown': sizeOf('Sprint.burndown'),
      'Sprint.burnup': sizeOf('Sprint.burnup'),
      'MemberCapacity.daysOff': sizeOf('MemberCapacity.daysOff'),
      'SprintCapacity.members': sizeOf('SprintCapacity.members'),
      'Velocity.sprints': sizeOf('Velocity.sprints'),
      'Forecast.percentiles': sizeOf('Forecast.percentiles'),
      'AddWorkItemsToSprintPayload.addedWorkItems': sizeOf('AddWorkItemsToSprintPayload.addedWorkItems'),
      'RemoveWorkItemsFromSprintPayload.removedWorkItemIds': sizeOf(
        'RemoveWorkItemsFromSprintPayload.removedWorkItemIds',
      ),
      'SprintChangeEvent.addedWorkItemIds': sizeOf('SprintChangeEvent.addedWorkItemIds'),
      'SprintChangeEvent.removedWorkItemIds': sizeOf('SprintChangeEvent.removedWorkItemIds'),
      'NotificationPreferences.channels': sizeOf('NotificationPreferences.channels'),
      'MarkNotificationsReadPayload.notifications': sizeOf('MarkNotificationsReadPayload.notifications'),
      'ArchiveNotificationsPayload.notifications': sizeOf('ArchiveNotificationsPayload.notifications'),
      'ApiToken.scopes': sizeOf('ApiToken.scopes'),
      'Mutation.bulkUpdateWorkItems': sizeOf('Mutation.bulkUpdateWorkItems'),
      'Mutation.bulkCreateWorkItems': sizeOf('Mutation.bulkCreateWorkItems'),
      'Query.apiTokenScopes': sizeOf('Query.apiTokenScopes'),
    }).toEqual({
      'Project.customFields': maxCustomFieldsPerProject,
      'WorkItem.labels': maxLabelsPerItem,
      'WorkItem.ancestors': maxMaxDepth,
      'WorkItem.customFields': maxCustomFieldsPerProject,
      'WorkItem.relations': maxRelationsPerItem,
      'WorkItem.timeInStates': maxTimeInStateEntries,
      'Workflow.states': maxStatesPerWorkflow,
      'Workflow.transitions': maxTransitionsPerWorkflow,
      'WorkflowTransition.requiredFields': workItemFields.length,
      'HierarchyRules.allowedChildren': workItemTypes.length,
      'HierarchyRule.childTypes': workItemTypes.length,
      'Board.columns': maxStatesPerWorkflow,
      'CustomField.options': maxOptions,
      'MultiSelectFieldValue.options': maxOptions,
      'Comment.mentionedUsers': maxMentionsPerComment,
      'WorkItemFilterValue.customFields': maxFilterListLength,
      'WorkItemFilterValue.and': maxFilterBranches,
      'WorkItemFilterValue.or': maxFilterBranches,
      'BulkUpdateWorkItemsPayload.workItems': maxBulkUpdateItems,
      'Mutation.bulkUpdateWorkItems': maxBulkUpdateItems,
      'Mutation.bulkCreateWorkItems': maxBulkCreateItems,
      'BulkCreateWorkItemsPayload.workItems': maxBulkCreateItems,
      'BulkUpdateWorkItemsPayload.failures': maxBulkUpdateItems,
      'BulkArchiveWorkItemsPayload.archivedWorkItemIds': maxBulkLifecycleItems,
      'BulkArchiveWorkItemsPayload.failures': maxBulkLifecycleItems,
      'BulkRestoreWorkItemsPayload.restoredWorkItemIds': maxBulkLifecycleItems,
      'BulkRestoreWorkItemsPayload.failures': maxBulkLifecycleItems,
      'BulkDeleteWorkItemsPayload.deletedWorkItemIds': maxBulkLifecycleItems,
      'BulkDeleteWorkItemsPayload.failures': maxBulkLifecycleItems,
      'Comment.reactions': maxReactionGroupsPerComment,
      'ReactionGroup.reactors': reactorsShown,
      'TimeTracking.byPerson': personTotalsShown,
      'Timesheet.days': maxTimesheetDays,
      'Sprint.burndown': maxSprintDays + 1,
      'Sprint.burnup': maxSprintDays + 1,
      'MemberCapacity.daysOff': maxSprintDays + 1,
      'SprintCapacity.members': maxCapacityMembers,
      'Velocity.sprints': maxLastSprints,
      'Forecast.percentiles': maxPercentiles,
      'AddWorkItemsToSprintPayload.addedWorkItems': maxItemsPerChange,
      'RemoveWorkItemsFromSprintPayload.removedWorkItemIds': maxItemsPerChange,
      'SprintChangeEvent.addedWorkItemIds': maxItemsPerSprint,
      'SprintChangeEvent.removedWorkItemIds': maxItemsPerSprint,
      'NotificationPreferences.channels': notificationTypes.length,
      'MarkNotificationsReadPayload.notifications': maxNotificationIds,
      'ArchiveNotificationsPayload.notifications': maxNotificationIds,
      'ApiToken.scopes': maxApiScopes,
      'Query.apiTokenScopes': maxApiScopes,
    });
  });
});
