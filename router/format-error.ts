import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode, isErrorCode } from '../lib/errors';
import type { Logger } from '../lib/logger';

const genericMessage = 'Internal server error.';
// Topology and transport details the gateway or a subgraph may attach; never for clients.
const hiddenExtensions = new Set(['stacktrace', 'exception', 'response', 'serviceName', 'http']);
// graphql-js suggests names in validation and variable errors ("Did you mean "dueDate"?"): a map
// of the schema for whoever probes it, so production answers without them.
const suggestions = /\s*Did you mean [^?]*\?/g;

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

/**
 * Every error leaves the router with a code of `ErrorCode`. Coded errors (from subgraphs, Apollo or
 * the limits) keep their message; anything else, a code outside the vocabulary (the gateway's
 * INVALID_GRAPHQL, say) and any INTERNAL_SERVER_ERROR become a generic message and are logged in full.
 */
export function createFormatError(options: { production: boolean; logger: Logger }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (!isErrorCode(code) || code === ErrorCode.InternalServerError) {
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
        extensions: { code: ErrorCode.InternalServerError },
      };
    }
    const extensions: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(formatted.extensions ?? {})) {
      if (!hiddenExtensions.has(key)) extensions[key] = value;
    }
    const message = options.production ? formatted.message.replace(suggestions, '') : formatted.message;
    return { ...formatted, message, extensions };
  };
}
