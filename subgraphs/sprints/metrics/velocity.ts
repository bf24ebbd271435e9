import type { VelocityMapper } from '../mappers';
import { withoutNoise } from './points';

type Stats = Omit<VelocityMapper, 'sprints'>;

/** Mean, median and population standard deviation; all null without values. */
export function velocityStats(values: readonly number[]): Stats {
  if (!values.length) return { mean: null, median: null, standardDeviation: null };
  const sorted = [...values].sort((a, b) => a - b);
  const mean = values.reduce((total, value) => total + value, 0) / values.length;
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  const variance = values.reduce((total, value) => total + (value - mean) ** 2, 0) / values.length;
  return {
    mean: withoutNoise(mean),
    median: withoutNoise(median),
    standardDeviation: withoutNoise(Math.sqrt(variance)),
  };
}
