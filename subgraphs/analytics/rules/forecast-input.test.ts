import { fieldOf } from '../../../tests/testkit/field-of';
import { parseForecastHorizon, parseItemCount, parseSimulation } from './forecast-input';

describe('forecast inputs', () => {
  it('default to 90 days of history and 10,000 runs, and draw a seed that is returned', () => {
    expect(parseSimulation({}, () => 0.5)).toEqual({ history: 90, runs: 10_000, seed: 2 ** 30 });
    expect(parseSimulation({ history: 7, runs: 100, seed: -5 })).toEqual({ history: 7, runs: 100, seed: -5 });
  });

  it.each([
    [{ history: 6 }, 'input.history'],
    [{ history: 366 }, 'input.history'],
    [{ runs: 99 }, 'input.runs'],
    [{ runs: 10_001 }, 'input.runs'],
    [{ seed: 1.5 }, 'input.seed'],
  ])('refuse %j, naming the field', (input, field) => {
    expect(fieldOf(() => parseSimulation(input))).toBe(field);
  });

  it('take the remaining items as a number or a range, and leave epics and views to be counted', () => {
    expect(parseItemCount({ itemCount: 12 })).toEqual({ min: 12, max: 12 });
    expect(parseItemCount({ itemCountRange: { min: 5, max: 9 } })).toEqual({ min: 5, max: 9 });
    expect(parseItemCount({ epicId: 'x' })).toBeNull();
    expect(fieldOf(() => parseItemCount({ itemCount: 3, epicId: 'x' }))).toBe('input');
    expect(fieldOf(() => parseItemCount({ itemCountRange: { min: 5, max: 4 } }))).toBe('input.itemCountRange.max');
    expect(fieldOf(() => parseItemCount({ itemCount: 0 }))).toBe('input.itemCount');
  });

  it('count a throughput forecast until a date after today or for a number of days from tomorrow', () => {
    expect(parseForecastHorizon({ days: 10 }, '2026-12-04')).toEqual({ until: '2026-12-14', days: 10 });
    expect(parseForecastHorizon({ until: new Date('2026-12-31') }, '2026-12-04')).toEqual({
      until: '2026-12-31',
      days: 27,
    });
    expect(fieldOf(() => parseForecastHorizon({ until: new Date('2026-12-04') }, '2026-12-04'))).toBe('input.until');
    expect(fieldOf(() => parseForecastHorizon({ until: new Date('2030-01-01') }, '2026-12-04'))).toBe('input.until');
    expect(fieldOf(() => parseForecastHorizon({ days: 1097 }, '2026-12-04'))).toBe('input.days');
    expect(fieldOf(() => parseForecastHorizon({}, '2026-12-04'))).toBe('input');
  });
});
