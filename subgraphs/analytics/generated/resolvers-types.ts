import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ProjectRefMapper as ProjectRefMapperModel, TeamRefMapper as TeamRefMapperModel, SavedViewRefMapper as SavedViewRefMapperModel, EntityRefMapper as EntityRefMapperModel, FlowMetricsMapper as FlowMetricsMapperModel, ProjectFlowSettingsMapper as ProjectFlowSettingsMapperModel, WipPointMapper as WipPointMapperModel, ThroughputPointMapper as ThroughputPointMapperModel, TimeDistributionMapper as TimeDistributionMapperModel, DurationBucketMapper as DurationBucketMapperModel, AgingWipMapper as AgingWipMapperModel, AgingItemMapper as AgingItemMapperModel, CumulativeFlowDayMapper as CumulativeFlowDayMapperModel, CumulativeFlowCountMapper as CumulativeFlowCountMapperModel, CreatedResolvedPointMapper as CreatedResolvedPointMapperModel, ControlChartPointMapper as ControlChartPointMapperModel, FlowGroupMapper as FlowGroupMapperModel, CompletionForecastMapper as CompletionForecastMapperModel, FlowWorkItemConnectionMapper as FlowWorkItemConnectionMapperModel, FlowWorkItemEdgeMapper as FlowWorkItemEdgeMapperModel, ControlChartConnectionMapper as ControlChartConnectionMapperModel, ControlChartEdgeMapper as ControlChartEdgeMapperModel, AgingItemConnectionMapper as AgingItemConnectionMapperModel, AgingItemEdgeMapper as AgingItemEdgeMapperModel, DashboardMapper as DashboardMapperModel, DashboardWidgetMapper as DashboardWidgetMapperModel, WidgetPopulationMapper as WidgetPopulationMapperModel, DashboardConnectionMapper as DashboardConnectionMapperModel, DashboardEdgeMapper as DashboardEdgeMapperModel } from '../mappers';
import type { AnalyticsContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date without a time, in ISO 8601 format: `YYYY-MM-DD`, for example `2026-12-24`. */
  Date: { input: Date; output: Date | string; }
  /** A date and time in ISO 8601 format with a time zone, for example `2026-11-23T09:30:00.000Z`. */
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A new widget. */
export type AddDashboardWidgetInput = {
  /** The dashboard. */
  dashboardId: Scalars['ID']['input'];
  /** How many days up to today it covers, 7-366; 90 when omitted. */
  days?: InputMaybe<Scalars['Int']['input']>;
  /** The metric it draws. */
  metric: FlowMetricKind;
  /** What it measures; you must be able to read it. */
  population: WidgetPopulationInput;
  /** Its title, 1-100 characters. */
  title: Scalars['String']['input'];
};

/** The result of `addDashboardWidget`. */
export type AddDashboardWidgetPayload = {
  __typename?: 'AddDashboardWidgetPayload';
  /** The dashboard it was added to. */
  dashboard: Dashboard;
  /** The new widget. */
  widget: DashboardWidget;
};

/** An item in progress and how long it has been. */
export type AgingItem = {
  __typename?: 'AgingItem';
  /** Its age at the end of the window in calendar days, counted inclusively. */
  ageDays: Scalars['Int']['output'];
  /** Whether it is older than the 85th percentile cycle time. */
  aging: Scalars['Boolean']['output'];
  /** When it started. */
  startedAt: Scalars['DateTime']['output'];
  /** The state it is in. */
  state: WorkflowState;
  /** The item. */
  workItem: WorkItem;
};

/** A page of items in progress. */
export type AgingItemConnection = {
  __typename?: 'AgingItemConnection';
  /** The items on this page with their cursors. */
  edges: Array<AgingItemEdge>;
  /** The nodes on this page, in order, without their cursors: the same as `edges { node }`. */
  nodes: Array<AgingItem>;
  /** Pagination details. */
  pageInfo: PageInfo;
  /** How many items are in progress. */
  totalCount: Scalars['Int']['output'];
};

/** An item in progress in a connection. */
export type AgingItemEdge = {
  __typename?: 'AgingItemEdge';
  /** The cursor to resume after this item. */
  cursor: Scalars['String']['output'];
  /** The item and its age. */
  node: AgingItem;
};

/** Items in progress with their age. */
export type AgingWip = {
  __typename?: 'AgingWip';
  /** How many of them are older than the threshold. */
  agingCount: Scalars['Int']['output'];
  /** How many items are in progress. */
  count: Scalars['Int']['output'];
  /** The items in progress, oldest first. */
  items: AgingItemConnection;
  /** The 85th percentile cycle time of the window, in days: items older than it are flagged; null without finished items. */
  thresholdDays: Maybe<Scalars['Int']['output']>;
};


/** Items in progress with their age. */
export type AgingWipItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A chart drawn on the server with Vega-Lite, accessible: the SVG has `role="img"`, a title and a
 * description holding the summary and the data, and tells series apart by pattern, shape and label as
 * well as colour.
 */
export type Chart = {
  __typename?: 'Chart';
  /** What the chart shows, in one or two sentences (its text alternative). */
  summary: Scalars['String']['output'];
  /** The chart as an SVG document. */
  svg: Scalars['String']['output'];
  /** The data drawn, as a table: the chart's data table alternative. */
  table: ChartTable;
  /** The chart's title. */
  title: Scalars['String']['output'];
};

/** The file formats the router serves a chart in. */
export type ChartFormat =
  /** The chart's data as CSV. */
  | 'CSV'
  /** A PNG image. */
  | 'PNG'
  /** An accessible SVG document. */
  | 'SVG';

/** A table of a chart's data. */
export type ChartTable = {
  __typename?: 'ChartTable';
  /** The column headers. */
  columns: Array<Scalars['String']['output']>;
  /** The rows, each as many cells as there are columns, as text. */
  rows: Array<Array<Scalars['String']['output']>>;
};

/** When the remaining items will be done. */
export type CompletionForecast = {
  __typename?: 'CompletionForecast';
  /** How many runs finished on each date, earliest first. */
  distribution: Array<ForecastDateCount>;
  /** The past days resampled. */
  history: FlowWindow;
  /** The date by which 50% of the runs had finished. */
  p50: Maybe<Scalars['Date']['output']>;
  /** The date by which 85% of the runs had finished. */
  p85: Maybe<Scalars['Date']['output']>;
  /** The date by which 95% of the runs had finished. */
  p95: Maybe<Scalars['Date']['output']>;
  /** How many items remained (the range's ends when a range was given). */
  remaining: IntRange;
  /** How many simulations ran. */
  runs: Scalars['Int']['output'];
  /** The seed used: pass it again to get the same answer. */
  seed: Scalars['Int']['output'];
  /** Why the dates are null: the history had no finished item, or the runs did not finish within 10 years. */
  warning: Maybe<Scalars['String']['output']>;
  /** The items that remain, when counted from an epic or a saved view. */
  workItems: FlowWorkItemConnection;
};


/** When the remaining items will be done. */
export type CompletionForecastWorkItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of the control chart's points. */
export type ControlChartConnection = {
  __typename?: 'ControlChartConnection';
  /** The points on this page with their cursors. */
  edges: Array<ControlChartEdge>;
  /** The nodes on this page, in order, without their cursors: the same as `edges { node }`. */
  nodes: Array<ControlChartPoint>;
  /** Pagination details. */
  pageInfo: PageInfo;
  /** How many items finished in the window. */
  totalCount: Scalars['Int']['output'];
};

/** A control chart point in a connection. */
export type ControlChartEdge = {
  __typename?: 'ControlChartEdge';
  /** The cursor to resume after this point. */
  cursor: Scalars['String']['output'];
  /** The point. */
  node: ControlChartPoint;
};

/** One finished item on the control chart. */
export type ControlChartPoint = {
  __typename?: 'ControlChartPoint';
  /** Its cycle time in days. */
  cycleTimeDays: Scalars['Int']['output'];
  /** When it finished. */
  finishedAt: Scalars['DateTime']['output'];
  /** The mean cycle time of this point and the ones before it, over the rolling window. */
  rollingAverageDays: Scalars['Float']['output'];
  /** The item; null when it has been deleted since (deleted items stay in the figures) or you can no longer see it. */
  workItem: Maybe<WorkItem>;
};

/** A new dashboard. */
export type CreateDashboardInput = {
  /** What it is for, at most 1,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Its name, 1-100 characters. */
  name: Scalars['String']['input'];
  /** The organization it belongs to. */
  organizationId: Scalars['ID']['input'];
  /** The project to share it with; required when sharing is PROJECT. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** Who can see it; PRIVATE when omitted. */
  sharing?: InputMaybe<DashboardSharing>;
};

/** The result of `createDashboard`. */
export type CreateDashboardPayload = {
  __typename?: 'CreateDashboardPayload';
  /** The new dashboard. */
  dashboard: Dashboard;
};

/** Items created and finished on one day. */
export type CreatedResolvedPoint = {
  __typename?: 'CreatedResolvedPoint';
  /** How many items were created. */
  created: Scalars['Int']['output'];
  /** The items created that day. */
  createdItems: FlowWorkItemConnection;
  /** The day. */
  date: Scalars['Date']['output'];
  /** How many items finished. */
  resolved: Scalars['Int']['output'];
  /** The items finished that day. */
  resolvedItems: FlowWorkItemConnection;
};


/** Items created and finished on one day. */
export type CreatedResolvedPointCreatedItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Items created and finished on one day. */
export type CreatedResolvedPointResolvedItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** How many items were in one state at the end of one day. */
export type CumulativeFlowCount = {
  __typename?: 'CumulativeFlowCount';
  /** The state's category: BACKLOG, TODO, IN_PROGRESS, DONE or CANCELED. */
  category: Scalars['String']['output'];
  /** How many items were in it. */
  count: Scalars['Int']['output'];
  /** The state. */
  state: WorkflowState;
  /** Those items. */
  workItems: FlowWorkItemConnection;
};


/** How many items were in one state at the end of one day. */
export type CumulativeFlowCountWorkItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** How many items were in each state at the end of one day. */
export type CumulativeFlowDay = {
  __typename?: 'CumulativeFlowDay';
  /** The day. */
  date: Scalars['Date']['output'];
  /** One row per workflow state the project has had, in workflow order (by category, then first seen). */
  states: Array<CumulativeFlowCount>;
};

/** A page of charts, owned by a person and shared as they choose. */
export type Dashboard = Node & {
  __typename?: 'Dashboard';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** What it is for. */
  description: Scalars['String']['output'];
  /** The dashboard's opaque global ID. */
  id: Scalars['ID']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
  /** Who owns it. */
  owner: User;
  /** The project it is shared with, when sharing is PROJECT. */
  project: Maybe<Project>;
  /** Who can see it. */
  sharing: DashboardSharing;
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases by one with every change; a change made from an older version is refused (CONFLICT). */
  version: Scalars['Int']['output'];
  /** Whether you may change it. */
  viewerCanEdit: Scalars['Boolean']['output'];
  /** Whether you receive its weekly report email (`subscribeToDashboardReport`). */
  viewerIsSubscribedToReport: Scalars['Boolean']['output'];
  /** Its widgets in order. */
  widgets: Array<DashboardWidget>;
};

/** A page of dashboards. */
export type DashboardConnection = {
  __typename?: 'DashboardConnection';
  /** The dashboards on this page with their cursors. */
  edges: Array<DashboardEdge>;
  /** The nodes on this page, in order, without their cursors: the same as `edges { node }`. */
  nodes: Array<Dashboard>;
  /** Pagination details. */
  pageInfo: PageInfo;
  /** How many dashboards you can see in the organization. */
  totalCount: Scalars['Int']['output'];
};

/** A dashboard in a connection. */
export type DashboardEdge = {
  __typename?: 'DashboardEdge';
  /** The cursor to resume after this dashboard. */
  cursor: Scalars['String']['output'];
  /** The dashboard. */
  node: Dashboard;
};

/** Who can see a dashboard. */
export type DashboardSharing =
  /** Every member of its organization. */
  | 'ORGANIZATION'
  /** Only its owner. */
  | 'PRIVATE'
  /** Everyone who can read its project. */
  | 'PROJECT';

/** One chart on a dashboard: a metric of a population with its parameters. */
export type DashboardWidget = Node & {
  __typename?: 'DashboardWidget';
  /** Its chart, drawn now. */
  chart: Chart;
  /** Its chart drawn now as a PNG image, base64-encoded (for email and chat, where SVG is not shown). */
  chartPng: Scalars['String']['output'];
  /**
   * A link to its chart as a file, signed for you: whoever holds it gets the chart with your
   * permissions, without a token, until it expires (the router checks your access on every fetch).
   */
  chartUrl: Scalars['String']['output'];
  /** Its data as CSV. */
  csv: Scalars['String']['output'];
  /** The dashboard it is on. */
  dashboard: Dashboard;
  /** How many days up to today it covers (7-366). */
  days: Scalars['Int']['output'];
  /** The widget's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The metric it draws. */
  metric: FlowMetricKind;
  /** The project, team or saved view measured. */
  population: WidgetPopulation;
  /** Its position, 0 first. */
  position: Scalars['Int']['output'];
  /** Its title. */
  title: Scalars['String']['output'];
};


/** One chart on a dashboard: a metric of a population with its parameters. */
export type DashboardWidgetChartUrlArgs = {
  expiresInSeconds?: InputMaybe<Scalars['Int']['input']>;
  format: ChartFormat;
};

/** The dashboard to delete. */
export type DeleteDashboardInput = {
  /** The dashboard. */
  id: Scalars['ID']['input'];
};

/** The result of `deleteDashboard`. */
export type DeleteDashboardPayload = {
  __typename?: 'DeleteDashboardPayload';
  /** The ID of the deleted dashboard. */
  deletedDashboardId: Scalars['ID']['output'];
};

/** The items that took the same number of days. */
export type DurationBucket = {
  __typename?: 'DurationBucket';
  /** How many items took that long. */
  count: Scalars['Int']['output'];
  /** The number of days. */
  days: Scalars['Int']['output'];
  /** Those items. */
  workItems: FlowWorkItemConnection;
};


/** The items that took the same number of days. */
export type DurationBucketWorkItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Narrows a population; every condition given must hold. */
export type FlowFilterInput = {
  /** Items assigned to any of these users (at most 100). */
  assigneeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Items carrying any of these labels (at most 100). */
  labelIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Direct children of this item, for example an epic's stories. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Items of any of these types. */
  types?: InputMaybe<Array<WorkItemType>>;
  /** true: only unassigned items; false: only assigned ones. */
  unassigned?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The measures of one group of a population. */
export type FlowGroup = {
  __typename?: 'FlowGroup';
  /** The assignee, for ASSIGNEE groups of assigned items. */
  assignee: Maybe<User>;
  /** Cycle times of the group's items finished in the window. */
  cycleTime: TimeDistribution;
  /** What the group is, readable: a name, type, label or team ID, or `none`. */
  key: Scalars['String']['output'];
  /** The label, for LABEL groups of labelled items. */
  label: Maybe<Label>;
  /** Lead times of the group's items finished in the window. */
  leadTime: TimeDistribution;
  /** The team, for TEAM groups. */
  team: Maybe<Team>;
  /** How many of the group's items finished in the window. */
  throughput: Scalars['Int']['output'];
  /** The type, for TYPE groups. */
  type: Maybe<WorkItemType>;
  /** How many are in progress at the end of the window. */
  wip: Scalars['Int']['output'];
};

/** What flow metrics can be grouped by. */
export type FlowGrouping =
  /** The item's assignee (one group for unassigned items). */
  | 'ASSIGNEE'
  /** Each of the item's labels (an item with two labels is in two groups; one group for none). */
  | 'LABEL'
  /** The project's teams: an item is in the group of each team attached to its project. */
  | 'TEAM'
  /** The item's type. */
  | 'TYPE';

/** The metrics, for CSV export, charts and dashboard widgets. */
export type FlowMetricKind =
  /** Items in progress by age. */
  | 'AGING_WIP'
  /** Each finished item's cycle time with the rolling average. */
  | 'CONTROL_CHART'
  /** Items created and finished per day. */
  | 'CREATED_VS_RESOLVED'
  /** Items per state per day. */
  | 'CUMULATIVE_FLOW'
  /** The cycle time histogram. */
  | 'CYCLE_TIME'
  /** The lead time histogram. */
  | 'LEAD_TIME'
  /** Items finished per day. */
  | 'THROUGHPUT'
  /** Items finished per week. */
  | 'WEEKLY_THROUGHPUT'
  /** Work in progress per day. */
  | 'WIP';

/**
 * Standard flow metrics of a population over a window, in calendar days (UTC). An item's lead time is
 * the days from its creation to its finish, its cycle time the days from its start to its finish, both
 * counted inclusively (started and finished on the same day is 1 day). Started and finished follow the
 * project's flow settings. Every data point has `workItems`: the items behind it.
 */
export type FlowMetrics = {
  __typename?: 'FlowMetrics';
  /** Items in progress at the end of the window with their age, oldest first; those older than the 85th percentile of cycle time are flagged. */
  aging: AgingWip;
  /** One metric drawn as an accessible chart. */
  chart: Chart;
  /** The control chart: each item finished in the window with its cycle time and the rolling average, in order of finishing. */
  controlChart: ControlChartConnection;
  /** Items created and items finished on each day of the window. */
  createdVsResolved: Array<CreatedResolvedPoint>;
  /** One metric's data as CSV (RFC 4180, a header row, dates as YYYY-MM-DD), for spreadsheets. */
  csv: Scalars['String']['output'];
  /** For each day of the window, how many items were in each workflow state at the end of the day. */
  cumulativeFlow: Array<CumulativeFlowDay>;
  /** Cycle times (start to finish) of the items finished in the window. */
  cycleTime: TimeDistribution;
  /** The same measures per assignee, type, label or team. */
  groups: Array<FlowGroup>;
  /** Lead times (creation to finish) of the items finished in the window. */
  leadTime: TimeDistribution;
  /** Items finished per day or per week of the window. */
  throughput: Array<ThroughputPoint>;
  /** The days measured. */
  window: FlowWindow;
  /** Work in progress at the end of each day of the window: items started and not yet finished or discarded. */
  wip: Array<WipPoint>;
};


/**
 * Standard flow metrics of a population over a window, in calendar days (UTC). An item's lead time is
 * the days from its creation to its finish, its cycle time the days from its start to its finish, both
 * counted inclusively (started and finished on the same day is 1 day). Started and finished follow the
 * project's flow settings. Every data point has `workItems`: the items behind it.
 */
export type FlowMetricsChartArgs = {
  metric: FlowMetricKind;
};


/**
 * Standard flow metrics of a population over a window, in calendar days (UTC). An item's lead time is
 * the days from its creation to its finish, its cycle time the days from its start to its finish, both
 * counted inclusively (started and finished on the same day is 1 day). Started and finished follow the
 * project's flow settings. Every data point has `workItems`: the items behind it.
 */
export type FlowMetricsControlChartArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  rollingWindow?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Standard flow metrics of a population over a window, in calendar days (UTC). An item's lead time is
 * the days from its creation to its finish, its cycle time the days from its start to its finish, both
 * counted inclusively (started and finished on the same day is 1 day). Started and finished follow the
 * project's flow settings. Every data point has `workItems`: the items behind it.
 */
export type FlowMetricsCsvArgs = {
  metric: FlowMetricKind;
};


/**
 * Standard flow metrics of a population over a window, in calendar days (UTC). An item's lead time is
 * the days from its creation to its finish, its cycle time the days from its start to its finish, both
 * counted inclusively (started and finished on the same day is 1 day). Started and finished follow the
 * project's flow settings. Every data point has `workItems`: the items behind it.
 */
export type FlowMetricsGroupsArgs = {
  by: FlowGrouping;
};


/**
 * Standard flow metrics of a population over a window, in calendar days (UTC). An item's lead time is
 * the days from its creation to its finish, its cycle time the days from its start to its finish, both
 * counted inclusively (started and finished on the same day is 1 day). Started and finished follow the
 * project's flow settings. Every data point has `workItems`: the items behind it.
 */
export type FlowMetricsThroughputArgs = {
  interval?: InputMaybe<ThroughputInterval>;
};

/**
 * Whose work items a metric measures: exactly one of `projectId`, `teamId` and `savedViewId`,
 * optionally narrowed by `filter`.
 */
export type FlowPopulationInput = {
  /** Only the items matching this filter too. */
  filter?: InputMaybe<FlowFilterInput>;
  /** The items of this project. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** The items this saved view matches now. */
  savedViewId?: InputMaybe<Scalars['ID']['input']>;
  /** The items of the projects this team is attached to that you can read. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

/** The days a metric covers, both included, in UTC. */
export type FlowWindow = {
  __typename?: 'FlowWindow';
  /** The first day. */
  from: Scalars['Date']['output'];
  /** The last day. */
  to: Scalars['Date']['output'];
};

/** The days a metric covers, in UTC: from `from` to `to`, both included, at most 366 days. */
export type FlowWindowInput = {
  /** The first day. */
  from: Scalars['Date']['input'];
  /** The last day; not after today. */
  to: Scalars['Date']['input'];
};

/** A page of work items behind a data point. */
export type FlowWorkItemConnection = {
  __typename?: 'FlowWorkItemConnection';
  /** The items on this page with their cursors. */
  edges: Array<FlowWorkItemEdge>;
  /** The nodes on this page, in order, without their cursors: the same as `edges { node }`. */
  nodes: Array<WorkItem>;
  /** Pagination details. */
  pageInfo: PageInfo;
  /** How many items are behind the data point. */
  totalCount: Scalars['Int']['output'];
};

/** A work item behind a data point. */
export type FlowWorkItemEdge = {
  __typename?: 'FlowWorkItemEdge';
  /** The cursor to resume after this item. */
  cursor: Scalars['String']['output'];
  /** The item; null when it has been deleted since (deleted items stay in the figures) or you can no longer see it. */
  node: Maybe<WorkItem>;
};

/**
 * What a forecast counts from: exactly one of `itemCount`, `itemCountRange`, `epicId` (its children not
 * yet finished) and `savedViewId` (its items not yet finished), with the throughput of `population`.
 */
export type ForecastCompletionInput = {
  /** An epic (or any parent): its children not yet finished remain. */
  epicId?: InputMaybe<Scalars['ID']['input']>;
  /** How many past days of throughput to resample, 7-365, ending yesterday; 90 when omitted. */
  history?: InputMaybe<Scalars['Int']['input']>;
  /** How many items remain. */
  itemCount?: InputMaybe<Scalars['Int']['input']>;
  /** How many items remain, as a range: each run draws a count in it. */
  itemCountRange?: InputMaybe<IntRangeInput>;
  /** Whose past throughput to resample. */
  population: FlowPopulationInput;
  /** How many simulations, 100-10,000; 10,000 when omitted. */
  runs?: InputMaybe<Scalars['Int']['input']>;
  /** A saved view: its items not yet finished remain. */
  savedViewId?: InputMaybe<Scalars['ID']['input']>;
  /** Makes the forecast reproducible: the same seed and data give the same answer. */
  seed?: InputMaybe<Scalars['Int']['input']>;
};

/** How many runs finished on one date. */
export type ForecastDateCount = {
  __typename?: 'ForecastDateCount';
  /** The date. */
  date: Scalars['Date']['output'];
  /** How many runs. */
  runs: Scalars['Int']['output'];
};

/** How many runs reached one total. */
export type ForecastItemCount = {
  __typename?: 'ForecastItemCount';
  /** The total of items finished. */
  items: Scalars['Int']['output'];
  /** How many runs. */
  runs: Scalars['Int']['output'];
};

/** How many items will be done by a date. */
export type ForecastThroughputInput = {
  /** How many days from tomorrow to count, 1-1096; give this or `until`. */
  days?: InputMaybe<Scalars['Int']['input']>;
  /** How many past days of throughput to resample, 7-365, ending yesterday; 90 when omitted. */
  history?: InputMaybe<Scalars['Int']['input']>;
  /** Whose past throughput to resample. */
  population: FlowPopulationInput;
  /** How many simulations, 100-10,000; 10,000 when omitted. */
  runs?: InputMaybe<Scalars['Int']['input']>;
  /** Makes the forecast reproducible: the same seed and data give the same answer. */
  seed?: InputMaybe<Scalars['Int']['input']>;
  /** The last day counted (after today, at most 3 years ahead); give this or `days`. */
  until?: InputMaybe<Scalars['Date']['input']>;
};

/** A range of whole numbers. */
export type IntRange = {
  __typename?: 'IntRange';
  /** The largest value. */
  max: Scalars['Int']['output'];
  /** The smallest value. */
  min: Scalars['Int']['output'];
};

/** A range of whole numbers, both ends included. */
export type IntRangeInput = {
  /** The largest value, at least `min`, at most 100,000. */
  max: Scalars['Int']['input'];
  /** The smallest value, at least 1. */
  min: Scalars['Int']['input'];
};

/** A label to group and find items. */
export type Label = {
  __typename?: 'Label';
  /** The label's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** A widget and where it goes. */
export type MoveDashboardWidgetInput = {
  /** The widget. */
  id: Scalars['ID']['input'];
  /** Its new position, 0 first; past the end puts it last. */
  position: Scalars['Int']['input'];
};

/** The result of `moveDashboardWidget`. */
export type MoveDashboardWidgetPayload = {
  __typename?: 'MoveDashboardWidgetPayload';
  /** The dashboard with its widgets in their new order. */
  dashboard: Dashboard;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a widget at the end of a dashboard (at most 30). Requires the rights of `updateDashboard`. */
  addDashboardWidget: AddDashboardWidgetPayload;
  /** Creates a dashboard you own, private until you share it. Requires membership of the organization. */
  createDashboard: CreateDashboardPayload;
  /** Deletes a dashboard, its widgets and its report subscriptions. Requires the rights of `updateDashboard`. */
  deleteDashboard: DeleteDashboardPayload;
  /** Moves a widget to a position (0 is first); the others keep their order. Requires the rights of `updateDashboard`. */
  moveDashboardWidget: MoveDashboardWidgetPayload;
  /** Removes a widget. Requires the rights of `updateDashboard`. */
  removeDashboardWidget: RemoveDashboardWidgetPayload;
  /**
   * Chooses which workflow states count as started and which as done in a project's flow metrics; an
   * empty list returns to the default (IN_PROGRESS states start, DONE states finish, CANCELED states
   * discard). Recomputes every item's flow dates. Requires the ADMIN role in the project.
   */
  setProjectFlowSettings: SetProjectFlowSettingsPayload;
  /**
   * Sends you the dashboard by email every week (Mondays at 07:00 UTC, from the next Monday on), with
   * each widget's chart inline and its summary as text, through your notification preferences (the
   * DASHBOARD_REPORT type; every email has an unsubscribe link). Requires that you can see the
   * dashboard, when you subscribe and whenever a report is sent: losing access ends the subscription.
   * Subscribing again changes nothing.
   */
  subscribeToDashboardReport: SubscribeToDashboardReportPayload;
  /** Stops the weekly report email of a dashboard to you; changes nothing when you were not subscribed. Requires that you can see it. */
  unsubscribeFromDashboardReport: UnsubscribeFromDashboardReportPayload;
  /**
   * Renames, describes or shares a dashboard; omitted fields keep their value. Requires that you own
   * it, or the ADMIN role of the project (or organization) it is shared with.
   */
  updateDashboard: UpdateDashboardPayload;
  /** Changes a widget; omitted fields keep their value. Requires the rights of `updateDashboard`. */
  updateDashboardWidget: UpdateDashboardWidgetPayload;
};


export type MutationAddDashboardWidgetArgs = {
  input: AddDashboardWidgetInput;
};


export type MutationCreateDashboardArgs = {
  input: CreateDashboardInput;
};


export type MutationDeleteDashboardArgs = {
  input: DeleteDashboardInput;
};


export type MutationMoveDashboardWidgetArgs = {
  input: MoveDashboardWidgetInput;
};


export type MutationRemoveDashboardWidgetArgs = {
  input: RemoveDashboardWidgetInput;
};


export type MutationSetProjectFlowSettingsArgs = {
  input: SetProjectFlowSettingsInput;
};


export type MutationSubscribeToDashboardReportArgs = {
  input: SubscribeToDashboardReportInput;
};


export type MutationUnsubscribeFromDashboardReportArgs = {
  input: UnsubscribeFromDashboardReportInput;
};


export type MutationUpdateDashboardArgs = {
  input: UpdateDashboardInput;
};


export type MutationUpdateDashboardWidgetArgs = {
  input: UpdateDashboardWidgetInput;
};

/**
 * An object with a globally unique, opaque ID. Any such ID can be passed to `Query.node` to fetch the
 * object, whichever service owns it.
 */
export type Node = {
  /** The object's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** Pagination details of a connection page (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last edge of this page, or null when the page is empty; pass it as `after`. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether a page precedes this one. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first edge of this page, or null when the page is empty. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A project: where work is planned and tracked, inside one organization. */
export type Project = {
  __typename?: 'Project';
  /** Flow metrics of the project's items (archived and deleted ones stay in the history). */
  flowMetrics: FlowMetrics;
  /** Which workflow states count as started and as done in the project's flow metrics. */
  flowSettings: ProjectFlowSettings;
  /** The project's opaque global ID. */
  id: Scalars['ID']['output'];
};


/** A project: where work is planned and tracked, inside one organization. */
export type ProjectFlowMetricsArgs = {
  filter?: InputMaybe<FlowFilterInput>;
  window?: InputMaybe<FlowWindowInput>;
};

/** Which states count as started and as done in a project. */
export type ProjectFlowSettings = {
  __typename?: 'ProjectFlowSettings';
  /** States whose entry finishes an item. */
  doneStates: Array<WorkflowState>;
  /** Whether the workflow's categories decide (no states chosen). */
  isDefault: Scalars['Boolean']['output'];
  /** States whose entry starts an item's cycle time. */
  startedStates: Array<WorkflowState>;
};

export type Query = {
  __typename?: 'Query';
  /** A dashboard you can see, by ID; NOT_FOUND when it does not exist or is not shared with you (the two are not told apart). */
  dashboard: Dashboard;
  /**
   * The dashboards of an organization you can see: yours, those shared with the organization, and those
   * shared with a project you can read. Newest first.
   */
  dashboards: DashboardConnection;
  /**
   * Flow metrics of any population: a project, a team, a saved view, each optionally narrowed by a
   * filter. The same as `Project.flowMetrics`, `Team.flowMetrics` and `SavedView.flowMetrics`.
   */
  flowMetrics: FlowMetrics;
  /**
   * When will these items be done? A Monte Carlo forecast: each of `runs` simulations draws, for every
   * future day, one day's throughput at random (with replacement) from the population's daily
   * throughput over `history` days, and counts the days until the remaining items are finished. The
   * dates at 50%, 85% and 95% are the days by which that share of the runs had finished. When the
   * count is a range, each run draws its count uniformly from it. The same `seed` gives the same answer.
   */
  forecastCompletion: CompletionForecast;
  /**
   * How many items will be done by a date? A Monte Carlo forecast: each of `runs` simulations sums,
   * over the days until `until`, one day's throughput drawn at random (with replacement) from the
   * population's daily throughput over `history` days. The count at 85% is the number that 85% of the
   * runs reached or passed (the 15th percentile of the runs), and so on. The same `seed` gives the same answer.
   */
  forecastThroughput: ThroughputForecast;
};


export type QueryDashboardArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDashboardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
};


export type QueryFlowMetricsArgs = {
  population: FlowPopulationInput;
  window?: InputMaybe<FlowWindowInput>;
};


export type QueryForecastCompletionArgs = {
  input: ForecastCompletionInput;
};


export type QueryForecastThroughputArgs = {
  input: ForecastThroughputInput;
};

/** The widget to remove. */
export type RemoveDashboardWidgetInput = {
  /** The widget. */
  id: Scalars['ID']['input'];
};

/** The result of `removeDashboardWidget`. */
export type RemoveDashboardWidgetPayload = {
  __typename?: 'RemoveDashboardWidgetPayload';
  /** The dashboard it was on. */
  dashboard: Dashboard;
  /** The ID of the removed widget. */
  removedWidgetId: Scalars['ID']['output'];
};

/** A named filter and sort order. */
export type SavedView = {
  __typename?: 'SavedView';
  /** Flow metrics of the items the view matches now (at most 20,000 items; BAD_USER_INPUT past that). */
  flowMetrics: FlowMetrics;
  /** The view's opaque global ID. */
  id: Scalars['ID']['output'];
};


/** A named filter and sort order. */
export type SavedViewFlowMetricsArgs = {
  window?: InputMaybe<FlowWindowInput>;
};

/** The states that count as started and as done in a project. */
export type SetProjectFlowSettingsInput = {
  /** States whose entry finishes an item (at most 30); empty for the default (DONE). */
  doneStateIds: Array<Scalars['ID']['input']>;
  /** The project. */
  projectId: Scalars['ID']['input'];
  /** States whose entry starts an item (at most 30); empty for the default (IN_PROGRESS). */
  startedStateIds: Array<Scalars['ID']['input']>;
};

/** The result of `setProjectFlowSettings`. */
export type SetProjectFlowSettingsPayload = {
  __typename?: 'SetProjectFlowSettingsPayload';
  /** The project's flow settings now. */
  flowSettings: ProjectFlowSettings;
  /** The project. */
  project: Project;
};

/** The dashboard whose weekly report to send you. */
export type SubscribeToDashboardReportInput = {
  /** The dashboard. */
  dashboardId: Scalars['ID']['input'];
};

/** The result of `subscribeToDashboardReport`. */
export type SubscribeToDashboardReportPayload = {
  __typename?: 'SubscribeToDashboardReportPayload';
  /** The dashboard, with `viewerIsSubscribedToReport` true. */
  dashboard: Dashboard;
};

/** A group of organization members that can be given a role in projects together. */
export type Team = {
  __typename?: 'Team';
  /** Flow metrics of the items of the projects the team is attached to that you can read. */
  flowMetrics: FlowMetrics;
  /** The team's opaque global ID. */
  id: Scalars['ID']['output'];
};


/** A group of organization members that can be given a role in projects together. */
export type TeamFlowMetricsArgs = {
  filter?: InputMaybe<FlowFilterInput>;
  window?: InputMaybe<FlowWindowInput>;
};

/** How many items will be done by a date. */
export type ThroughputForecast = {
  __typename?: 'ThroughputForecast';
  /** How many runs reached each total, smallest first. */
  distribution: Array<ForecastItemCount>;
  /** The past days resampled. */
  history: FlowWindow;
  /** At least this many items in 50% of the runs. */
  p50: Scalars['Int']['output'];
  /** At least this many items in 85% of the runs. */
  p85: Scalars['Int']['output'];
  /** At least this many items in 95% of the runs. */
  p95: Scalars['Int']['output'];
  /** How many simulations ran. */
  runs: Scalars['Int']['output'];
  /** The seed used: pass it again to get the same answer. */
  seed: Scalars['Int']['output'];
  /** The last day counted. */
  until: Scalars['Date']['output'];
};

/** How throughput is bucketed. */
export type ThroughputInterval =
  /** One point per calendar day (UTC). */
  | 'DAY'
  /** One point per ISO week (Monday to Sunday, UTC), labelled by its Monday. */
  | 'WEEK';

/** Items finished in one day or week. */
export type ThroughputPoint = {
  __typename?: 'ThroughputPoint';
  /** How many items finished in it. */
  count: Scalars['Int']['output'];
  /** The last day of the bucket (the same day, or the Sunday). */
  end: Scalars['Date']['output'];
  /** The day, or the Monday of the week. */
  start: Scalars['Date']['output'];
  /** The items finished in it. */
  workItems: FlowWorkItemConnection;
};


/** Items finished in one day or week. */
export type ThroughputPointWorkItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A distribution of durations in whole calendar days. Percentiles are nearest-rank: the p-th percentile
 * is the smallest value that at least p% of the items do not exceed. The standard deviation is the
 * sample's (n - 1); null with fewer than two items. Every statistic is null when there is no item.
 */
export type TimeDistribution = {
  __typename?: 'TimeDistribution';
  /** How many items. */
  count: Scalars['Int']['output'];
  /** How many items took each number of days, shortest first (days with no item left out). */
  histogram: Array<DurationBucket>;
  /** The longest. */
  max: Maybe<Scalars['Int']['output']>;
  /** The mean, in days. */
  mean: Maybe<Scalars['Float']['output']>;
  /** The shortest. */
  min: Maybe<Scalars['Int']['output']>;
  /** The 50th percentile (median). */
  p50: Maybe<Scalars['Int']['output']>;
  /** The 85th percentile. */
  p85: Maybe<Scalars['Int']['output']>;
  /** The 95th percentile. */
  p95: Maybe<Scalars['Int']['output']>;
  /** The sample standard deviation, in days. */
  standardDeviation: Maybe<Scalars['Float']['output']>;
};

/** The dashboard whose weekly report to stop. */
export type UnsubscribeFromDashboardReportInput = {
  /** The dashboard. */
  dashboardId: Scalars['ID']['input'];
};

/** The result of `unsubscribeFromDashboardReport`. */
export type UnsubscribeFromDashboardReportPayload = {
  __typename?: 'UnsubscribeFromDashboardReportPayload';
  /** The dashboard, with `viewerIsSubscribedToReport` false. */
  dashboard: Dashboard;
};

/** Changes to a dashboard. */
export type UpdateDashboardInput = {
  /** Its new description, at most 1,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The version you last read; CONFLICT when it has changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The dashboard. */
  id: Scalars['ID']['input'];
  /** Its new name, 1-100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The project to share it with; required when sharing becomes PROJECT. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** Who can see it. */
  sharing?: InputMaybe<DashboardSharing>;
};

/** The result of `updateDashboard`. */
export type UpdateDashboardPayload = {
  __typename?: 'UpdateDashboardPayload';
  /** The dashboard as changed. */
  dashboard: Dashboard;
};

/** Changes to a widget. */
export type UpdateDashboardWidgetInput = {
  /** How many days up to today it covers, 7-366. */
  days?: InputMaybe<Scalars['Int']['input']>;
  /** The widget. */
  id: Scalars['ID']['input'];
  /** The metric it draws. */
  metric?: InputMaybe<FlowMetricKind>;
  /** What it measures. */
  population?: InputMaybe<WidgetPopulationInput>;
  /** Its new title, 1-100 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** The result of `updateDashboardWidget`. */
export type UpdateDashboardWidgetPayload = {
  __typename?: 'UpdateDashboardWidgetPayload';
  /** The widget as changed. */
  widget: DashboardWidget;
};

/** A person with a Workgraph account. */
export type User = {
  __typename?: 'User';
  /** The user's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** What a widget measures. */
export type WidgetPopulation = {
  __typename?: 'WidgetPopulation';
  /** The project, when it measures one. */
  project: Maybe<Project>;
  /** The saved view, when it measures one. */
  savedView: Maybe<SavedView>;
  /** The team, when it measures one. */
  team: Maybe<Team>;
};

/** What a widget measures: exactly one of a project, a team or a saved view. */
export type WidgetPopulationInput = {
  /** A project. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** A saved view. */
  savedViewId?: InputMaybe<Scalars['ID']['input']>;
  /** A team. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

/** Work in progress at the end of one day. */
export type WipPoint = {
  __typename?: 'WipPoint';
  /** How many items were in progress. */
  count: Scalars['Int']['output'];
  /** The day. */
  date: Scalars['Date']['output'];
  /** The items in progress that day. */
  workItems: FlowWorkItemConnection;
};


/** Work in progress at the end of one day. */
export type WipPointWorkItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A unit of work in a project: an epic, story, task, bug or subtask. */
export type WorkItem = {
  __typename?: 'WorkItem';
  /** The work item's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** Kinds of work item, from the largest to the smallest. */
export type WorkItemType =
  /** A defect to fix. */
  | 'BUG'
  /** A large body of work split into stories, tasks and bugs. */
  | 'EPIC'
  /** A piece of user-facing value. */
  | 'STORY'
  /** A step of a story, task or bug. */
  | 'SUBTASK'
  /** A piece of work that is not a story. */
  | 'TASK';

/** A state of a workflow: a board column. */
export type WorkflowState = {
  __typename?: 'WorkflowState';
  /** The state's opaque global ID. */
  id: Scalars['ID']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = T | Promise<T>;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Dashboard: Dashboard;
  DashboardWidget: DashboardWidget;
  Project: Project;
  SavedView: SavedView;
  Team: Team;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Dashboard:
    ( { __typename: 'Dashboard' }
    & GraphQLRecursivePick<FederationTypes['Dashboard'], {"id":true}> );
  DashboardWidget:
    ( { __typename: 'DashboardWidget' }
    & GraphQLRecursivePick<FederationTypes['DashboardWidget'], {"id":true}> );
  Project:
    ( { __typename: 'Project' }
    & GraphQLRecursivePick<FederationTypes['Project'], {"id":true}> );
  SavedView:
    ( { __typename: 'SavedView' }
    & GraphQLRecursivePick<FederationTypes['SavedView'], {"id":true}> );
  Team:
    ( { __typename: 'Team' }
    & GraphQLRecursivePick<FederationTypes['Team'], {"id":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Node:
    | ( DashboardMapperModel )
    | ( DashboardWidgetMapperModel )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddDashboardWidgetInput: AddDashboardWidgetInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AddDashboardWidgetPayload: ResolverTypeWrapper<Omit<AddDashboardWidgetPayload, 'dashboard' | 'widget'> & { dashboard: ResolversTypes['Dashboard'], widget: ResolversTypes['DashboardWidget'] }>;
  AgingItem: ResolverTypeWrapper<AgingItemMapperModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AgingItemConnection: ResolverTypeWrapper<AgingItemConnectionMapperModel>;
  AgingItemEdge: ResolverTypeWrapper<AgingItemEdgeMapperModel>;
  AgingWip: ResolverTypeWrapper<AgingWipMapperModel>;
  Chart: ResolverTypeWrapper<Chart>;
  ChartFormat: ChartFormat;
  ChartTable: ResolverTypeWrapper<ChartTable>;
  CompletionForecast: ResolverTypeWrapper<CompletionForecastMapperModel>;
  ControlChartConnection: ResolverTypeWrapper<ControlChartConnectionMapperModel>;
  ControlChartEdge: ResolverTypeWrapper<ControlChartEdgeMapperModel>;
  ControlChartPoint: ResolverTypeWrapper<ControlChartPointMapperModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CreateDashboardInput: CreateDashboardInput;
  CreateDashboardPayload: ResolverTypeWrapper<Omit<CreateDashboardPayload, 'dashboard'> & { dashboard: ResolversTypes['Dashboard'] }>;
  CreatedResolvedPoint: ResolverTypeWrapper<CreatedResolvedPointMapperModel>;
  CumulativeFlowCount: ResolverTypeWrapper<CumulativeFlowCountMapperModel>;
  CumulativeFlowDay: ResolverTypeWrapper<CumulativeFlowDayMapperModel>;
  Dashboard: ResolverTypeWrapper<DashboardMapperModel>;
  DashboardConnection: ResolverTypeWrapper<DashboardConnectionMapperModel>;
  DashboardEdge: ResolverTypeWrapper<DashboardEdgeMapperModel>;
  DashboardSharing: DashboardSharing;
  DashboardWidget: ResolverTypeWrapper<DashboardWidgetMapperModel>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteDashboardInput: DeleteDashboardInput;
  DeleteDashboardPayload: ResolverTypeWrapper<DeleteDashboardPayload>;
  DurationBucket: ResolverTypeWrapper<DurationBucketMapperModel>;
  FlowFilterInput: FlowFilterInput;
  FlowGroup: ResolverTypeWrapper<FlowGroupMapperModel>;
  FlowGrouping: FlowGrouping;
  FlowMetricKind: FlowMetricKind;
  FlowMetrics: ResolverTypeWrapper<FlowMetricsMapperModel>;
  FlowPopulationInput: FlowPopulationInput;
  FlowWindow: ResolverTypeWrapper<FlowWindow>;
  FlowWindowInput: FlowWindowInput;
  FlowWorkItemConnection: ResolverTypeWrapper<FlowWorkItemConnectionMapperModel>;
  FlowWorkItemEdge: ResolverTypeWrapper<FlowWorkItemEdgeMapperModel>;
  ForecastCompletionInput: ForecastCompletionInput;
  ForecastDateCount: ResolverTypeWrapper<ForecastDateCount>;
  ForecastItemCount: ResolverTypeWrapper<ForecastItemCount>;
  ForecastThroughputInput: ForecastThroughputInput;
  IntRange: ResolverTypeWrapper<IntRange>;
  IntRangeInput: IntRangeInput;
  Label: ResolverTypeWrapper<EntityRefMapperModel>;
  MoveDashboardWidgetInput: MoveDashboardWidgetInput;
  MoveDashboardWidgetPayload: ResolverTypeWrapper<Omit<MoveDashboardWidgetPayload, 'dashboard'> & { dashboard: ResolversTypes['Dashboard'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Project: ResolverTypeWrapper<ProjectRefMapperModel>;
  ProjectFlowSettings: ResolverTypeWrapper<ProjectFlowSettingsMapperModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RemoveDashboardWidgetInput: RemoveDashboardWidgetInput;
  RemoveDashboardWidgetPayload: ResolverTypeWrapper<Omit<RemoveDashboardWidgetPayload, 'dashboard'> & { dashboard: ResolversTypes['Dashboard'] }>;
  SavedView: ResolverTypeWrapper<SavedViewRefMapperModel>;
  SetProjectFlowSettingsInput: SetProjectFlowSettingsInput;
  SetProjectFlowSettingsPayload: ResolverTypeWrapper<Omit<SetProjectFlowSettingsPayload, 'flowSettings' | 'project'> & { flowSettings: ResolversTypes['ProjectFlowSettings'], project: ResolversTypes['Project'] }>;
  SubscribeToDashboardReportInput: SubscribeToDashboardReportInput;
  SubscribeToDashboardReportPayload: ResolverTypeWrapper<Omit<SubscribeToDashboardReportPayload, 'dashboard'> & { dashboard: ResolversTypes['Dashboard'] }>;
  Team: ResolverTypeWrapper<TeamRefMapperModel>;
  ThroughputForecast: ResolverTypeWrapper<ThroughputForecast>;
  ThroughputInterval: ThroughputInterval;
  ThroughputPoint: ResolverTypeWrapper<ThroughputPointMapperModel>;
  TimeDistribution: ResolverTypeWrapper<TimeDistributionMapperModel>;
  UnsubscribeFromDashboardReportInput: UnsubscribeFromDashboardReportInput;
  UnsubscribeFromDashboardReportPayload: ResolverTypeWrapper<Omit<UnsubscribeFromDashboardReportPayload, 'dashboard'> & { dashboard: ResolversTypes['Dashboard'] }>;
  UpdateDashboardInput: UpdateDashboardInput;
  UpdateDashboardPayload: ResolverTypeWrapper<Omit<UpdateDashboardPayload, 'dashboard'> & { dashboard: ResolversTypes['Dashboard'] }>;
  UpdateDashboardWidgetInput: UpdateDashboardWidgetInput;
  UpdateDashboardWidgetPayload: ResolverTypeWrapper<Omit<UpdateDashboardWidgetPayload, 'widget'> & { widget: ResolversTypes['DashboardWidget'] }>;
  User: ResolverTypeWrapper<EntityRefMapperModel>;
  WidgetPopulation: ResolverTypeWrapper<WidgetPopulationMapperModel>;
  WidgetPopulationInput: WidgetPopulationInput;
  WipPoint: ResolverTypeWrapper<WipPointMapperModel>;
  WorkItem: ResolverTypeWrapper<EntityRefMapperModel>;
  WorkItemType: WorkItemType;
  WorkflowState: ResolverTypeWrapper<EntityRefMapperModel>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddDashboardWidgetInput: AddDashboardWidgetInput;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  AddDashboardWidgetPayload: Omit<AddDashboardWidgetPayload, 'dashboard' | 'widget'> & { dashboard: ResolversParentTypes['Dashboard'], widget: ResolversParentTypes['DashboardWidget'] };
  AgingItem: AgingItemMapperModel;
  Boolean: Scalars['Boolean']['output'];
  AgingItemConnection: AgingItemConnectionMapperModel;
  AgingItemEdge: AgingItemEdgeMapperModel;
  AgingWip: AgingWipMapperModel;
  Chart: Chart;
  ChartTable: ChartTable;
  CompletionForecast: CompletionForecastMapperModel;
  ControlChartConnection: ControlChartConnectionMapperModel;
  ControlChartEdge: ControlChartEdgeMapperModel;
  ControlChartPoint: ControlChartPointMapperModel;
  Float: Scalars['Float']['output'];
  CreateDashboardInput: CreateDashboardInput;
  CreateDashboardPayload: Omit<CreateDashboardPayload, 'dashboard'> & { dashboard: ResolversParentTypes['Dashboard'] };
  CreatedResolvedPoint: CreatedResolvedPointMapperModel;
  CumulativeFlowCount: CumulativeFlowCountMapperModel;
  CumulativeFlowDay: CumulativeFlowDayMapperModel;
  Dashboard: DashboardMapperModel;
  DashboardConnection: DashboardConnectionMapperModel;
  DashboardEdge: DashboardEdgeMapperModel;
  DashboardWidget: DashboardWidgetMapperModel;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeleteDashboardInput: DeleteDashboardInput;
  DeleteDashboardPayload: DeleteDashboardPayload;
  DurationBucket: DurationBucketMapperModel;
  FlowFilterInput: FlowFilterInput;
  FlowGroup: FlowGroupMapperModel;
  FlowMetrics: FlowMetricsMapperModel;
  FlowPopulationInput: FlowPopulationInput;
  FlowWindow: FlowWindow;
  FlowWindowInput: FlowWindowInput;
  FlowWorkItemConnection: FlowWorkItemConnectionMapperModel;
  FlowWorkItemEdge: FlowWorkItemEdgeMapperModel;
  ForecastCompletionInput: ForecastCompletionInput;
  ForecastDateCount: ForecastDateCount;
  ForecastItemCount: ForecastItemCount;
  ForecastThroughputInput: ForecastThroughputInput;
  IntRange: IntRange;
  IntRangeInput: IntRangeInput;
  Label: EntityRefMapperModel;
  MoveDashboardWidgetInput: MoveDashboardWidgetInput;
  MoveDashboardWidgetPayload: Omit<MoveDashboardWidgetPayload, 'dashboard'> & { dashboard: ResolversParentTypes['Dashboard'] };
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  Project: ProjectRefMapperModel;
  ProjectFlowSettings: ProjectFlowSettingsMapperModel;
  Query: Record<PropertyKey, never>;
  RemoveDashboardWidgetInput: RemoveDashboardWidgetInput;
  RemoveDashboardWidgetPayload: Omit<RemoveDashboardWidgetPayload, 'dashboard'> & { dashboard: ResolversParentTypes['Dashboard'] };
  SavedView: SavedViewRefMapperModel;
  SetProjectFlowSettingsInput: SetProjectFlowSettingsInput;
  SetProjectFlowSettingsPayload: Omit<SetProjectFlowSettingsPayload, 'flowSettings' | 'project'> & { flowSettings: ResolversParentTypes['ProjectFlowSettings'], project: ResolversParentTypes['Project'] };
  SubscribeToDashboardReportInput: SubscribeToDashboardReportInput;
  SubscribeToDashboardReportPayload: Omit<SubscribeToDashboardReportPayload, 'dashboard'> & { dashboard: ResolversParentTypes['Dashboard'] };
  Team: TeamRefMapperModel;
  ThroughputForecast: ThroughputForecast;
  ThroughputPoint: ThroughputPointMapperModel;
  TimeDistribution: TimeDistributionMapperModel;
  UnsubscribeFromDashboardReportInput: UnsubscribeFromDashboardReportInput;
  UnsubscribeFromDashboardReportPayload: Omit<UnsubscribeFromDashboardReportPayload, 'dashboard'> & { dashboard: ResolversParentTypes['Dashboard'] };
  UpdateDashboardInput: UpdateDashboardInput;
  UpdateDashboardPayload: Omit<UpdateDashboardPayload, 'dashboard'> & { dashboard: ResolversParentTypes['Dashboard'] };
  UpdateDashboardWidgetInput: UpdateDashboardWidgetInput;
  UpdateDashboardWidgetPayload: Omit<UpdateDashboardWidgetPayload, 'widget'> & { widget: ResolversParentTypes['DashboardWidget'] };
  User: EntityRefMapperModel;
  WidgetPopulation: WidgetPopulationMapperModel;
  WidgetPopulationInput: WidgetPopulationInput;
  WipPoint: WipPointMapperModel;
  WorkItem: EntityRefMapperModel;
  WorkflowState: EntityRefMapperModel;
}>;

export type CallerDependentDirectiveArgs = { };

export type CallerDependentDirectiveResolver<Result, Parent, ContextType = AnalyticsContext, Args = CallerDependentDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AddDashboardWidgetPayloadResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['AddDashboardWidgetPayload'] = ResolversParentTypes['AddDashboardWidgetPayload']> = ResolversObject<{
  dashboard?: Resolver<ResolversTypes['Dashboard'], ParentType, ContextType>;
  widget?: Resolver<ResolversTypes['DashboardWidget'], ParentType, ContextType>;
}>;

export type AgingItemResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['AgingItem'] = ResolversParentTypes['AgingItem']> = ResolversObject<{
  ageDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  aging?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['WorkflowState'], ParentType, ContextType>;
  workItem?: Resolver<ResolversTypes['WorkItem'], ParentType, ContextType>;
}>;

export type AgingItemConnectionResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['AgingItemConnection'] = ResolversParentTypes['AgingItemConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AgingItemEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AgingItem']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AgingItemEdgeResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['AgingItemEdge'] = ResolversParentTypes['AgingItemEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AgingItem'], ParentType, ContextType>;
}>;

export type AgingWipResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['AgingWip'] = ResolversParentTypes['AgingWip']> = ResolversObject<{
  agingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  items?: Resolver<ResolversTypes['AgingItemConnection'], ParentType, ContextType, Partial<AgingWipItemsArgs>>;
  thresholdDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type ChartResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['Chart'] = ResolversParentTypes['Chart']> = ResolversObject<{
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  svg?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  table?: Resolver<ResolversTypes['ChartTable'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ChartTableResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['ChartTable'] = ResolversParentTypes['ChartTable']> = ResolversObject<{
  columns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  rows?: Resolver<Array<Array<ResolversTypes['String']>>, ParentType, ContextType>;
}>;

export type CompletionForecastResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['CompletionForecast'] = ResolversParentTypes['CompletionForecast']> = ResolversObject<{
  distribution?: Resolver<Array<ResolversTypes['ForecastDateCount']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['FlowWindow'], ParentType, ContextType>;
  p50?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  p85?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  p95?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['IntRange'], ParentType, ContextType>;
  runs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warning?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workItems?: Resolver<ResolversTypes['FlowWorkItemConnection'], ParentType, ContextType, Partial<CompletionForecastWorkItemsArgs>>;
}>;

export type ControlChartConnectionResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['ControlChartConnection'] = ResolversParentTypes['ControlChartConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ControlChartEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ControlChartPoint']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ControlChartEdgeResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['ControlChartEdge'] = ResolversParentTypes['ControlChartEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ControlChartPoint'], ParentType, ContextType>;
}>;

export type ControlChartPointResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['ControlChartPoint'] = ResolversParentTypes['ControlChartPoint']> = ResolversObject<{
  cycleTimeDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  finishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  rollingAverageDays?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  workItem?: Resolver<Maybe<ResolversTypes['WorkItem']>, ParentType, ContextType>;
}>;

export type CreateDashboardPayloadResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['CreateDashboardPayload'] = ResolversParentTypes['CreateDashboardPayload']> = ResolversObject<{
  dashboard?: Resolver<ResolversTypes['Dashboard'], ParentType, ContextType>;
}>;

export type CreatedResolvedPointResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['CreatedResolvedPoint'] = ResolversParentTypes['CreatedResolvedPoint']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdItems?: Resolver<ResolversTypes['FlowWorkItemConnection'], ParentType, ContextType, Partial<CreatedResolvedPointCreatedItemsArgs>>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolvedItems?: Resolver<ResolversTypes['FlowWorkItemConnection'], ParentType, ContextType, Partial<CreatedResolvedPointResolvedItemsArgs>>;
}>;

export type CumulativeFlowCountResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['CumulativeFlowCount'] = ResolversParentTypes['CumulativeFlowCount']> = ResolversObject<{
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['WorkflowState'], ParentType, ContextType>;
  workItems?: Resolver<ResolversTypes['FlowWorkItemConnection'], ParentType, ContextType, Partial<CumulativeFlowCountWorkItemsArgs>>;
}>;

export type CumulativeFlowDayResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['CumulativeFlowDay'] = ResolversParentTypes['CumulativeFlowDay']> = ResolversObject<{
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  states?: Resolver<Array<ResolversTypes['CumulativeFlowCount']>, ParentType, ContextType>;
}>;

export type DashboardResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['Dashboard'] = ResolversParentTypes['Dashboard'], FederationReferenceType extends FederationReferenceTypes['Dashboard'] = FederationReferenceTypes['Dashboard']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Dashboard']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  sharing?: Resolver<ResolversTypes['DashboardSharing'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerIsSubscribedToReport?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  widgets?: Resolver<Array<ResolversTypes['DashboardWidget']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DashboardConnectionResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['DashboardConnection'] = ResolversParentTypes['DashboardConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DashboardEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Dashboard']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DashboardEdgeResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['DashboardEdge'] = ResolversParentTypes['DashboardEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Dashboard'], ParentType, ContextType>;
}>;

export type DashboardWidgetResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['DashboardWidget'] = ResolversParentTypes['DashboardWidget'], FederationReferenceType extends FederationReferenceTypes['DashboardWidget'] = FederationReferenceTypes['DashboardWidget']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DashboardWidget']> | FederationReferenceType, FederationReferenceType, ContextType>;
  chart?: Resolver<ResolversTypes['Chart'], ParentType, ContextType>;
  chartPng?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  chartUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<DashboardWidgetChartUrlArgs, 'format'>>;
  csv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dashboard?: Resolver<ResolversTypes['Dashboard'], ParentType, ContextType>;
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['FlowMetricKind'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['WidgetPopulation'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteDashboardPayloadResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['DeleteDashboardPayload'] = ResolversParentTypes['DeleteDashboardPayload']> = ResolversObject<{
  deletedDashboardId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type DurationBucketResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['DurationBucket'] = ResolversParentTypes['DurationBucket']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  workItems?: Resolver<ResolversTypes['FlowWorkItemConnection'], ParentType, ContextType, Partial<DurationBucketWorkItemsArgs>>;
}>;

export type FlowGroupResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['FlowGroup'] = ResolversParentTypes['FlowGroup']> = ResolversObject<{
  assignee?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  cycleTime?: Resolver<ResolversTypes['TimeDistribution'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['Label']>, ParentType, ContextType>;
  leadTime?: Resolver<ResolversTypes['TimeDistribution'], ParentType, ContextType>;
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
  throughput?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['WorkItemType']>, ParentType, ContextType>;
  wip?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FlowMetricsResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['FlowMetrics'] = ResolversParentTypes['FlowMetrics']> = ResolversObject<{
  aging?: Resolver<ResolversTypes['AgingWip'], ParentType, ContextType>;
  chart?: Resolver<ResolversTypes['Chart'], ParentType, ContextType, RequireFields<FlowMetricsChartArgs, 'metric'>>;
  controlChart?: Resolver<ResolversTypes['ControlChartConnection'], ParentType, ContextType, Partial<FlowMetricsControlChartArgs>>;
  createdVsResolved?: Resolver<Array<ResolversTypes['CreatedResolvedPoint']>, ParentType, ContextType>;
  csv?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<FlowMetricsCsvArgs, 'metric'>>;
  cumulativeFlow?: Resolver<Array<ResolversTypes['CumulativeFlowDay']>, ParentType, ContextType>;
  cycleTime?: Resolver<ResolversTypes['TimeDistribution'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['FlowGroup']>, ParentType, ContextType, RequireFields<FlowMetricsGroupsArgs, 'by'>>;
  leadTime?: Resolver<ResolversTypes['TimeDistribution'], ParentType, ContextType>;
  throughput?: Resolver<Array<ResolversTypes['ThroughputPoint']>, ParentType, ContextType, Partial<FlowMetricsThroughputArgs>>;
  window?: Resolver<ResolversTypes['FlowWindow'], ParentType, ContextType>;
  wip?: Resolver<Array<ResolversTypes['WipPoint']>, ParentType, ContextType>;
}>;

export type FlowWindowResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['FlowWindow'] = ResolversParentTypes['FlowWindow']> = ResolversObject<{
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type FlowWorkItemConnectionResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['FlowWorkItemConnection'] = ResolversParentTypes['FlowWorkItemConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FlowWorkItemEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['WorkItem']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FlowWorkItemEdgeResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['FlowWorkItemEdge'] = ResolversParentTypes['FlowWorkItemEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['WorkItem']>, ParentType, ContextType>;
}>;

export type ForecastDateCountResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['ForecastDateCount'] = ResolversParentTypes['ForecastDateCount']> = ResolversObject<{
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  runs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ForecastItemCountResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['ForecastItemCount'] = ResolversParentTypes['ForecastItemCount']> = ResolversObject<{
  items?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  runs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IntRangeResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['IntRange'] = ResolversParentTypes['IntRange']> = ResolversObject<{
  max?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LabelResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['Label'] = ResolversParentTypes['Label']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MoveDashboardWidgetPayloadResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['MoveDashboardWidgetPayload'] = ResolversParentTypes['MoveDashboardWidgetPayload']> = ResolversObject<{
  dashboard?: Resolver<ResolversTypes['Dashboard'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addDashboardWidget?: Resolver<ResolversTypes['AddDashboardWidgetPayload'], ParentType, ContextType, RequireFields<MutationAddDashboardWidgetArgs, 'input'>>;
  createDashboard?: Resolver<ResolversTypes['CreateDashboardPayload'], ParentType, ContextType, RequireFields<MutationCreateDashboardArgs, 'input'>>;
  deleteDashboard?: Resolver<ResolversTypes['DeleteDashboardPayload'], ParentType, ContextType, RequireFields<MutationDeleteDashboardArgs, 'input'>>;
  moveDashboardWidget?: Resolver<ResolversTypes['MoveDashboardWidgetPayload'], ParentType, ContextType, RequireFields<MutationMoveDashboardWidgetArgs, 'input'>>;
  removeDashboardWidget?: Resolver<ResolversTypes['RemoveDashboardWidgetPayload'], ParentType, ContextType, RequireFields<MutationRemoveDashboardWidgetArgs, 'input'>>;
  setProjectFlowSettings?: Resolver<ResolversTypes['SetProjectFlowSettingsPayload'], ParentType, ContextType, RequireFields<MutationSetProjectFlowSettingsArgs, 'input'>>;
  subscribeToDashboardReport?: Resolver<ResolversTypes['SubscribeToDashboardReportPayload'], ParentType, ContextType, RequireFields<MutationSubscribeToDashboardReportArgs, 'input'>>;
  unsubscribeFromDashboardReport?: Resolver<ResolversTypes['UnsubscribeFromDashboardReportPayload'], ParentType, ContextType, RequireFields<MutationUnsubscribeFromDashboardReportArgs, 'input'>>;
  updateDashboard?: Resolver<ResolversTypes['UpdateDashboardPayload'], ParentType, ContextType, RequireFields<MutationUpdateDashboardArgs, 'input'>>;
  updateDashboardWidget?: Resolver<ResolversTypes['UpdateDashboardWidgetPayload'], ParentType, ContextType, RequireFields<MutationUpdateDashboardWidgetArgs, 'input'>>;
}>;

export type NodeResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Dashboard' | 'DashboardWidget', ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProjectResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project'], FederationReferenceType extends FederationReferenceTypes['Project'] = FederationReferenceTypes['Project']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Project']> | FederationReferenceType, FederationReferenceType, ContextType>;
  flowMetrics?: Resolver<ResolversTypes['FlowMetrics'], ParentType, ContextType, Partial<ProjectFlowMetricsArgs>>;
  flowSettings?: Resolver<ResolversTypes['ProjectFlowSettings'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ProjectFlowSettingsResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['ProjectFlowSettings'] = ResolversParentTypes['ProjectFlowSettings']> = ResolversObject<{
  doneStates?: Resolver<Array<ResolversTypes['WorkflowState']>, ParentType, ContextType>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startedStates?: Resolver<Array<ResolversTypes['WorkflowState']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  dashboard?: Resolver<ResolversTypes['Dashboard'], ParentType, ContextType, RequireFields<QueryDashboardArgs, 'id'>>;
  dashboards?: Resolver<ResolversTypes['DashboardConnection'], ParentType, ContextType, RequireFields<QueryDashboardsArgs, 'organizationId'>>;
  flowMetrics?: Resolver<ResolversTypes['FlowMetrics'], ParentType, ContextType, RequireFields<QueryFlowMetricsArgs, 'population'>>;
  forecastCompletion?: Resolver<ResolversTypes['CompletionForecast'], ParentType, ContextType, RequireFields<QueryForecastCompletionArgs, 'input'>>;
  forecastThroughput?: Resolver<ResolversTypes['ThroughputForecast'], ParentType, ContextType, RequireFields<QueryForecastThroughputArgs, 'input'>>;
}>;

export type RemoveDashboardWidgetPayloadResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['RemoveDashboardWidgetPayload'] = ResolversParentTypes['RemoveDashboardWidgetPayload']> = ResolversObject<{
  dashboard?: Resolver<ResolversTypes['Dashboard'], ParentType, ContextType>;
  removedWidgetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type SavedViewResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['SavedView'] = ResolversParentTypes['SavedView'], FederationReferenceType extends FederationReferenceTypes['SavedView'] = FederationReferenceTypes['SavedView']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SavedView']> | FederationReferenceType, FederationReferenceType, ContextType>;
  flowMetrics?: Resolver<ResolversTypes['FlowMetrics'], ParentType, ContextType, Partial<SavedViewFlowMetricsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type SetProjectFlowSettingsPayloadResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['SetProjectFlowSettingsPayload'] = ResolversParentTypes['SetProjectFlowSettingsPayload']> = ResolversObject<{
  flowSettings?: Resolver<ResolversTypes['ProjectFlowSettings'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
}>;

export type SubscribeToDashboardReportPayloadResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['SubscribeToDashboardReportPayload'] = ResolversParentTypes['SubscribeToDashboardReportPayload']> = ResolversObject<{
  dashboard?: Resolver<ResolversTypes['Dashboard'], ParentType, ContextType>;
}>;

export type TeamResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['Team'] = ResolversParentTypes['Team'], FederationReferenceType extends FederationReferenceTypes['Team'] = FederationReferenceTypes['Team']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Team']> | FederationReferenceType, FederationReferenceType, ContextType>;
  flowMetrics?: Resolver<ResolversTypes['FlowMetrics'], ParentType, ContextType, Partial<TeamFlowMetricsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ThroughputForecastResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['ThroughputForecast'] = ResolversParentTypes['ThroughputForecast']> = ResolversObject<{
  distribution?: Resolver<Array<ResolversTypes['ForecastItemCount']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['FlowWindow'], ParentType, ContextType>;
  p50?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  p85?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  p95?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  runs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  until?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type ThroughputPointResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['ThroughputPoint'] = ResolversParentTypes['ThroughputPoint']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  workItems?: Resolver<ResolversTypes['FlowWorkItemConnection'], ParentType, ContextType, Partial<ThroughputPointWorkItemsArgs>>;
}>;

export type TimeDistributionResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['TimeDistribution'] = ResolversParentTypes['TimeDistribution']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  histogram?: Resolver<Array<ResolversTypes['DurationBucket']>, ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  mean?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  p50?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  p85?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  p95?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  standardDeviation?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type UnsubscribeFromDashboardReportPayloadResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['UnsubscribeFromDashboardReportPayload'] = ResolversParentTypes['UnsubscribeFromDashboardReportPayload']> = ResolversObject<{
  dashboard?: Resolver<ResolversTypes['Dashboard'], ParentType, ContextType>;
}>;

export type UpdateDashboardPayloadResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['UpdateDashboardPayload'] = ResolversParentTypes['UpdateDashboardPayload']> = ResolversObject<{
  dashboard?: Resolver<ResolversTypes['Dashboard'], ParentType, ContextType>;
}>;

export type UpdateDashboardWidgetPayloadResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['UpdateDashboardWidgetPayload'] = ResolversParentTypes['UpdateDashboardWidgetPayload']> = ResolversObject<{
  widget?: Resolver<ResolversTypes['DashboardWidget'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type WidgetPopulationResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['WidgetPopulation'] = ResolversParentTypes['WidgetPopulation']> = ResolversObject<{
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  savedView?: Resolver<Maybe<ResolversTypes['SavedView']>, ParentType, ContextType>;
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
}>;

export type WipPointResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['WipPoint'] = ResolversParentTypes['WipPoint']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  workItems?: Resolver<ResolversTypes['FlowWorkItemConnection'], ParentType, ContextType, Partial<WipPointWorkItemsArgs>>;
}>;

export type WorkItemResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['WorkItem'] = ResolversParentTypes['WorkItem']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type WorkflowStateResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['WorkflowState'] = ResolversParentTypes['WorkflowState']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = AnalyticsContext> = ResolversObject<{
  AddDashboardWidgetPayload?: AddDashboardWidgetPayloadResolvers<ContextType>;
  AgingItem?: AgingItemResolvers<ContextType>;
  AgingItemConnection?: AgingItemConnectionResolvers<ContextType>;
  AgingItemEdge?: AgingItemEdgeResolvers<ContextType>;
  AgingWip?: AgingWipResolvers<ContextType>;
  Chart?: ChartResolvers<ContextType>;
  ChartTable?: ChartTableResolvers<ContextType>;
  CompletionForecast?: CompletionForecastResolvers<ContextType>;
  ControlChartConnection?: ControlChartConnectionResolvers<ContextType>;
  ControlChartEdge?: ControlChartEdgeResolvers<ContextType>;
  ControlChartPoint?: ControlChartPointResolvers<ContextType>;
  CreateDashboardPayload?: CreateDashboardPayloadResolvers<ContextType>;
  CreatedResolvedPoint?: CreatedResolvedPointResolvers<ContextType>;
  CumulativeFlowCount?: CumulativeFlowCountResolvers<ContextType>;
  CumulativeFlowDay?: CumulativeFlowDayResolvers<ContextType>;
  Dashboard?: DashboardResolvers<ContextType>;
  DashboardConnection?: DashboardConnectionResolvers<ContextType>;
  DashboardEdge?: DashboardEdgeResolvers<ContextType>;
  DashboardWidget?: DashboardWidgetResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeleteDashboardPayload?: DeleteDashboardPayloadResolvers<ContextType>;
  DurationBucket?: DurationBucketResolvers<ContextType>;
  FlowGroup?: FlowGroupResolvers<ContextType>;
  FlowMetrics?: FlowMetricsResolvers<ContextType>;
  FlowWindow?: FlowWindowResolvers<ContextType>;
  FlowWorkItemConnection?: FlowWorkItemConnectionResolvers<ContextType>;
  FlowWorkItemEdge?: FlowWorkItemEdgeResolvers<ContextType>;
  ForecastDateCount?: ForecastDateCountResolvers<ContextType>;
  ForecastItemCount?: ForecastItemCountResolvers<ContextType>;
  IntRange?: IntRangeResolvers<ContextType>;
  Label?: LabelResolvers<ContextType>;
  MoveDashboardWidgetPayload?: MoveDashboardWidgetPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectFlowSettings?: ProjectFlowSettingsResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RemoveDashboardWidgetPayload?: RemoveDashboardWidgetPayloadResolvers<ContextType>;
  SavedView?: SavedViewResolvers<ContextType>;
  SetProjectFlowSettingsPayload?: SetProjectFlowSettingsPayloadResolvers<ContextType>;
  SubscribeToDashboardReportPayload?: SubscribeToDashboardReportPayloadResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  ThroughputForecast?: ThroughputForecastResolvers<ContextType>;
  ThroughputPoint?: ThroughputPointResolvers<ContextType>;
  TimeDistribution?: TimeDistributionResolvers<ContextType>;
  UnsubscribeFromDashboardReportPayload?: UnsubscribeFromDashboardReportPayloadResolvers<ContextType>;
  UpdateDashboardPayload?: UpdateDashboardPayloadResolvers<ContextType>;
  UpdateDashboardWidgetPayload?: UpdateDashboardWidgetPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  WidgetPopulation?: WidgetPopulationResolvers<ContextType>;
  WipPoint?: WipPointResolvers<ContextType>;
  WorkItem?: WorkItemResolvers<ContextType>;
  WorkflowState?: WorkflowStateResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = AnalyticsContext> = ResolversObject<{
  callerDependent?: CallerDependentDirectiveResolver<any, any, ContextType>;
}>;
