import { describe, expect, it } from 'vitest';
import { jointBodies, meetingKinds } from './kinds.js';
import { meetingTypePresets, meetingTypesOf, ZMeetingType } from './meeting-types.js';
import { canAttend, canDecide, canDecideOnSubject, decisionsAllowed } from './rules.js';

describe('meeting kinds and presets (seed 003, C9)', () => {
  it('knows the three legal kinds and the four joint bodies', () => {
    expect(meetingKinds.shien).toMatchObject({ label: '支援会議', legalBasis: '社会福祉法第106条の6', needsConsent: false });
    expect(meetingKinds.jusoteki.needsConsent).toBe(true);
    expect(Object.values(jointBodies).map((b) => b.label)).toEqual(['地域ケア会議', '自立支援協議会', '要保護児童対策地域協議会', '生活保護ケース診断会議']);
  });

  it('maps each municipality’s own meetings to a kind', () => {
    const tsuchiura = meetingTypesOf('082031');
    expect(tsuchiura.map((t) => [t.name, t.kind])).toEqual([['スクラムネット', 'shien'], ['ふれあい調整会議', 'other']]);
    expect(meetingTypesOf('082040').find((t) => t.name === 'コアメンバー会議')?.kind).toBe('other');
    expect(meetingTypesOf('032085').map((t) => t.kind)).toEqual(['jusoteki', 'shien']);
    expect(meetingTypesOf('202029')).toHaveLength(5);
    for (const t of meetingTypePresets) expect(ZMeetingType.safeParse(t).success).toBe(true);
  });
});

describe('what a meeting can decide (SPEC §3.4, §3.6)', () => {
  it('only a 重層的支援会議 approves plans and evaluates closure', () => {
    expect(canDecide('jusoteki', 'plan_approval').ok).toBe(true);
    expect(canDecide('jusoteki', 'closure_evaluation').ok).toBe(true);
    expect(canDecide('shien', 'plan_approval').ok).toBe(false);
    expect(canDecide('shien', 'role_assignment').ok).toBe(true);
    const other = canDecide('other', 'role_assignment');
    expect(other.ok ? '' : other.error.message).toBe('その他の会議（既存の会議体など）では「支援関係機関の役割分担」はできません。重層的支援会議で行ってください。');
    expect(decisionsAllowed('other')).toEqual([]);
  });

  it('a 支援会議 settles roles and the direction of support for someone who is not a case, never a plan', () => {
    expect(canDecide('shien', 'support_direction').ok).toBe(true);
    for (const kind of ['person', 'outreach', 'description']) {
      expect(canDecideOnSubject(kind, 'support_direction').ok).toBe(true);
      expect(canDecideOnSubject(kind, 'role_assignment').ok).toBe(true);
      expect(canDecideOnSubject(kind, 'closure_evaluation')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(canDecideOnSubject('case', 'plan_approval').ok).toBe(true);
  });
});

describe('who may attend', () => {
  const meeting = { municipalityCode: '082031' };
  const now = '2024-06-01T10:00:00+09:00';
  it('a 支援会議 member only after the undertaking (法第106条の6第5項)', () => {
    const member = { role: 'meeting_member' as const, municipalityCode: '082031' };
    expect(canAttend('shien', meeting, member, now)).toMatchObject({ ok: false, error: { code: 'UNDERTAKING_MISSING' } });
    expect(canAttend('shien', meeting, { ...member, undertakingSignedAt: '2024-06-02' }, now).ok).toBe(false);
    expect(canAttend('shien', meeting, { ...member, undertakingSignedAt: '2024-05-01' }, now).ok).toBe(true);
    expect(canAttend('jusoteki', meeting, member, now).ok).toBe(true);
  });
  it('never the prefecture or an auditor, never another municipality', () => {
    expect(canAttend('other', meeting, { role: 'prefectural_official', municipalityCode: '082031' }, now)).toMatchObject({ ok: false, error: { code: 'ROLE_FORBIDDEN' } });
    expect(canAttend('jusoteki', meeting, { role: 'auditor', municipalityCode: '082031' }, now).ok).toBe(false);
    expect(canAttend('jusoteki', meeting, { role: 'coordinator', municipalityCode: '082040' }, now)).toMatchObject({ ok: false, error: { code: 'OTHER_MUNICIPALITY' } });
  });
});
