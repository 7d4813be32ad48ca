import { describe, expect, it } from 'vitest';
import { readCookie } from '../src/trpc/csrf.js';

describe('readCookie', () => {
  it('finds the named cookie among others and decodes it', () => {
    expect(readCookie('kasane_csrf', 'a=1; kasane_csrf=abc%2Fdef; b=2')).toBe('abc/def');
  });
  it('does not match a cookie whose name merely ends with the same text', () => {
    expect(readCookie('kasane_csrf', 'x_kasane_csrf=evil')).toBeUndefined();
  });
});
