import { defineSubgraph } from '../../lib/server/define-subgraph';
import { purgeProject } from './data/purge-project';
import { startMailer } from './email/mailer';
import { PrismaClient } from './generated/prisma/client';
import { createLoaders } from './loaders';
import { permissions } from './permissions';
import { startNotificationsProjection } from './projection/consumer';
import { resolvers } from './resolvers';
import { notificationsSettings } from './settings';

export default defineSubgraph({
  name: 'notifications',
  prisma: (options) => new PrismaClient(options),
  resolvers,
  permissions,
  // Names, emails and time zones of recipients from users; project roles (watching) from projects.
  calls: ['users', 'projects'],
  publishes: ['notifications'],
  consumes: ['work-items', 'projects', 'sprints', 'users', 'analytics', 'files', 'integrations'],
  settings: notificationsSettings,
  context: ({ prisma, clients, signingSecret, roleCaches }, identity) => ({
    identity,
    prisma,
    loaders: createLoaders(prisma, identity, clients.projects, roleCaches?.projectAccess),
    usersClient: clients.users,
    signingSecret,
  }),
  workers: {
    mailer: ({ prisma, settings, signingSecret, logger, clients, publicUrl }) =>
      startMailer({
        prisma,
        email: {
          smtpUrl: settings.SMTP_URL,
          from: settings.EMAIL_FROM,
          outboxDir: settings.EMAIL_OUTBOX_DIR,
          publicUrl,
        },
        signingSecret,
        logger,
        usersClient: clients.users,
        pollMs: settings.EMAIL_POLL_MS,
      }),
    projection: ({ prisma, bus, clients, logger }) =>
      bus &&
      startNotificationsProjection({
        prisma,
        bus,
        usersClient: clients.users,
        projectsClient: clients.projects,
        logger,
      }),
  },
  purgeProject: ({ prisma }, project) => purgeProject(prisma, project.id),
});
