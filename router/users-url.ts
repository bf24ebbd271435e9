/** Where the router asks the users service about API tokens: its URL override, else the supergraph's. */
export function usersUrlOf(supergraphSdl: string, subgraphUrls: Record<string, string>): string {
  const composed = /@join__graph\(name: "users", url: "([^"]+)"\)/.exec(supergraphSdl)?.[1];
  const url = subgraphUrls.users ?? composed;
  if (!url) throw new Error('The supergraph has no users subgraph: API tokens cannot be checked.');
  return url;
}
