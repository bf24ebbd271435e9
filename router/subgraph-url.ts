/** Where the router calls a subgraph directly (signed service calls): its URL override, else the supergraph's. */
export function subgraphUrlOf(supergraphSdl: string, subgraphUrls: Record<string, string>, name: string): string {
  const composed = new RegExp(`@join__graph\\(name: "${name}", url: "([^"]+)"\\)`).exec(supergraphSdl)?.[1];
  const url = subgraphUrls[name] ?? composed;
  if (!url) throw new Error(`The supergraph has no ${name} subgraph.`);
  return url;
}
