import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from '../lib/logger';

const genericMessage = 'Internal server error.';
// Topology and transport details the gateway or a subgraph may attach; never for clients.
const hiddenExtensions = new Set(['stacktrace', 'exception', 'response', 'serviceName', 'http']);
const suggestion = /\s*Did you mean .+\?$/;

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

/**
 * Every error leaves the router with a code. Coded errors (from subgraphs, Apollo or the limits)
 * keep their message; anything else, and any INTERNAL_SERVER_ERROR, becomes a generic message and
 * is logged in full.
 */
export function createFormatError(options: { production: boolean; logger: Logger }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code !== 'string' || code === 'INTERNAL_SERVER_ERROR') {
      options.logger.error('request failed', {
        message: formatted.message,
        path: formatted.path,
        code,
        error: describe(unwrapResolverError(error)),
      });
      return {
        message: genericMessage,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      };
    }
    const extensions: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(formatted.extensions ?? {})) {
      if (!hiddenExtensions.has(key)) extensions[key] = value;
    }
    const message =
      options.production && code === 'GRAPHQL_VALIDATION_FAILED'
        ? formatted.message.replace(suggestion, '')
        : formatted.message;
    return { ...formatted, message, extensions };
  };
}
