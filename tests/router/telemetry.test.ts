import { ApolloGateway } from '@apollo/gateway';
import { supergraphSdl } from './fake-subgraphs';

// Why @opentelemetry/core stays on 1.x (SECURITY.md): @apollo/gateway 2.14 builds an OpenTelemetry 1.x
// metrics exporter for Apollo's usage telemetry, and with core 2.x that constructor throws ("Cannot read
// properties of undefined (reading 'parseKeyPairsIntoRecord')"). Workgraph turns the telemetry off by
// default, but an operator may turn it on by setting APOLLO_TELEMETRY_DISABLED themselves.
describe('the gateway with Apollo usage telemetry on', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('builds and stops with the installed OpenTelemetry packages', async () => {
    delete process.env.APOLLO_TELEMETRY_DISABLED;
    // No probing of cloud metadata servers from a test.
    process.env.METADATA_SERVER_DETECTION = 'none';
    let gateway: ApolloGateway | undefined;
    expect(() => {
      gateway = new ApolloGateway({ supergraphSdl, logger: { debug() {}, info() {}, warn() {}, error() {} } });
    }).not.toThrow();
    await expect(gateway!.stop()).resolves.toBeUndefined();
  });
});
