import type { MatchStatus } from './catalogue.js';

// 参加支援 (SPEC §3.8): which matches hold a place of a resource, and how a match moves on.

/**
 * A place is held while the person is being placed (調整中), takes part (参加中) or has settled and
 * still attends (定着). Only an ended match (終了) frees it: 定着 is the goal of the support, not its end.
 */
export const placeOccupyingStatuses: readonly MatchStatus[] = ['proposed', 'started', 'settled'];

export const occupiesPlace = (status: string): boolean => (placeOccupyingStatuses as readonly string[]).includes(status);

/** Places left for a resource with `capacity` (null: no limit) when `occupied` matches hold one, never below zero. */
export const remainingPlaces = (capacity: number | null, occupied: number): number | null => (capacity === null ? null : Math.max(0, capacity - occupied));

/** How many of these matches hold a place. */
export const occupiedPlaces = (statuses: readonly string[]): number => statuses.filter(occupiesPlace).length;

const transitions: Readonly<Record<MatchStatus, readonly MatchStatus[]>> = {
  proposed: ['started', 'ended'],
  started: ['settled', 'ended'],
  settled: ['ended'],
  ended: [],
};

/** Whether a match may move from `from` to `to` (a follow-up may repeat 定着 on a settled match). */
export const mayMoveMatch = (from: string, to: MatchStatus): boolean =>
  (transitions[from as MatchStatus] ?? []).includes(to) || (from === 'settled' && to === 'settled');
