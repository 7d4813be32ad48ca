import { at } from '../internal/at.js';

// Exact ratios for the grant (SPEC §5: "ratios are exact fractions, never floats"). bigint keeps
// amount × numerator exact for any yen amount.
export type Fraction = { readonly num: bigint; readonly den: bigint };

/** Greatest common divisor of |a| and a positive b. */
const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

export const fraction = (num: bigint | number, den: bigint | number = 1n): Fraction => {
  let n = BigInt(num);
  let d = BigInt(den);
  if (d === 0n) throw new RangeError('分母が0の分数は作れません。');
  if (d < 0n) [n, d] = [-n, -d];
  // d > 0 here, so g ≥ 1.
  const g = gcd(n, d);
  return { num: n / g, den: d / g };
};

export const ZERO: Fraction = { num: 0n, den: 1n };
export const ONE: Fraction = { num: 1n, den: 1n };

export const add = (a: Fraction, b: Fraction): Fraction => fraction(a.num * b.den + b.num * a.den, a.den * b.den);
export const sub = (a: Fraction, b: Fraction): Fraction => fraction(a.num * b.den - b.num * a.den, a.den * b.den);
export const mul = (a: Fraction, b: Fraction): Fraction => fraction(a.num * b.num, a.den * b.den);
export const div = (a: Fraction, b: Fraction): Fraction => fraction(a.num * b.den, a.den * b.num);
export const compare = (a: Fraction, b: Fraction): -1 | 0 | 1 => {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
};
export const equals = (a: Fraction, b: Fraction): boolean => compare(a, b) === 0;
export const sum = (xs: readonly Fraction[]): Fraction => xs.reduce(add, ZERO);

/** floor(amount × ratio) in whole yen, for a non-negative safe-integer amount. */
export const floorTimes = (amount: number, ratio: Fraction): number => {
  const p = BigInt(amount) * ratio.num;
  const q = p / ratio.den;
  return Number(p < 0n && q * ratio.den !== p ? q - 1n : q);
};

/** 千円未満切り捨て: the usual 交付要綱 rounding of each public share. */
export const floorToThousand = (yen: number): number => Math.floor(yen / 1000) * 1000;

export const formatFraction = (f: Fraction): string => `${f.num}/${f.den}`;

const FRACTION_TEXT = /^(\d+)\s*\/\s*(\d+)$/;
const INTEGER_TEXT = /^\d+$/;

/** Parses "1/2", "50/100" or a whole number; anything with a decimal point is refused (no floats). */
export const parseFraction = (text: string): Fraction | undefined => {
  const t = text.trim();
  const m = FRACTION_TEXT.exec(t);
  if (m !== null) return Number(m[2]) === 0 ? undefined : fraction(BigInt(at(m, 1)), BigInt(at(m, 2)));
  return INTEGER_TEXT.test(t) ? fraction(BigInt(t)) : undefined;
};
