import type { PrismaClient } from './generated/prisma/client';

/** This subgraph's Prisma client: one per process, built by the platform from the registry. */
export type UsersPrisma = PrismaClient;
