import { forecastAt, quantile } from './forecast';

describe('forecast', () => {
  it('interpolates quantiles linearly', () => {
    expect(quantile([10, 20, 40], 0.5)).toBe(20);
    expect(quantile([10, 20, 40], 0.15)).toBe(13);
    expect(quantile([10, 20, 40], 0.75)).toBe(30);
    expect(quantile([10, 20, 40], 1)).toBe(40);
    expect(quantile([7], 0.3)).toBe(7);
    expect(quantile([], 0.5)).toBeNull();
  });

  it('takes the velocity beaten in p% of the sprints and rounds the sprints up', () => {
    expect(forecastAt(50, [40, 10, 20], 50)).toEqual({ percentile: 50, velocity: 20, sprints: 3 });
    expect(forecastAt(50, [40, 10, 20], 85)).toEqual({ percentile: 85, velocity: 13, sprints: 4 });
    expect(forecastAt(40, [40, 10, 20], 25)).toEqual({ percentile: 25, velocity: 30, sprints: 2 });
  });

  it('is not thrown off by floating-point noise', () => {
    expect(forecastAt(0.3, [0.1, 0.2], 50)).toEqual({ percentile: 50, velocity: 0.15, sprints: 2 });
  });

  it('needs no sprint when nothing remains, and has no answer without history or at velocity 0', () => {
    expect(forecastAt(0, [], 50)).toEqual({ percentile: 50, velocity: null, sprints: 0 });
    expect(forecastAt(5, [], 50)).toEqual({ percentile: 50, velocity: null, sprints: null });
    expect(forecastAt(5, [0, 0, 8], 85)).toEqual({ percentile: 85, velocity: 0, sprints: null });
  });
});
