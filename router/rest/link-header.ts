/** An RFC 8288 `Link` header value: one `<url>; rel="..."` per relation given. */
export function linkHeader(links: Partial<Record<'first' | 'prev' | 'next' | 'last', string>>): string | null {
  const parts = (['first', 'prev', 'next', 'last'] as const).flatMap((rel) => {
    const url = links[rel];
    return url ? [`<${url}>; rel="${rel}"`] : [];
  });
  return parts.length ? parts.join(', ') : null;
}

/** The request's own URL (path and query) with `cursor` set, or removed for the first page. */
export function pageUrl(path: string, search: URLSearchParams, cursor: string | null): string {
  const params = new URLSearchParams(search);
  if (cursor) params.set('cursor', cursor);
  else params.delete('cursor');
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
