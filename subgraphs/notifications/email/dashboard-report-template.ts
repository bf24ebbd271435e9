// The weekly report email of a dashboard: each widget's title, its chart as an image whose alt text
// is the chart's summary, and the summary again as text, so the email says everything with images
// blocked, in a text-only client or in a screen reader. An HTML and a plain-text part.

import { notificationTopics } from '../notification-types';
import { escapeHtml, firstName, oneLine, pageStart } from './templates';

export interface DashboardReportEmailInput {
  recipientName: string;
  dashboardName: string;
  dashboardUrl: string;
  /** The report week's Monday, `YYYY-MM-DD`. */
  week: string;
  /** In position order; `chartUrl` null or absent: the chart is not shown to the recipient. */
  widgets: { title: string; summary: string; chartUrl?: string | null }[];
  /** The one-click link that turns DASHBOARD_REPORT emails off. */
  unsubscribeUrl: string;
  productName?: string;
}

const weekLabel = (week: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' }).format(
    new Date(`${week}T00:00:00Z`),
  );

export function renderDashboardReportEmail(input: DashboardReportEmailInput): {
  subject: string;
  html: string;
  text: string;
} {
  const product = input.productName ?? 'Workgraph';
  const name = `“${input.dashboardName}”`;
  const subject = oneLine(`Weekly report: ${input.dashboardName}`);
  const greeting = `Hello ${firstName(input.recipientName)},`;
  const intro = `Here is the dashboard ${name} for the week of ${weekLabel(input.week)}, as you can see it now.`;
  const empty = 'The dashboard has no charts.';
  const open = `Open ${name} in ${product}`;
  const why = `You get this email because you subscribed to the weekly report of ${name}. To stop only this dashboard's report, unsubscribe from it on the dashboard. The link below stops the weekly reports of every dashboard; your other emails stay as they are.`;
  const stop = `Stop emails about ${notificationTopics.DASHBOARD_REPORT}`;

  const htmlWidgets = input.widgets
    .map((widget) => {
      const image = widget.chartUrl
        ? `\n        <p><img src="${escapeHtml(widget.chartUrl)}" alt="${escapeHtml(widget.summary)}" style="max-width: 100%; height: auto"></p>`
        : '';
      return `      <section>
        <h2>${escapeHtml(widget.title)}</h2>${image}
        <p>${escapeHtml(widget.summary)}</p>
      </section>`;
    })
    .join('\n');
  const html = `${pageStart(subject)}
      <h1>${escapeHtml(subject)}</h1>
      <p>${escapeHtml(greeting)}</p>
      <p>${escapeHtml(intro)}</p>
${htmlWidgets || `      <p>${escapeHtml(empty)}</p>`}
      <p><a href="${escapeHtml(input.dashboardUrl)}">${escapeHtml(open)}</a></p>
    </main>
    <footer>
      <p>${escapeHtml(why)}</p>
      <ul>
        <li><a href="${escapeHtml(input.unsubscribeUrl)}">${escapeHtml(stop)}</a></li>
      </ul>
    </footer>
  </body>
</html>
`;

  const textWidgets = input.widgets
    .map((widget) => `## ${widget.title}\n\n${widget.summary}${widget.chartUrl ? `\n\nChart: ${widget.chartUrl}` : ''}`)
    .join('\n\n');
  const text = `${subject}

${greeting}

${intro}

${textWidgets || empty}

${open}:
${input.dashboardUrl}

--
${why}
- ${stop}:
  ${input.unsubscribeUrl}
`;
  return { subject, html, text };
}
