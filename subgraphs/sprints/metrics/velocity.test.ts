import { velocityStats } from './velocity';

describe('velocity statistics', () => {
  it('gives mean, median and population standard deviation', () => {
    expect(velocityStats([20, 26, 17, 21])).toEqual({ mean: 21, median: 20.5, standardDeviation: 3.24037034920393 });
    expect(velocityStats([2, 9, 4])).toEqual({ mean: 5, median: 4, standardDeviation: 2.94392028877595 });
  });

  it('has one value’s deviation at 0', () => {
    expect(velocityStats([13])).toEqual({ mean: 13, median: 13, standardDeviation: 0 });
  });

  it('is null without values', () => {
    expect(velocityStats([])).toEqual({ mean: null, median: null, standardDeviation: null });
  });
});
