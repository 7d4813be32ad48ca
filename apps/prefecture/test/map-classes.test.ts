// Issue #11 item 6: a suppressed figure is its own class on the map, never the lowest (zero) class.
import { describe, expect, it } from 'vitest';
import { classBreaks, classOfFigure } from '../src/routes/map/classes.js';

describe('map classes', () => {
  it('splits figures into up to four classes of about equal count', () => {
    expect(classBreaks([0, 5, 8, 12, 20, 40, 41, 90])).toEqual([5, 12, 40, 90]);
    expect(classBreaks([7, 7, 7])).toEqual([7]);
    expect(classBreaks([])).toEqual([]);
  });

  it('puts 秘匿 and 未提出 apart from every count, zero included', () => {
    const breaks = classBreaks([0, 5, 8, 12]);
    expect(classOfFigure({ kind: 'value', value: 0 }, breaks)).toBe('q0');
    expect(classOfFigure({ kind: 'value', value: 12 }, breaks)).toBe('q3');
    expect(classOfFigure({ kind: 'suppressed' }, breaks)).toBe('suppressed');
    expect(classOfFigure({ kind: 'absent' }, breaks)).toBe('absent');
  });
});
