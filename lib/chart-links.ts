import { isMacOf, macOf } from './signed-token';

// The router serves dashboard widget charts as files at `/charts/widgets/<widgetGlobalId>.<ext>`:
// to a caller with an access token, or to anyone holding a signed link (emails, chat) until it
// expires. The analytics subgraph issues the links (`DashboardWidget.chartUrl`) and the router
// verifies them, both with this module and a key derived from SUBGRAPH_SIGNING_SECRET for the
// purpose below, so a chart link's signature is worthless as any other token and vice versa.
//
// The signature is base64url(HMAC-SHA256(key, "v1\n<widgetId>\n<ext>\n<userId>\n<expires>")): the
// widget, the format, the user whose permissions apply, and the expiry (unix seconds) are all bound.
// A link grants no more than its user can see: the router fetches the chart as that user, so one who
// lost access to the dashboard gets 404 from a link issued before.

export const chartFormats = ['svg', 'png', 'csv'] as const;
export type ChartFileFormat = (typeof chartFormats)[number];

/** Seconds a signed link lasts when the caller does not say: 7 days. */
export const defaultChartLinkSeconds = 7 * 24 * 3600;
export const minChartLinkSeconds = 60;
/** At most 30 days: a link in an old email should not outlive the conversation it was sent into. */
export const maxChartLinkSeconds = 30 * 24 * 3600;

export const chartFilesPrefix = '/charts/widgets/';

const purpose = 'dashboard chart links';

/** What a chart link signature binds. */
export interface ChartLinkClaims {
  /** The widget's global ID, as in the path. */
  widgetId: string;
  format: ChartFileFormat;
  /** The raw user id whose permissions the link carries. */
  userId: string;
  /** Unix seconds after which the link is refused. */
  expires: number;
}

const payloadOf = (claims: ChartLinkClaims): string =>
  ['v1', claims.widgetId, claims.format, claims.userId, String(claims.expires)].join('\n');

export function signChartLink(signingSecret: string, claims: ChartLinkClaims): string {
  return macOf(signingSecret, purpose, payloadOf(claims)).toString('base64url');
}

/** The path of a widget's chart file in `format`. */
export const chartFilePath = (widgetId: string, format: ChartFileFormat): string =>
  `${chartFilesPrefix}${encodeURIComponent(widgetId)}.${format}`;

/** The full signed link: `<publicUrl>/charts/widgets/<id>.<ext>?u=…&expires=…&signature=…`. */
export function chartLinkUrl(publicUrl: string, signingSecret: string, claims: ChartLinkClaims): string {
  const query = new URLSearchParams({
    u: claims.userId,
    expires: String(claims.expires),
    signature: signChartLink(signingSecret, claims),
  });
  return `${publicUrl.replace(/\/+$/, '')}${chartFilePath(claims.widgetId, claims.format)}?${query.toString()}`;
}

/** The widget and format a chart file path names; null for any other path. */
export function parseChartFilePath(pathname: string): { widgetId: string; format: ChartFileFormat } | null {
  const match = /^\/charts\/widgets\/([A-Za-z0-9_-]{1,200})\.(svg|png|csv)$/.exec(pathname);
  return match ? { widgetId: match[1]!, format: match[2] as ChartFileFormat } : null;
}

export type ChartLinkCheck = { ok: true; userId: string } | { ok: false; reason: 'expired' | 'invalid' };

/** Checks the `u`, `expires` and `signature` query parameters of a link to `widgetId` in `format`. */
export function verifyChartLink(
  signingSecret: string,
  link: { widgetId: string; format: ChartFileFormat; params: URLSearchParams },
  nowMs = Date.now(),
): ChartLinkCheck {
  const userId = link.params.get('u') ?? '';
  const expiresText = link.params.get('expires') ?? '';
  const signature = link.params.get('signature') ?? '';
  if (!/^[0-9a-f-]{36}$/.test(userId) || !/^\d{1,12}$/.test(expiresText) || !/^[A-Za-z0-9_-]{43}$/.test(signature)) {
    return { ok: false, reason: 'invalid' };
  }
  const expires = Number(expiresText);
  const claims = { widgetId: link.widgetId, format: link.format, userId, expires };
  if (!isMacOf(signingSecret, purpose, payloadOf(claims), Buffer.from(signature, 'base64url'))) {
    return { ok: false, reason: 'invalid' };
  }
  // Checked after the signature, so a made-up expiry says "invalid", not "expired".
  if (expires * 1000 <= nowMs) return { ok: false, reason: 'expired' };
  return { ok: true, userId };
}
