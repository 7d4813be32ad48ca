/**
 * Element at an index that is in range by construction (loops bounded by the array's own length).
 * noUncheckedIndexedAccess cannot see that; this says so once instead of scattering `?? 0` fallbacks
 * that would hide a real bug behind a plausible default.
 */
export const at = <T>(xs: readonly T[], i: number): T => xs[i] as T;
