import { describe, expect, it } from 'vitest';
import { safeRedirect, shellStep } from '../src/index.js';

describe('shellStep (the staff and prefecture apps’ one guard)', () => {
  const at = (href: string) => ({ href, pathname: href.split('?')[0] ?? href });
  it('sends a stranger to sign in, remembering where they were going', () => {
    expect(shellStep(false, undefined, at('/cases/1?tab=plan'))).toEqual({ to: '/login', search: { redirect: '/cases/1?tab=plan' } });
    expect(shellStep(false, undefined, at('/'))).toEqual({ to: '/login', search: {} });
  });
  it('asks for the second factor before the password change, and the password change before anything else', () => {
    expect(shellStep(true, { mfaStep: { kind: 'verify' }, mustChangePassword: true }, at('/password'))).toEqual({ to: '/mfa' });
    expect(shellStep(true, { mustChangePassword: true }, at('/cases'))).toEqual({ to: '/password' });
    expect(shellStep(true, { mustChangePassword: true }, at('/password'))).toBeNull();
    expect(shellStep(true, {}, at('/cases'))).toBeNull();
  });
});

describe('safeRedirect', () => {
  it('keeps same-app paths and refuses everything else', () => {
    expect(safeRedirect('/organisations')).toBe('/organisations');
    for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', '/login?redirect=/x', 42, undefined]) expect(safeRedirect(bad)).toBe('/');
  });
});
