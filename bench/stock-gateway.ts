import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { verifyAccessToken } from '../lib/auth/access-token';
import { signRequest, targetOf } from '../lib/signing';
import { subgraphRegistry } from '../subgraphs/registry';

// A stock @apollo/gateway for comparison: default data source and fetcher, plus only the hook the
// subgraphs require (a signature over the exact body the stock data source will send).
interface Context {
  userId: string | null;
}

const secret = process.env.SUBGRAPH_SIGNING_SECRET!;
const jwtSecret = process.env.JWT_SECRET!;
const urls = Object.fromEntries(subgraphRegistry.map((entry) => [entry.name, process.env[entry.urlEnv]]));

class StockSignedDataSource extends RemoteGraphQLDataSource<Context> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<Context>): void {
    // RemoteGraphQLDataSource sends JSON.stringify({ query, ...request without query and http }).
    const { query, http: _http, ...rest } = request;
    const body = JSON.stringify({ query, ...rest });
    const signed = signRequest(secret, {
      method: 'POST',
      target: targetOf(request.http!.url),
      body,
      caller: context?.userId ?? null,
    });
    for (const [name, value] of Object.entries(signed)) {
      request.http?.headers.set(name, value);
    }
  }
}

async function main() {
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(path.resolve(__dirname, '../schema/supergraph.graphql'), 'utf8'),
    buildService: ({ name, url }) => new StockSignedDataSource({ url: urls[name] ?? url }),
  });
  const server = new ApolloServer<Context>({ gateway });
  await startStandaloneServer(server, {
    listen: { port: Number(process.env.STOCK_GATEWAY_PORT), host: '127.0.0.1' },
    context: async ({ req }) => {
      const token = req.headers.authorization?.replace(/^Bearer /, '');
      const check = token ? await verifyAccessToken(jwtSecret, token) : null;
      return { userId: check?.ok ? check.userId : null };
    },
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
