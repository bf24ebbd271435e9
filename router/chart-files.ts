import type http from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { RateLimiter } from './rate-limit';
import type { RouterContext } from './signed-data-source';
import { parseChartFilePath, verifyChartLink, type ChartFileFormat } from '../lib/chart-links';
import { ErrorCode } from '../lib/errors';
import { sendError } from '../lib/server/http-utils';
import { clientAddressOf } from './client-address';
import { resolveIdentity, type ApiTokenCaller, type CredentialVerifiers } from './identity';

// Dashboard widget charts as files: GET `/charts/widgets/<widgetGlobalId>.svg|png|csv`, for a caller
// with `Authorization: Bearer <access token>` (checked as on /graphql), or for anyone holding a
// signed link (`?u=&expires=&signature=`, issued by `DashboardWidget.chartUrl`, see lib/chart-links).
// Either way the chart is fetched with a GraphQL operation through the router's own supergraph as
// that user, so what they may see is exactly what the API lets them see: a widget they cannot read
// (or no longer can) is 404, as is one that does not exist.
//
// Caching: with a token, `private, max-age=60` (varying on Authorization); with a signed link,
// `no-store`, since the link is a credential in the URL and its user's access is checked on every fetch.

const fields: Record<ChartFileFormat, string> = { svg: 'chart { svg }', png: 'chartPng', csv: 'csv' };

const operationOf = (format: ChartFileFormat) =>
  `query ChartFile($id: ID!) { node(id: $id) { ... on DashboardWidget { title ${fields[format]} } } }`;

const contentTypes: Record<ChartFileFormat, string> = {
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  csv: 'text/csv; charset=utf-8',
};

/** A filename safe in any header and file system: the title's letters, digits and dashes. */
export function chartFileName(title: string, format: ChartFileFormat): string {
  const base = title
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .toLowerCase();
  return `${base || 'chart'}.${format}`;
}

interface WidgetFile {
  title: string;
  chart?: { svg: string };
  chartPng?: string;
  csv?: string;
}

function bodyOf(format: ChartFileFormat, widget: WidgetFile): Buffer | null {
  const text = format === 'svg' ? widget.chart?.svg : format === 'png' ? widget.chartPng : widget.csv;
  if (typeof text !== 'string') return null;
  return format === 'png' ? Buffer.from(text, 'base64') : Buffer.from(text, 'utf8');
}

/** Answers any path under `/charts/widgets/`: a chart file, or 404 for a path that names none. */
export async function handleChartFile(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  options: {
    apollo: ApolloServer<RouterContext>;
    credentials: CredentialVerifiers;
    signingSecret: string;
    rateLimiter: RateLimiter;
    trustProxyHops: number;
  },
): Promise<void> {
  req.resume();
  const file = parseChartFilePath(url.pathname);
  if (!file) return sendError(res, ErrorCode.NotFound, 'Not found.');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return sendError(res, ErrorCode.BadRequest, 'Use GET.', 405);
  }

  const signed = url.searchParams.has('signature') || url.searchParams.has('expires') || url.searchParams.has('u');
  let userId: string;
  // An API token reads charts with analytics:read, as the operation below checks.
  let apiToken: ApiTokenCaller | null = null;
  const clientAddress = clientAddressOf(req, options.trustProxyHops);
  if (signed) {
    const check = verifyChartLink(options.signingSecret, { ...file, params: url.searchParams });
    if (!check.ok) {
      return sendError(
        res,
        ErrorCode.Unauthenticated,
        check.reason === 'expired' ? 'The chart link has expired.' : 'The chart link is invalid.',
      );
    }
    userId = check.userId;
  } else {
    const identity = await resolveIdentity(req.headers.authorization, options.credentials, clientAddress);
    if (identity.kind !== 'user') {
      if (identity.kind === 'invalid') res.setHeader('www-authenticate', 'Bearer error="invalid_token"');
      else res.setHeader('www-authenticate', 'Bearer');
      return sendError(
        res,
        ErrorCode.Unauthenticated,
        identity.kind === 'invalid'
          ? identity.reason === 'expired'
            ? 'The access token has expired.'
            : 'The access token is invalid.'
          : 'An access token or a signed link is required.',
      );
    }
    userId = identity.userId;
    apiToken = identity.apiToken;
  }

  const decision = await options.rateLimiter.hit(`user:${userId}`);
  if (!decision.allowed) {
    res.setHeader('retry-after', Math.max(1, Math.ceil(decision.resetMs / 1000)));
    return sendError(res, ErrorCode.TooManyRequests, 'Too many requests; retry later.');
  }

  const response = await options.apollo.executeOperation(
    { query: operationOf(file.format), variables: { id: file.widgetId }, operationName: 'ChartFile' },
    { contextValue: { userId, clientAddress, apiToken } },
  );
  const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
  const widget = (result?.data as { node?: WidgetFile | null } | null | undefined)?.node;
  const codes = new Set((result?.errors ?? []).map((error) => error.extensions?.code));
  const body = widget && !codes.size ? bodyOf(file.format, widget) : null;
  if (!body) {
    if (!result?.errors?.length || codes.has(ErrorCode.NotFound) || codes.has(ErrorCode.Forbidden)) {
      return sendError(res, ErrorCode.NotFound, 'Chart not found.');
    }
    if (codes.has(ErrorCode.TooManyRequests)) {
      return sendError(res, ErrorCode.TooManyRequests, 'Too many requests; retry later.');
    }
    return sendError(res, ErrorCode.InternalServerError, 'The chart cannot be drawn right now; try again later.', 503);
  }

  const name = chartFileName(widget!.title, file.format);
  const headers: Record<string, string | number> = {
    'content-type': contentTypes[file.format],
    'content-length': body.length,
    'content-disposition': `${file.format === 'csv' ? 'attachment' : 'inline'}; filename="${name}"`,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': signed ? 'no-store' : 'private, max-age=60',
  };
  if (!signed) headers.vary = 'Authorization';
  if (file.format === 'svg')
    headers['content-security-policy'] = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}
