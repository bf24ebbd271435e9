import { badInput } from '../../../../lib/errors';
import type { WorkItemsContext } from '../../context';
import { maxListedProjects } from '../../loaders/access';

/**
 * The raw ids of the organization's projects the viewer reads now (asked of the projects service);
 * BAD_USER_INPUT on `organizationId` past maxListedProjects, where reading across them stops being cheap.
 */
export async function readableProjectsOf(context: WorkItemsContext, organizationId: string): Promise<string[]> {
  const projectIds = await context.loaders.readableProjectIds.load(organizationId);
  if (projectIds.length > maxListedProjects) {
    throw badInput(
      'organizationId',
      `You can read more than ${maxListedProjects} projects of this organization: list the items of each project instead.`,
    );
  }
  return projectIds;
}
