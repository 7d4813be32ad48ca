import { describe, expect, it } from 'vitest';
import { readEnv } from '../src/env.js';

describe('environment', () => {
  it('defaults to the embedded database on port 3000', () => {
    const env = readEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.KASANE_DATA_DIR).toMatch(/\.data\/pglite$/);
  });

  it('treats an empty DATABASE_URL as unset and refuses a non-PostgreSQL one', () => {
    expect(readEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
    expect(() => readEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/postgres/);
  });

  it('reads the owner connection apart from the runtime login (ADR 0019)', () => {
    const env = readEnv({ DATABASE_URL: 'postgres://kasane_runtime:pw@db/kasane', DATABASE_OWNER_URL: 'postgres://kasane_owner:pw@db/kasane' });
    expect(env.DATABASE_OWNER_URL).toBe('postgres://kasane_owner:pw@db/kasane');
    expect(readEnv({ DATABASE_OWNER_URL: '' }).DATABASE_OWNER_URL).toBeUndefined();
    expect(() => readEnv({ DATABASE_OWNER_URL: 'mysql://x' })).toThrow(/postgres/);
  });

  it('never lets the suppression threshold fall below 3 (SPEC §7)', () => {
    expect(() => readEnv({ KASANE_SUPPRESSION_THRESHOLD: '2' })).toThrow(/never below 3/);
    expect(readEnv({ KASANE_SUPPRESSION_THRESHOLD: '10' }).KASANE_SUPPRESSION_THRESHOLD).toBe(10);
  });
});
