import { withoutNoise } from './points';

/** The q-quantile (0-1) of ascending values, interpolating linearly between neighbours. */
export function quantile(ascending: readonly number[], q: number): number | null {
  if (!ascending.length) return null;
  const h = (ascending.length - 1) * q;
  const below = Math.floor(h);
  const low = ascending[below]!;
  const high = ascending[Math.min(below + 1, ascending.length - 1)]!;
  return withoutNoise(low + (h - below) * (high - low));
}

export interface PercentileForecast {
  percentile: number;
  velocity: number | null;
  sprints: number | null;
}

/**
 * For the p-th percentile: the velocity reached or beaten in p% of the sampled sprints (the
 * (100 − p)th percentile of the velocities) and the sprints it needs for `remainingPoints`, rounded
 * up; 0 sprints when nothing remains, null without history or at velocity 0.
 */
export function forecastAt(
  remainingPoints: number,
  velocities: readonly number[],
  percentile: number,
): PercentileForecast {
  const ascending = [...velocities].sort((a, b) => a - b);
  const velocity = quantile(ascending, (100 - percentile) / 100);
  let sprints: number | null = null;
  if (remainingPoints === 0) sprints = 0;
  else if (velocity !== null && velocity > 0) sprints = Math.ceil(withoutNoise(remainingPoints / velocity));
  return { percentile, velocity, sprints };
}
