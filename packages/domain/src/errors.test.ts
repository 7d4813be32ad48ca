import { describe, expect, it } from 'vitest';
import { domainError, domainErrorCodes, domainErrorMessages } from './errors.js';
import { err, ok } from './result.js';
import { roleLabels, roles, ZRole } from './roles.js';

describe('errors, results and roles', () => {
  it('every code has a plain-Japanese message', () => {
    for (const code of domainErrorCodes) expect(domainErrorMessages[code]).toMatch(/[ぁ-ん]/);
  });
  it('builds errors with the table message unless told otherwise', () => {
    expect(domainError('VALIDATION')).toEqual({ code: 'VALIDATION', message: '入力内容に誤りがあります。' });
    expect(domainError('VALIDATION', { field: 'x' }, '別の説明')).toEqual({ code: 'VALIDATION', message: '別の説明', details: { field: 'x' } });
    expect(ok(1)).toEqual({ ok: true, value: 1 });
    expect(err('e')).toEqual({ ok: false, error: 'e' });
  });
  it('roles have Japanese labels and a zod enum', () => {
    for (const r of roles) expect(roleLabels[r].length).toBeGreaterThan(0);
    expect(ZRole.safeParse('coordinator').success).toBe(true);
    expect(ZRole.safeParse('admin').success).toBe(false);
  });
});
