import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { dataOf, errorOf, seedProjectTeam, useSubgraph, type ProjectTeam } from '../../testkit';

// No allow-list: what a production deployment runs with.
const integrations = useSubgraph('integrations', {
  with: ['users', 'projects'],
  env: { INTEGRATIONS_WEBHOOK_POLL_MS: 0, INTEGRATIONS_WEBHOOK_TIMEOUT_MS: 3000 },
});

const create = `mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } } }`;
const ping = `mutation ($id: ID!) {
  pingWebhookEndpoint(input: { endpointId: $id }) {
    delivery { status attempts(first: 1) { edges { node { outcome responseStatus error requestUrl } } } }
  }
}`;

describe('outbound webhook requests', () => {
  let team: ProjectTeam;
  let server: http.Server;
  let port: number;
  let received = 0;
  beforeAll(async () => {
    team = await seedProjectTeam(integrations);
    server = http.createServer((_request, response) => {
      received += 1;
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  }, 60_000);
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it.each([
    ['a name that resolves to loopback', () => `https://localhost:${port}/hooks`],
    ['a loopback address', () => `https://127.0.0.1:${port}/hooks`],
    ['a private address', () => 'https://10.1.2.3/hooks'],
    ['the cloud metadata address', () => 'https://169.254.169.254/latest/meta-data/'],
  ])('are refused at connection time when the URL leads to %s, and the attempt says why', async (_what, url) => {
    const { createWebhookEndpoint } = dataOf(
      await integrations.execute(team.admin, create, {
        input: { organizationId: team.organizationId, url: url(), eventTypes: ['work_item.created'] },
      }),
    );
    const started = Date.now();
    const { pingWebhookEndpoint } = dataOf(
      await integrations.execute(team.admin, ping, { id: createWebhookEndpoint.endpoint.id }),
    );
    expect(Date.now() - started).toBeLessThan(2500);
    expect(pingWebhookEndpoint.delivery.status).toBe('FAILED');
    const attempt = pingWebhookEndpoint.delivery.attempts.edges[0].node;
    expect(attempt).toMatchObject({ outcome: 'FAILED', responseStatus: null, requestUrl: url() });
    expect(attempt.error).toMatch(/^Refused by the outbound address filter: .*is not allowed/);
    expect(received).toBe(0);
  });

  it('refuses plain http to a host that is not allow-listed when the endpoint is registered', async () => {
    const response = await integrations.execute(team.admin, create, {
      input: {
        organizationId: team.organizationId,
        url: `http://127.0.0.1:${port}/hooks`,
        eventTypes: ['work_item.created'],
      },
    });
    expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
  });
});
