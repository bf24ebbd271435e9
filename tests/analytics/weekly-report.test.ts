import { nextReportTime } from '../../subgraphs/analytics/rules/report-week';
import { useSmtpInbox } from '../notifications/smtp-inbox';
import {
  createProject,
  dataOf,
  querySql,
  rawId,
  removeProjectMember,
  seedProjectTeam,
  untilNotificationsCaughtUp,
  useTestStack,
  type ProjectTeam,
  type TestUser,
} from '../testkit';
import { runnerAs } from './support';

// The weekly dashboard report from end to end: the analytics scheduler (driven with `runDue(now)`)
// composes each due report as its subscriber sees it and writes `dashboard.report_due`; the
// notifications consumer turns it into an email, which the mailer sends to a real SMTP server in
// this process. Chart links are fetched from the router, unsubscribe links followed without a token.

const publicUrl = 'https://workgraph.example.com';
const smtp = useSmtpInbox({ publicUrl });
const stack = useTestStack({ email: smtp.email });
/** The router's origin: links in emails start with `publicUrl`, the router is reached here. */
const origin = () => new URL(stack.routerUrl).origin;
const onRouter = (link: string) => {
  const { pathname, search } = new URL(link);
  return `${origin()}${pathname}${search}`;
};

/** The first report week after the subscriptions the tests make now, and the weeks after it. */
const week = (n: number) => new Date(nextReportTime(new Date()).getTime() + n * 7 * 24 * 3600_000);
const hours = (at: Date, n: number) => new Date(at.getTime() + n * 3600_000);

const runAs = runnerAs(stack);

async function createDashboard(owner: TestUser, input: Record<string, unknown>): Promise<string> {
  const res = await runAs(
    owner,
    `mutation ($input: CreateDashboardInput!) { createDashboard(input: $input) { dashboard { id } } }`,
    { input: { name: 'Checkout <flow>', ...input } },
  );
  return dataOf(res).createDashboard.dashboard.id as string;
}

async function addWidget(owner: TestUser, dashboardId: string, title: string, metric: string, projectId: string) {
  const res = await runAs(
    owner,
    `mutation ($input: AddDashboardWidgetInput!) { addDashboardWidget(input: $input) { widget { id } } }`,
    { input: { dashboardId, title, metric, population: { projectId } } },
  );
  return dataOf(res).addDashboardWidget.widget.id as string;
}

async function subscribe(user: TestUser, dashboardId: string): Promise<void> {
  dataOf(
    await runAs(
      user,
      `mutation ($input: SubscribeToDashboardReportInput!) {
        subscribeToDashboardReport(input: $input) { dashboard { viewerIsSubscribedToReport } }
      }`,
      { input: { dashboardId } },
    ),
  );
}

/** A dashboard shared with the team's project, with two widgets, by its member. */
async function projectDashboard(team: ProjectTeam): Promise<string> {
  const dashboardId = await createDashboard(team.member, {
    organizationId: team.organizationId,
    sharing: 'PROJECT',
    projectId: team.project.id,
  });
  await addWidget(team.member, dashboardId, 'Throughput & more', 'THROUGHPUT', team.project.id);
  await addWidget(team.member, dashboardId, 'Work in progress', 'WIP', team.project.id);
  return dashboardId;
}

/** Writes the reports due at `now`, lets notifications make their emails, and sends what is due. */
async function sendReports(now: Date, replicas = 1) {
  const rounds = await Promise.all(Array.from({ length: replicas }, () => stack.reports.runDue(now)));
  await untilNotificationsCaughtUp(stack);
  await stack.mailer.runDue(hours(now, 24));
  return rounds;
}

/** The report emails to a user since the last call (their other emails, such as invitations, are dropped). */
const takeEmails = (to: TestUser) => smtp.takeEmails(to).filter((mail) => mail.subject.startsWith('Weekly report: '));

/** The `dashboard.report_due` events written for a user, oldest first. */
const reportEvents = (user: TestUser) =>
  querySql<{ envelope: Record<string, unknown> }>(
    stack,
    `SELECT envelope FROM analytics.outbox
      WHERE type = 'dashboard.report_due' AND envelope->'payload'->>'recipientId' = $1 ORDER BY seq`,
    [rawId(user.userId)],
  );

const subscriptionsOf = (user: TestUser) =>
  querySql<{ dashboard_id: string }>(
    stack,
    `SELECT dashboard_id::text FROM analytics.dashboard_report_subscription WHERE user_id = $1::uuid`,
    [rawId(user.userId)],
  );

const unescape = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('the weekly dashboard report', () => {
  test('emails each subscriber the widgets once a week: titles, summaries as text and alt text, and charts the router serves as PNG', async () => {
    const team = await seedProjectTeam(stack);
    const dashboardId = await projectDashboard(team);
    await subscribe(team.viewer, dashboardId);
    const asViewer = dataOf(
      await runAs(team.viewer, `query ($id: ID!) { dashboard(id: $id) { widgets { title chart { summary } } } }`, {
        id: dashboardId,
      }),
    ).dashboard.widgets as { title: string; chart: { summary: string } }[];

    const at = week(0);
    await sendReports(at);
    const [event] = await reportEvents(team.viewer);
    expect(event!.envelope).toMatchObject({
      actorId: null,
      organizationId: rawId(team.organizationId),
      projectId: rawId(team.project.id),
      aggregateId: rawId(dashboardId),
      occurredAt: at.toISOString(),
      payload: {
        recipientId: rawId(team.viewer.userId),
        week: at.toISOString().slice(0, 10),
        dashboardName: 'Checkout <flow>',
        dashboardUrl: `${publicUrl}/dashboards/${dashboardId}`,
        chartLinksExpireAt: new Date(at.getTime() + 14 * 24 * 3600_000).toISOString(),
      },
    });
    const [mail, ...more] = takeEmails(team.viewer);
    expect(more).toHaveLength(0);
    expect(mail!.subject).toBe('Weekly report: Checkout <flow>');
    expect(mail!.html).toContain('<h1>Weekly report: Checkout &lt;flow&gt;</h1>');
    const images = [
      ...mail!.html.matchAll(/<h2>([^<]*)<\/h2>\s*<p><img src="([^"]+)" alt="([^"]*)"[^>]*><\/p>\s*<p>([^<]*)<\/p>/g),
    ];
    expect(images.map(([, title, , alt, text]) => [unescape(title!), unescape(alt!), unescape(text!)])).toEqual(
      asViewer.map((widget) => [widget.title, widget.chart.summary, widget.chart.summary]),
    );
    for (const widget of asViewer)
      expect(mail!.text).toContain(
        `## ${widget.title}\n\n${widget.chart.summary}\n\nChart: ${publicUrl}/charts/widgets/`,
      );
    expect(mail!.html).toContain(
      `<a href="${publicUrl}/dashboards/${dashboardId}">Open “Checkout &lt;flow&gt;” in Workgraph</a>`,
    );
    expect(mail!.headers.get('list-unsubscribe')).toMatch(new RegExp(`^<${publicUrl}/unsubscribe\\?token=`));

    for (const [, , src] of images) {
      const link = unescape(src!);
      expect(link.startsWith(`${publicUrl}/charts/widgets/`)).toBe(true);
      expect(new URL(link).searchParams.get('u')).toBe(rawId(team.viewer.userId));
      const png = await fetch(onRouter(link));
      expect(png.status).toBe(200);
      expect(png.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await png.arrayBuffer()).subarray(0, 8)).toEqual(
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      );
    }
    // Sent, the row no longer holds the links; the report was never an inbox notification.
    const [delivery] = await querySql<{ status: string; report: { widgets: object[] } }>(
      stack,
      `SELECT status, report FROM notifications.email_delivery WHERE recipient_id = $1::uuid AND kind = 'DASHBOARD_REPORT'`,
      [rawId(team.viewer.userId)],
    );
    expect(delivery!.status).toBe('SENT');
    expect(delivery!.report.widgets.map((widget) => Object.keys(widget).sort())).toEqual([
      ['summary', 'title', 'widgetId'],
      ['summary', 'title', 'widgetId'],
    ]);
    expect(
      await querySql(
        stack,
        `SELECT 1 FROM notifications.notification WHERE recipient_id = $1::uuid AND type = 'DASHBOARD_REPORT'`,
        [rawId(team.viewer.userId)],
      ),
    ).toEqual([]);

    await sendReports(week(1));
    expect(takeEmails(team.viewer).map((next) => next.subject)).toEqual(['Weekly report: Checkout <flow>']);
    expect(takeEmails(team.member)).toEqual([]);
  });

  test('sends one report a week however often the scheduler runs in it', async () => {
    const team = await seedProjectTeam(stack);
    await subscribe(team.viewer, await projectDashboard(team));
    await sendReports(week(0));
    await sendReports(week(0));
    await sendReports(hours(week(0), 50));
    await sendReports(hours(week(1), -1));
    expect(takeEmails(team.viewer)).toHaveLength(1);
    expect(await reportEvents(team.viewer)).toHaveLength(1);
  });

  test('sends one report to each subscriber when two replicas run the scheduler at once', async () => {
    const team = await seedProjectTeam(stack);
    const dashboardId = await projectDashboard(team);
    const subscribers = [team.viewer, team.member, team.admin];
    for (const user of subscribers) await subscribe(user, dashboardId);
    const rounds = await sendReports(week(0), 2);
    expect(rounds.reduce((skipped, round) => skipped + round.skipped, 0)).toBeGreaterThanOrEqual(subscribers.length);
    for (const user of subscribers) {
      expect(await reportEvents(user)).toHaveLength(1);
      expect(takeEmails(user)).toHaveLength(1);
    }
  });

  test('ends the subscription of someone who can no longer see the dashboard, without an email', async () => {
    const team = await seedProjectTeam(stack);
    const dashboardId = await projectDashboard(team);
    await subscribe(team.viewer, dashboardId);
    await subscribe(team.member, dashboardId);
    await removeProjectMember(stack, team.admin.token, team.project.id, team.viewer.userId);

    const [round] = await sendReports(week(0));
    expect(round!.ended).toBeGreaterThanOrEqual(1);
    expect(takeEmails(team.viewer)).toEqual([]);
    expect(await reportEvents(team.viewer)).toEqual([]);
    expect(await subscriptionsOf(team.viewer)).toEqual([]);
    expect(takeEmails(team.member)).toHaveLength(1);
    expect(await subscriptionsOf(team.member)).toEqual([{ dashboard_id: rawId(dashboardId) }]);
  });

  test('names a widget measuring a project the subscriber cannot read, without its chart', async () => {
    const team = await seedProjectTeam(stack);
    const dashboardId = await createDashboard(team.admin, {
      organizationId: team.organizationId,
      sharing: 'ORGANIZATION',
    });
    await addWidget(team.admin, dashboardId, 'Team throughput', 'THROUGHPUT', team.project.id);
    const other = await createProject(stack, team.admin.token, team.organizationId, { key: 'OTH' });
    await addWidget(team.admin, dashboardId, 'Other throughput', 'THROUGHPUT', other.id);
    await subscribe(team.member, dashboardId);

    await sendReports(week(0));
    const [mail] = takeEmails(team.member);
    expect(mail!.html.match(/<img /g)).toHaveLength(1);
    expect(mail!.html).toMatch(/<h2>Team throughput<\/h2>\s*<p><img /);
    expect(mail!.html).toMatch(
      /<h2>Other throughput<\/h2>\s*<p>Not shown: you cannot read what this chart measures\.<\/p>/,
    );
  });

  test('stops when the subscriber follows the unsubscribe link of a report, without signing in', async () => {
    const team = await seedProjectTeam(stack);
    await subscribe(team.viewer, await projectDashboard(team));
    await sendReports(week(0));
    const [mail] = takeEmails(team.viewer);
    const header = mail!.headers.get('list-unsubscribe')!.replace(/\s+/g, '');
    const link = /^<([^>]+)>$/.exec(header)![1]!;
    expect(mail!.text).toContain(link);

    const page = await fetch(onRouter(link));
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<form method="post" action="\/unsubscribe">/);
    const oneClick = await fetch(onRouter(link), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    expect(await oneClick.text()).toContain('no more emails about the weekly reports of dashboards you subscribed to');
    expect(
      await querySql(
        stack,
        `SELECT in_app, email FROM notifications.channel_preference WHERE user_id = $1::uuid AND type = 'DASHBOARD_REPORT'`,
        [rawId(team.viewer.userId)],
      ),
    ).toEqual([{ in_app: true, email: false }]);

    await sendReports(week(1));
    // The report is still composed (the analytics service does not read email preferences), and dropped.
    expect(await reportEvents(team.viewer)).toHaveLength(2);
    expect(takeEmails(team.viewer)).toEqual([]);
  });
});
