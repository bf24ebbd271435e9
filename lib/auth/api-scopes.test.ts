import { subgraphRegistry } from '../../subgraphs/registry';
import {
  apiScopes,
  maxApiScopes,
  effectiveScopes,
  isApiScope,
  scopeResourceOfSubgraph,
  scopeResources,
} from './api-scopes';

describe('the API token scope catalogue', () => {
  it('has a read and a write scope for every subgraph of the registry, named after its domain except integrations', () => {
    expect(scopeResources.map((resource) => resource.subgraph)).toEqual(subgraphRegistry.map((entry) => entry.name));
    for (const entry of subgraphRegistry.filter((one) => one.name !== 'integrations')) {
      const names = apiScopes.filter((scope) => scope.subgraph === entry.name).map((scope) => scope.name);
      expect(names).toEqual([`${entry.domain}:read`, `${entry.domain}:write`]);
    }
    const integrations = apiScopes.filter((scope) => scope.subgraph === 'integrations').map((scope) => scope.name);
    expect(integrations).toEqual(['webhooks:read', 'webhooks:admin']);
    expect(isApiScope('work_items:write')).toBe(true);
    expect(isApiScope('work_items:admin')).toBe(false);
    expect(apiScopes.length).toBeLessThanOrEqual(maxApiScopes);
  });

  it('names the integrations subgraph webhooks, with an admin level instead of write', () => {
    expect(scopeResourceOfSubgraph('integrations')).toEqual({
      subgraph: 'integrations',
      resource: 'webhooks',
      read: 'webhooks:read',
      write: 'webhooks:admin',
    });
  });

  it('gives a subgraph missing from the registry the generic names', () => {
    expect(scopeResourceOfSubgraph('time-tracking')).toMatchObject({
      read: 'time_tracking:read',
      write: 'time_tracking:write',
    });
  });

  it('describes every scope, and says what a write scope includes', () => {
    for (const scope of apiScopes) expect(scope.description.length).toBeGreaterThan(20);
    expect(apiScopes.find((scope) => scope.name === 'projects:write')?.description).toContain('projects:read');
  });

  it('lets a write scope imply the read scope of its resource and nothing else', () => {
    expect([...effectiveScopes(['sprints:write'])].sort()).toEqual(['sprints:read', 'sprints:write']);
    expect([...effectiveScopes(['sprints:read'])]).toEqual(['sprints:read']);
  });
});
