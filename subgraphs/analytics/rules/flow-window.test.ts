import { daysIn, endOf, parseFlowWindow } from './flow-window';

const now = new Date('2026-12-04T15:00:00Z');

describe('parseFlowWindow', () => {
  it('defaults to the 90 days up to today, today included', () => {
    const window = parseFlowWindow(null, now);
    expect(window).toEqual({ from: '2026-09-06', to: '2026-12-04' });
    expect(daysIn(window)).toBe(90);
  });

  it('keeps a window given as dates and ends it at the next midnight UTC', () => {
    const window = parseFlowWindow({ from: new Date('2026-11-01'), to: new Date('2026-11-30') }, now);
    expect(window).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(endOf(window).toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });

  it.each([
    ['ends after today', { from: new Date('2026-11-01'), to: new Date('2026-12-05') }, 'window.to'],
    ['starts after it ends', { from: new Date('2026-11-10'), to: new Date('2026-11-01') }, 'window.from'],
    ['spans more than 366 days', { from: new Date('2025-01-01'), to: new Date('2026-01-02') }, 'window.from'],
  ])('refuses a window that %s, naming the field', (_label, input, field) => {
    expect(() => parseFlowWindow(input, now)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field } }),
    );
  });
});
