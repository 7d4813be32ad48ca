import { describe, expect, it } from 'vitest';
import { mayMoveMatch, occupiedPlaces, occupiesPlace, remainingPlaces } from './participation.js';

describe('参加支援 capacity', () => {
  it('counts 調整中, 参加中 and 定着 as holding a place; 終了 frees it', () => {
    expect(['proposed', 'started', 'settled', 'ended'].map(occupiesPlace)).toEqual([true, true, true, false]);
  });

  it('a 定着 still takes a place: 8 places, one settled and one ended leave 7', () => {
    expect(remainingPlaces(8, occupiedPlaces(['settled', 'ended']))).toBe(7);
    expect(remainingPlaces(2, occupiedPlaces(['started', 'settled', 'proposed']))).toBe(0);
    expect(remainingPlaces(null, occupiedPlaces(['started']))).toBeNull();
  });

  it('moves 調整中 → 参加中 → 定着 → 終了, never back and never 定着 before 参加開始', () => {
    expect(mayMoveMatch('proposed', 'started')).toBe(true);
    expect(mayMoveMatch('proposed', 'settled')).toBe(false);
    expect(mayMoveMatch('started', 'settled')).toBe(true);
    expect(mayMoveMatch('settled', 'settled')).toBe(true);
    expect(mayMoveMatch('settled', 'ended')).toBe(true);
    expect(mayMoveMatch('ended', 'started')).toBe(false);
    expect(mayMoveMatch('started', 'proposed')).toBe(false);
  });
});
