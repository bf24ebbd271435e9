const codeOf = (error: unknown) =>
  typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;

/** Prisma's unique-constraint violation, told apart by code so no driver class has to be imported. */
export const isUniqueViolation = (error: unknown) => codeOf(error) === 'P2002';

/** Prisma's "record to update or delete does not exist". */
export const isRecordNotFound = (error: unknown) => codeOf(error) === 'P2025';
