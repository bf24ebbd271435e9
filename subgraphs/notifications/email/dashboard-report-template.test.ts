import { renderDashboardReportEmail } from './dashboard-report-template';

const input = {
  recipientName: 'Vi Viewer',
  dashboardName: 'Flow <of> “checkout”',
  dashboardUrl: 'https://wg.example.com/dashboards/RGFzaGJvYXJk?x=1&y=2',
  week: '2026-12-07',
  widgets: [
    {
      title: 'Throughput & more',
      summary: 'Items finished per day: 4 in total, at most 2 on <Monday>.',
      chartUrl: 'https://wg.example.com/charts/widgets/W1.png?u=1&expires=2&signature="x"',
    },
    { title: 'Cycle time', summary: 'Not shown: you cannot read what this chart measures.', chartUrl: null },
  ],
  unsubscribeUrl: 'https://wg.example.com/unsubscribe?token=abc&x=1',
};

describe('the dashboard report email', () => {
  it('shows each chart inline with its summary as the alt text and again as text, everything escaped', () => {
    const email = renderDashboardReportEmail(input);
    expect(email.subject).toBe('Weekly report: Flow <of> “checkout”');
    expect(email.html).toContain('<h1>Weekly report: Flow &lt;of&gt; “checkout”</h1>');
    expect(email.html).toContain('<h2>Throughput &amp; more</h2>');
    expect(email.html).toContain(
      '<img src="https://wg.example.com/charts/widgets/W1.png?u=1&amp;expires=2&amp;signature=&quot;x&quot;" alt="Items finished per day: 4 in total, at most 2 on &lt;Monday&gt;."',
    );
    expect(email.html).toContain('<p>Items finished per day: 4 in total, at most 2 on &lt;Monday&gt;.</p>');
    expect(email.html).toContain('for the week of 7 Dec 2026');
    expect(email.html).toContain(
      '<a href="https://wg.example.com/dashboards/RGFzaGJvYXJk?x=1&amp;y=2">Open “Flow &lt;of&gt; “checkout”” in Workgraph</a>',
    );
    expect(email.html).not.toMatch(
      /<(?!\/?(html|head|meta|title|body|main|h1|h2|p|img|a|section|footer|ul|li)\b)[a-z]/i,
    );
  });

  it('shows a chart the recipient may not see as its title and the reason only, without an image', () => {
    const { html, text } = renderDashboardReportEmail(input);
    expect(html.match(/<img /g)).toHaveLength(1);
    expect(html).toContain('<h2>Cycle time</h2>\n        <p>Not shown: you cannot read what this chart measures.</p>');
    expect(text).toContain('## Cycle time\n\nNot shown: you cannot read what this chart measures.\n\n');
  });

  it('has a plain-text part with the summaries, the chart and dashboard links, and the unsubscribe link', () => {
    const { text } = renderDashboardReportEmail(input);
    expect(text).toContain('Hello Vi,');
    expect(text).toContain(
      '## Throughput & more\n\nItems finished per day: 4 in total, at most 2 on <Monday>.\n\nChart: https://wg.example.com/charts/widgets/W1.png?u=1&expires=2&signature="x"',
    );
    expect(text).toContain('https://wg.example.com/dashboards/RGFzaGJvYXJk?x=1&y=2');
    expect(text).toContain(
      '- Stop emails about the weekly reports of dashboards you subscribed to:\n  https://wg.example.com/unsubscribe?token=abc&x=1',
    );
    expect(text).not.toMatch(/<(a|p|img|h1|h2)\b/);
  });

  it('says so when the dashboard has no charts', () => {
    const { html, text } = renderDashboardReportEmail({ ...input, widgets: [] });
    expect(html).toContain('<p>The dashboard has no charts.</p>');
    expect(text).toContain('The dashboard has no charts.');
  });
});
