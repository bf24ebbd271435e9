import { randomBytes } from 'node:crypto';
import { unwrapResolverError } from '@apollo/server/errors';
import { execute, parse, validate, type DocumentNode, type GraphQLError } from 'graphql';
import { verifyAccessToken } from '../../lib/auth/access-token';
import { AppError, ErrorCode, toGraphQLError } from '../../lib/errors';
import type { EventBus } from '../../lib/events/bus';
import { decodeGlobalId } from '../../lib/ids';
import { createLogger } from '../../lib/logger';
import { createSubgraph, type BuiltSubgraph } from '../../lib/server/create-subgraph';
import { startSubgraphServer, type RunningServer } from '../../lib/server/subgraph-server';
import type { RequestIdentity } from '../../lib/viewer';
import { subgraphDeclaration } from '../../subgraphs/declarations';
import type { SubgraphName } from '../../subgraphs/registry';
import type { GraphQLErrorJson, GraphQLResponse } from './client';
import { adminQuery, withDatabase } from './database-server';

// The address the router reports for a client of the tests (they all call from this machine).
const localAddress = '127.0.0.1';

/** A client the router forwards with no signed-in person. */
export const anonymous: RequestIdentity = { viewer: null, service: null, clientAddress: localAddress };
/** A signed-in person, by the global ID tests hold (`user.userId`) or a raw id. */
export const asUser = (userId: string): RequestIdentity => ({
  viewer: { userId: decodeGlobalId(userId)?.id ?? userId },
  service: null,
  clientAddress: localAddress,
});
/** Another service calling with a signed request (`organizationRoles`, `_entities`). */
export const asService = (name: SubgraphName): RequestIdentity => ({
  viewer: null,
  service: name,
  clientAddress: null,
});
/** The same caller, as if the router had seen them at another address. */
export const fromAddress = (address: string, identity: RequestIdentity = anonymous): RequestIdentity => ({
  ...identity,
  clientAddress: address,
});

/** Who runs an operation: an identity, or an access token the router would verify (a `TestUser` is one). */
export type Caller = RequestIdentity | { token: string };

/** The response body the subgraph server would send the router. */
export type SubgraphResponse<T> = Pick<GraphQLResponse<T>, 'body'>;

export interface SubgraphTier {
  name: SubgraphName;
  /** The cloned database this file's subgraph runs on. */
  databaseUrl: string;
  /** Runs one operation in process, as the subgraph server would for a request signed for `caller`. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary selections
  execute<T = any>(caller: Caller, document: string, variables?: Record<string, unknown>): Promise<SubgraphResponse<T>>;
  /** The subgraph as built, for its workers or a context of one's own. */
  built(): BuiltSubgraph;
  /**
   * This subgraph itself, or one it calls that the tier started (`with`), run in process like
   * `execute`: seeding goes to the subgraph that owns the mutation (`signUp` to users).
   */
  peer(name: SubgraphName): SubgraphTier;
}

export interface SubgraphTierOptions {
  /** Its settings variables, over the tier's defaults (a JWT secret of the file's own). */
  env?: Record<string, unknown>;
  /** Where its outbox relay and workers meet; none by default, so events stay in the outbox. */
  bus?: EventBus;
  /**
   * The subgraphs it calls (`calls:` of its subgraph.ts), and theirs, each built on the same
   * database and served over HTTP on a free port with the tier's signing and JWT secrets, as
   * `npm start` serves them. A call to a subgraph not listed fails the test.
   */
  with?: SubgraphName[];
}

/** What the subgraph server sends for an error (`formatError` in lib/server/subgraph-server.ts), without locations. */
function formatError(error: GraphQLError, requestCode?: ErrorCode): GraphQLErrorJson {
  const original = unwrapResolverError(error);
  const mapped = toGraphQLError(original);
  if (mapped.extensions.code === ErrorCode.InternalServerError && !(original instanceof AppError)) {
    // Apollo Server's own codes (a document that does not parse or validate, variables that do not coerce) stay.
    const code = requestCode ?? error.extensions?.code;
    if (typeof code === 'string' && code !== ErrorCode.InternalServerError) {
      return { message: error.message, path: error.path && [...error.path], extensions: { ...error.extensions, code } };
    }
  }
  const path = mapped.path ?? error.path;
  return { message: mapped.message, path: path && [...path], extensions: mapped.extensions };
}

/** A subgraph as the tier built it, and its HTTP server when it runs as a peer. */
interface Started {
  subgraph: BuiltSubgraph;
  server?: RunningServer;
}

/**
 * One subgraph in process on a clone of the migrated template database, for the tests of the
 * enclosing file: no router, no event bus, no HTTP into it. The subgraphs it calls run only when
 * `with` names them (real servers on free ports, the same database); any other call fails the test.
 */
export function useSubgraph(name: SubgraphName, options: SubgraphTierOptions = {}): SubgraphTier {
  const jwtSecret = randomBytes(32).toString('hex');
  const signingSecret = randomBytes(32).toString('hex');
  const logger = createLogger(`test-${name}`, (process.env.TEST_LOG_LEVEL as 'debug' | undefined) ?? 'silent');
  const peerNames = (options.with ?? []).filter((peer) => peer !== name);
  let running: { started: Map<SubgraphName, Started>; databaseUrl: string; database: string } | undefined;
  const current = () => {
    if (!running) throw new Error(`The ${name} subgraph is used before beforeAll built it.`);
    return running;
  };

  beforeAll(async () => {
    const adminUrl = process.env.WORKGRAPH_TEST_ADMIN_URL;
    const template = process.env.WORKGRAPH_TEST_TEMPLATE;
    if (!adminUrl || !template) throw new Error('The test database was not prepared: run the tests through jest.');
    const database = `wg_test_${template.slice('wg_test_template_'.length)}_${randomBytes(6).toString('hex')}`;
    await adminQuery(`CREATE DATABASE "${database}" TEMPLATE "${template}"`);
    const databaseUrl = withDatabase(adminUrl, database);
    const started = new Map<SubgraphName, Started>();
    running = { started, databaseUrl, database };
    const build = (which: SubgraphName, poolSize: number) =>
      createSubgraph(subgraphDeclaration(which), {
        databaseUrl,
        poolSize,
        signingSecret,
        subgraphUrl: (other) => {
          const url = started.get(other)?.server?.url;
          if (!url) {
            throw new Error(`${which} called ${other}: start it with useSubgraph('${name}', { with: ['${other}'] }).`);
          }
          return url;
        },
        bus: which === name ? options.bus : undefined,
        logger,
        env: { JWT_SECRET: jwtSecret, EMAIL_POLL_MS: 0, ANALYTICS_REPORT_POLL_MS: 0, ...options.env },
      });
    // Peers first (a peer reads another's URL at the call), each on a free port of this machine.
    for (const peer of peerNames) {
      const subgraph = build(peer, 2);
      started.set(peer, { subgraph });
      const server = await startSubgraphServer(subgraph, { port: 0, host: '127.0.0.1', signingSecret, logger });
      started.set(peer, { subgraph, server });
    }
    started.set(name, { subgraph: build(name, 5) });
  }, 60_000);
  afterAll(async () => {
    if (!running) return;
    // The subgraph under test first, then its peers in the reverse order they started.
    for (const { subgraph, server } of [...running.started.values()].reverse()) {
      await server?.stop();
      await subgraph.close();
    }
    await adminQuery(`DROP DATABASE IF EXISTS "${running.database}" WITH (FORCE)`);
  });

  async function identityOf(caller: Caller): Promise<RequestIdentity> {
    if (!('token' in caller)) return caller;
    const check = await verifyAccessToken(jwtSecret, caller.token);
    if (!check.ok) throw new Error(`The router would refuse this access token (${check.reason}).`);
    return asUser(check.userId);
  }

  const tierOf = (which: SubgraphName): SubgraphTier => ({
    name: which,
    get databaseUrl() {
      return current().databaseUrl;
    },
    built: () => builtOf(which),
    peer: (other) => tierOf(other),
    execute: async (caller, source, variables = {}) =>
      executeIn(builtOf(which), caller, source, variables) as Promise<SubgraphResponse<never>>,
  });
  const builtOf = (which: SubgraphName) => {
    const found = current().started.get(which)?.subgraph;
    if (!found) throw new Error(`The tier of ${name} did not start ${which}: add it to \`with\`.`);
    return found;
  };

  async function executeIn(
    subgraph: BuiltSubgraph,
    caller: Caller,
    source: string,
    variables: Record<string, unknown>,
  ): Promise<SubgraphResponse<unknown>> {
    const respond = (body: object) => ({ body: JSON.parse(JSON.stringify(body)) as SubgraphResponse<never>['body'] });
    let document: DocumentNode;
    try {
      document = parse(source);
    } catch (error) {
      return respond({ errors: [formatError(error as GraphQLError, ErrorCode.GraphQLParseFailed)] });
    }
    const invalid = validate(subgraph.schema, document);
    if (invalid.length) {
      return respond({ errors: invalid.map((error) => formatError(error, ErrorCode.GraphQLValidationFailed)) });
    }
    const result = await execute({
      schema: subgraph.schema,
      document,
      variableValues: variables,
      contextValue: subgraph.createContext(await identityOf(caller)),
    });
    // No data at all: the variables did not coerce, which Apollo Server answers as the request's fault.
    const requestCode = 'data' in result ? undefined : ErrorCode.BadUserInput;
    for (const error of result.errors ?? []) {
      if (!(unwrapResolverError(error) instanceof AppError)) {
        logger.debug('resolver failed', { subgraph: subgraph.name, path: error.path, error: String(error) });
      }
    }
    return respond({ ...result, errors: result.errors?.map((error) => formatError(error, requestCode)) });
  }

  return tierOf(name);
}
