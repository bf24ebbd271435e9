import type { Prisma, PrismaClient } from './generated/prisma/client';

/** This subgraph's Prisma client: one per process, built by the platform from the registry. */
export type IntegrationsPrisma = PrismaClient;
/** The client inside `prisma.$transaction(async (tx) => ...)`: what every named write takes. */
export type IntegrationsTx = Prisma.TransactionClient;
