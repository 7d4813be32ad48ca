import { describe, expect, it } from 'vitest';
import { add, compare, div, equals, floorTimes, floorToThousand, formatFraction, fraction, mul, parseFraction, sub, sum } from './fraction.js';

describe('Fraction', () => {
  it('normalises sign and common factors', () => {
    expect(fraction(50, 100)).toEqual({ num: 1n, den: 2n });
    expect(fraction(3, -6)).toEqual({ num: -1n, den: 2n });
    expect(fraction(0, 7)).toEqual({ num: 0n, den: 1n });
    expect(() => fraction(1, 0)).toThrow(RangeError);
  });
  it('does exact arithmetic (19.25/100 + 19.25/100 + 38.5/100 + 23/100 = 1)', () => {
    expect(sum([fraction(1925, 10000), fraction(1925, 10000), fraction(385, 1000), fraction(23, 100)])).toEqual(fraction(1));
    expect(add(fraction(1, 3), fraction(1, 6))).toEqual(fraction(1, 2));
    expect(sub(fraction(1, 2), fraction(3, 4))).toEqual(fraction(-1, 4));
    expect(mul(fraction(2, 3), fraction(3, 4))).toEqual(fraction(1, 2));
    expect(div(fraction(1, 2), fraction(1, 4))).toEqual(fraction(2));
    expect(compare(fraction(1, 3), fraction(1, 2))).toBe(-1);
    expect(compare(fraction(2, 3), fraction(1, 2))).toBe(1);
    expect(equals(fraction(2, 4), fraction(1, 2))).toBe(true);
  });
  it('floors amounts exactly, even beyond 2^53 intermediate products', () => {
    expect(floorTimes(9_007_199_254_740_991, fraction(1925, 10000))).toBe(1_733_885_856_537_640);
    expect(floorTimes(7, fraction(-1, 2))).toBe(-4);
    expect(floorTimes(8, fraction(-1, 2))).toBe(-4);
    expect(floorToThousand(5_617_283)).toBe(5_617_000);
  });
  it('parses and prints ratios as text', () => {
    expect(parseFraction(' 12 / 100 ')).toEqual(fraction(3, 25));
    expect(parseFraction('1')).toEqual(fraction(1));
    expect(parseFraction('0.5')).toBeUndefined();
    expect(parseFraction('1/0')).toBeUndefined();
    expect(formatFraction(fraction(77, 400))).toBe('77/400');
  });
});
