import { describe, expect, it } from 'vitest';
import { can } from '../permissions.js';
import { roles } from '../roles.js';
import { emergencyExpiry, isEmergencyGrantActive, ZEmergencyReason } from './emergency.js';

describe('emergency grants (C3)', () => {
  const openedAt = new Date('2026-11-20T01:00:00Z');
  it('last 24 hours, from their opening, and not a moment beyond', () => {
    const expiresAt = emergencyExpiry(openedAt);
    expect(expiresAt.toISOString()).toBe('2026-11-21T01:00:00.000Z');
    expect(isEmergencyGrantActive({ openedAt, expiresAt }, openedAt)).toBe(true);
    expect(isEmergencyGrantActive({ openedAt, expiresAt }, new Date(expiresAt.getTime() - 1))).toBe(true);
    expect(isEmergencyGrantActive({ openedAt, expiresAt }, expiresAt)).toBe(false);
    expect(isEmergencyGrantActive({ openedAt, expiresAt }, new Date(openedAt.getTime() - 1))).toBe(false);
  });
  it('need a trimmed reason of 10 to 500 characters', () => {
    expect(ZEmergencyReason.safeParse('  短すぎる理由  ').success).toBe(false);
    expect(ZEmergencyReason.parse('  応答がなく倒れている恐れがある  ')).toBe('応答がなく倒れている恐れがある');
    expect(ZEmergencyReason.safeParse('あ'.repeat(501)).error?.issues[0]?.message).toMatch(/500文字以内/);
  });
  it('are opened by support roles only and reviewed by the administrator or the auditor', () => {
    expect(roles.filter((r) => can(r, 'emergency.open')).sort()).toEqual(['community_coordinator', 'consultation_worker', 'coordinator', 'municipal_admin', 'outreach_worker']);
    expect(roles.filter((r) => can(r, 'emergency.review')).sort()).toEqual(['auditor', 'municipal_admin']);
  });
});
