import { randomUUID } from 'node:crypto';
import { toGlobalId } from '../../../lib/ids';
import { daysIn } from '../rules/flow-window';
import { widgetMetricsArgs } from './widget-metrics-args';

const now = new Date('2026-12-24T23:59:00.000Z');

describe('widgetMetricsArgs', () => {
  it('measures the last `days` days up to today, both included', () => {
    const { window } = widgetMetricsArgs({ population: { projectId: randomUUID() }, days: 7 }, now);
    expect(window).toEqual({ from: '2026-12-18', to: '2026-12-24' });
    expect(daysIn(window)).toBe(7);
  });

  it('crosses years and covers up to 366 days', () => {
    const { window } = widgetMetricsArgs({ population: { projectId: randomUUID() }, days: 366 }, now);
    expect(window.from).toBe('2025-12-24');
    expect(daysIn(window)).toBe(366);
  });

  it('gives the population as a population input of global IDs', () => {
    const id = randomUUID();
    expect(widgetMetricsArgs({ population: { projectId: id }, days: 90 }, now).population).toEqual({
      projectId: toGlobalId('Project', id),
    });
    expect(widgetMetricsArgs({ population: { teamId: id }, days: 90 }, now).population).toEqual({
      teamId: toGlobalId('Team', id),
    });
    expect(widgetMetricsArgs({ population: { savedViewId: id }, days: 90 }, now).population).toEqual({
      savedViewId: toGlobalId('SavedView', id),
    });
  });
});
