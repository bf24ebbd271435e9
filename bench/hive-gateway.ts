import { readFileSync } from 'node:fs';
import { createServer, type RequestListener } from 'node:http';
import path from 'node:path';
import { verifyAccessToken } from '../lib/auth/access-token';
import { signRequest, targetOf } from '../lib/signing';
import { subgraphRegistry } from '../subgraphs/registry';

// Hive Gateway with its Rust query planner, for comparison: the composed supergraph, plus only the
// hook the subgraphs require (a signature over the exact body and the caller's id, per subgraph call).
// HIVE_DEDUPLICATE=off turns off its sharing of identical in-flight subgraph calls; otherwise Hive's default.

interface FetchPayload {
  url: string;
  options: { method?: string; body?: unknown; headers?: Record<string, string> };
  setOptions(options: FetchPayload['options']): void;
  context: { request?: Request };
}
interface HiveGateway {
  createGatewayRuntime(config: Record<string, unknown>): RequestListener;
}

// Loaded untyped: Hive's typings (graphql-yoga's) augment graphql's GraphQLErrorExtensions for the
// whole program and would clash with the router's own error extensions.
const hiveModules = ['@graphql-hive/gateway', '@graphql-hive/router-runtime'];

const secret = process.env.SUBGRAPH_SIGNING_SECRET!;
const jwtSecret = process.env.JWT_SECRET!;
const deduplicate = process.env.HIVE_DEDUPLICATE === 'off' ? { deduplicateInflightRequests: false } : {};
const callers = new WeakMap<Request, Promise<string | null>>();

/** The caller's user id, verified once per client request (every subgraph call of it asks). */
function callerOf(request: Request): Promise<string | null> {
  let caller = callers.get(request);
  if (!caller) {
    const token = request.headers.get('authorization')?.replace(/^Bearer /, '');
    caller = token
      ? verifyAccessToken(jwtSecret, token).then((check) => (check.ok ? check.userId : null))
      : Promise.resolve(null);
    callers.set(request, caller);
  }
  return caller;
}

async function main() {
  const [hive, router] = (await Promise.all(hiveModules.map((name) => import(name)))) as [
    HiveGateway,
    { unifiedGraphHandler: unknown },
  ];
  const gateway = hive.createGatewayRuntime({
    supergraph: readFileSync(path.resolve(__dirname, '../schema/supergraph.graphql'), 'utf8'),
    unifiedGraphHandler: router.unifiedGraphHandler,
    logging: 'error',
    graphiql: false,
    landingPage: false,
    transportEntries: Object.fromEntries(
      subgraphRegistry.map((entry) => [entry.name, { location: process.env[entry.urlEnv], options: deduplicate }]),
    ),
    plugins: () => [
      {
        async onFetch({ url, options, setOptions, context }: FetchPayload) {
          const caller = context.request ? await callerOf(context.request) : null;
          const signed = signRequest(secret, {
            method: options.method ?? 'POST',
            target: targetOf(url),
            body: typeof options.body === 'string' ? options.body : '',
            caller,
          });
          setOptions({ ...options, headers: { ...options.headers, ...signed } });
        },
      },
    ],
  });
  createServer(gateway).listen(Number(process.env.HIVE_GATEWAY_PORT), '127.0.0.1');
  // Hive's runtime handles SIGTERM for its own cleanup without exiting; the bench waits for the exit.
  process.on('SIGTERM', () => process.exit(0));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
