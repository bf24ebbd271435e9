import { chartFilePath, chartLinkUrl, parseChartFilePath, verifyChartLink, type ChartLinkClaims } from './chart-links';
import { toGlobalId } from './ids';

const secret = 'a'.repeat(64);
const userId = '3f1c6a52-8d1e-4c59-9a4b-2f6de1a7b0c1';
const widgetId = toGlobalId('DashboardWidget', '0b6f6f1e-6c1a-4f0e-8e3a-3b2f4c9d7a11');
const now = Date.UTC(2026, 0, 1);
const claims: ChartLinkClaims = { widgetId, format: 'svg', userId, expires: now / 1000 + 600 };

function linkOf(url: string) {
  const parsed = new URL(url);
  const target = parseChartFilePath(parsed.pathname)!;
  return { ...target, params: parsed.searchParams };
}

describe('chart links', () => {
  test('a link names its file under the public URL and verifies for its user until it expires', () => {
    const url = chartLinkUrl('https://work.example/', secret, claims);
    expect(url.startsWith(`https://work.example${chartFilePath(widgetId, 'svg')}?u=${userId}&expires=`)).toBe(true);
    expect(verifyChartLink(secret, linkOf(url), now)).toEqual({ ok: true, userId });
    expect(verifyChartLink(secret, linkOf(url), claims.expires * 1000)).toEqual({ ok: false, reason: 'expired' });
  });

  test('any altered part, or another secret, makes the link invalid', () => {
    const url = new URL(chartLinkUrl('https://work.example', secret, claims));
    const altered = (change: (link: ReturnType<typeof linkOf>) => void) => {
      const link = linkOf(url.toString());
      change(link);
      return verifyChartLink(secret, link, now);
    };
    const invalid = { ok: false, reason: 'invalid' };
    expect(altered((link) => (link.format = 'png'))).toEqual(invalid);
    expect(altered((link) => (link.widgetId = toGlobalId('DashboardWidget', userId)))).toEqual(invalid);
    expect(altered((link) => link.params.set('u', '3f1c6a52-8d1e-4c59-9a4b-2f6de1a7b0c2'))).toEqual(invalid);
    expect(altered((link) => link.params.set('expires', String(claims.expires + 1)))).toEqual(invalid);
    expect(altered((link) => link.params.set('signature', 'A'.repeat(43)))).toEqual(invalid);
    expect(altered((link) => link.params.delete('signature'))).toEqual(invalid);
    expect(verifyChartLink('b'.repeat(64), linkOf(url.toString()), now)).toEqual(invalid);
  });

  test('only chart file paths parse', () => {
    expect(parseChartFilePath(`/charts/widgets/${widgetId}.csv`)).toEqual({ widgetId, format: 'csv' });
    expect(parseChartFilePath(`/charts/widgets/${widgetId}.gif`)).toBeNull();
    expect(parseChartFilePath(`/charts/widgets/../x.svg`)).toBeNull();
    expect(parseChartFilePath(`/charts/widgets/.svg`)).toBeNull();
  });
});
