import { randomUUID } from 'node:crypto';
import type { DashboardWidget } from '../generated/prisma/client';
import { toWidgetRow } from './dashboard-widget-json';

const stored = (overrides: Partial<DashboardWidget>): DashboardWidget => ({
  id: randomUUID(),
  dashboardId: randomUUID(),
  position: 0,
  title: 'Throughput',
  metric: 'THROUGHPUT',
  population: { projectId: randomUUID() },
  parameters: { days: 30 },
  createdAt: new Date(),
  updatedAt: new Date(),
  ...overrides,
});

describe('toWidgetRow', () => {
  it('reads the population and the days from the JSON columns', () => {
    const teamId = randomUUID();
    const row = toWidgetRow(stored({ population: { teamId }, parameters: { days: 14 } }));
    expect(row).toMatchObject({ population: { teamId }, days: 14, metric: 'THROUGHPUT' });
  });

  it('refuses a population of two kinds, an unknown metric or days out of range', () => {
    const id = randomUUID();
    expect(() => toWidgetRow(stored({ population: { projectId: id, teamId: id } }))).toThrow(/do not fit/);
    expect(() => toWidgetRow(stored({ metric: 'VELOCITY' }))).toThrow(/do not fit/);
    expect(() => toWidgetRow(stored({ parameters: { days: 400 } }))).toThrow(/do not fit/);
  });
});
