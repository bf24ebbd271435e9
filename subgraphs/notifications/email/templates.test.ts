import { escapeHtml, renderEmail } from './templates';
import { retryDelayMs } from './mailer';

const link = (type: string) => `https://wg.example.com/unsubscribe?token=${type.toLowerCase()}&x=1`;

describe('email templates', () => {
  it('renders one notification as accessible HTML and readable text', () => {
    const email = renderEmail({
      kind: 'IMMEDIATE',
      recipientName: 'Mo Member',
      timeZone: 'Europe/Berlin',
      notifications: [
        {
          type: 'ASSIGNED',
          summary: 'Ada Admin assigned WEB-3 “Fix <login>” to you.',
          createdAt: new Date('2026-01-10T09:30:00Z'),
        },
      ],
      unsubscribeUrl: link,
    });
    expect(email.subject).toBe('Ada Admin assigned WEB-3 “Fix <login>” to you.');
    expect(email.unsubscribeType).toBe('ASSIGNED');
    expect(email.html).toContain('<html lang="en">');
    expect(email.html).toMatch(/<main>[\s\S]*<h1>Workgraph notification<\/h1>[\s\S]*<ul>[\s\S]*<\/main>/);
    expect(email.html).toContain('Fix &lt;login&gt;');
    expect(email.html).not.toContain('<img');
    expect(email.html).not.toMatch(/style=|color/i);
    expect(email.html).toContain(
      '<a href="https://wg.example.com/unsubscribe?token=assigned&amp;x=1">Stop emails about work items assigned to you</a>',
    );
    expect(email.html).toContain('<time datetime="2026-01-10T09:30:00.000Z">10 Jan 2026, 10:30 CET</time>');
    expect(email.text).toContain('Hello Mo,');
    expect(email.text).toContain('- Ada Admin assigned WEB-3 “Fix <login>” to you.\n   Time: 10 Jan 2026, 10:30 CET');
    expect(email.text).toContain(
      'Stop emails about work items assigned to you:\n  https://wg.example.com/unsubscribe?token=assigned&x=1',
    );
    expect(email.text).not.toMatch(/<(a|p|li|h1)\b/);
  });

  it('renders a digest as a numbered list with a link per type, the most frequent type first', () => {
    const at = new Date('2026-01-10T09:30:00Z');
    const email = renderEmail({
      kind: 'DIGEST',
      recipientName: 'Vi',
      timeZone: 'UTC',
      notifications: [
        { type: 'ASSIGNED', summary: 'One.', createdAt: at },
        { type: 'COMMENTED', summary: 'Two.', createdAt: at },
        { type: 'COMMENTED', summary: 'Three.', createdAt: at },
      ],
      unsubscribeUrl: link,
    });
    expect(email.subject).toBe('Your Workgraph digest: 3 notifications');
    expect(email.unsubscribeType).toBe('COMMENTED');
    expect(email.html).toMatch(/<ol>\s*<li><p>One\.<\/p>[\s\S]*Three\.[\s\S]*<\/ol>/);
    expect(email.html.indexOf('token=commented')).toBeLessThan(email.html.indexOf('token=assigned'));
    expect(email.text).toContain('1. One.');
    expect(email.text).toContain('3. Three.');
    expect(() =>
      renderEmail({ kind: 'DIGEST', recipientName: 'x', timeZone: 'UTC', notifications: [], unsubscribeUrl: link }),
    ).toThrow();
  });

  it('escapes HTML', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('retry backoff', () => {
  it('doubles from 30 s up to an hour', () => {
    expect([1, 2, 3, 4, 5].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(20)).toBe(3_600_000);
  });
});
