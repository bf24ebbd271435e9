import type { RouteGroup } from '../route';
import { attachmentRoutes } from './attachments';
import { commentRoutes } from './comments';
import { projectRoutes } from './projects';
import { releaseRoutes } from './releases';
import { sprintRoutes } from './sprints';
import { webhookRoutes } from './webhooks';
import { workItemRoutes } from './work-items';
import { worklogRoutes } from './worklogs';

/** Every hand-designed route group, in the order the OpenAPI document and its reference list them. */
export const routeGroups: readonly RouteGroup[] = [
  projectRoutes,
  workItemRoutes,
  commentRoutes,
  worklogRoutes,
  sprintRoutes,
  releaseRoutes,
  attachmentRoutes,
  webhookRoutes,
];
