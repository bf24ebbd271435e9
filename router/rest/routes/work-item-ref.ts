import { z } from 'zod';
import type { RouteContext } from '../route';
import { locateField, type LocateField } from '../graphql-problem';

const keyPattern = /^[A-Za-z][A-Za-z0-9]{0,9}-\d{1,9}$/;

export const workItemParams = z.object({
  key: z.string().min(1).max(200).describe("The item's key (`WEB-42`) or its ID (a global ID)."),
});

export const organizationQuery = z.object({
  organizationId: z
    .string()
    .max(200)
    .optional()
    .describe('The organization whose key this is, when you belong to several that use the same project key.'),
});

/**
 * The root field reading a work item by key or by ID, aliased `item`, with its variables: the
 * caller's permissions decide, as with `workItemByKey` and `workItem` in GraphQL.
 */
export function itemRoot(key: string, organizationId: string | undefined) {
  return keyPattern.test(key)
    ? {
        declarations: '$ref: String!, $organizationId: ID',
        field: 'item: workItemByKey(key: $ref, organizationId: $organizationId)',
        variables: { ref: key.toUpperCase(), organizationId: organizationId ?? null },
      }
    : { declarations: '$ref: ID!', field: 'item: workItem(id: $ref)', variables: { ref: key } };
}

export const locateItemRef: LocateField = (field) => {
  if (field === 'organizationId') return { in: 'query', field };
  return field === 'key' || field === 'id' ? { in: 'path', field: 'key' } : locateField(field);
};

/** The item's global ID, for mutations that take one: a 404 problem when the caller may not see it. */
export async function workItemIdOf(
  context: Pick<RouteContext<unknown, unknown, unknown>, 'run'>,
  key: string,
  organizationId: string | undefined,
): Promise<string> {
  const root = itemRoot(key, organizationId);
  const data = await context.run<{ item: { id: string } }>(
    `query RestWorkItemId(${root.declarations}) { ${root.field} { id } }`,
    root.variables,
    locateItemRef,
  );
  return data.item.id;
}
