import { describe, expect, it } from 'vitest';
import { canDecideSupport, canRecordProgress, checkSupportPlan, isSupportDecided, ZSupportPlanDraft } from './plan.js';
import { canConvertOutreach, outreachStageLabels, outreachStages, recordOutreachContact } from './outreach.js';

const NOW = '2026-11-20T10:00:00+09:00';
const plan = {
  goals: [{ text: '父の介護サービスを整える' }],
  roles: [
    { organisationId: 'org-city', role: '全体の調整' },
    { organisationId: 'org-houkatsu', role: '介護サービスの調整' },
  ],
  direction: '世帯全体を支える',
  reviewDate: '2027-02-20',
};
const ctx = { now: NOW, organisationIds: ['org-city', 'org-houkatsu', 'org-welfare'] };

describe('支援プラン (SPEC §3.4, C10)', () => {
  it('accepts goals, roles of the municipality’s organisations and a future review date', () => {
    expect(ZSupportPlanDraft.safeParse(plan).success).toBe(true);
    expect(checkSupportPlan(plan, ctx)).toEqual({ ok: true, value: plan });
  });
  it('explains every missing part in Japanese', () => {
    const r = ZSupportPlanDraft.safeParse({ goals: [], roles: [], direction: '', reviewDate: '2027/1/1' });
    expect(r.success).toBe(false);
    const messages = r.success ? [] : r.error.issues.map((i) => i.message);
    expect(messages).toEqual(expect.arrayContaining(['目標を1つ以上入力してください。', '役割分担を1件以上入力してください。', '支援の方向性を入力してください。', '日付は YYYY-MM-DD の形で入力してください。']));
  });
  it('refuses an organisation of elsewhere, a duplicate role, a past review date', () => {
    expect(checkSupportPlan({ ...plan, roles: [{ organisationId: 'org-x', role: 'a' }] }, ctx)).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { field: 'roles' } } });
    const [first] = plan.roles;
    expect(checkSupportPlan({ ...plan, roles: first ? [first, first] : [] }, ctx)).toMatchObject({ ok: false, error: { message: '同じ機関の役割が重複しています。1つにまとめてください。' } });
    expect(checkSupportPlan({ ...plan, reviewDate: '2026-11-19' }, ctx)).toMatchObject({ ok: false, error: { details: { field: 'reviewDate' } } });
    expect(checkSupportPlan({ ...plan, reviewDate: '2026-11-20' }, ctx).ok).toBe(true);
  });
  it('keeps the 保護の実施機関 central for a household on 生活保護 (C10)', () => {
    const r = checkSupportPlan(plan, { ...ctx, publicAssistanceOfficeId: 'org-welfare' });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { publicAssistanceOfficeId: 'org-welfare' } } });
    const withOffice = { ...plan, roles: [...plan.roles, { organisationId: 'org-welfare', role: '生活保護の実施・ケースワーク' }] };
    expect(checkSupportPlan(withOffice, { ...ctx, publicAssistanceOfficeId: 'org-welfare' }).ok).toBe(true);
  });
});

describe('支援決定 is the municipality’s', () => {
  it('allows a coordinator or administrator of a municipal department only', () => {
    expect(canDecideSupport({ role: 'coordinator', organisationKind: 'municipal_department' }).ok).toBe(true);
    expect(canDecideSupport({ role: 'municipal_admin', organisationKind: 'municipal_department' }).ok).toBe(true);
    expect(canDecideSupport({ role: 'coordinator', organisationKind: 'social_welfare_council' })).toMatchObject({ ok: false, error: { code: 'ROLE_FORBIDDEN' } });
    expect(canDecideSupport({ role: 'consultation_worker', organisationKind: 'municipal_department' }).ok).toBe(false);
  });
});

describe('アウトリーチ (SPEC §3.7)', () => {
  it('labels every stage', () => {
    for (const s of outreachStages) expect(outreachStageLabels[s].length).toBeGreaterThan(0);
  });
  it('moves the relationship with each contact, but never converts by a contact', () => {
    expect(recordOutreachContact('aware', 'first_contact')).toEqual({ ok: true, value: 'first_contact' });
    expect(recordOutreachContact('building', 'aware').ok).toBe(true);
    expect(recordOutreachContact('trusted', 'converted')).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
    expect(recordOutreachContact('converted', 'building')).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
    expect(recordOutreachContact('ended', 'building').ok).toBe(false);
  });
  it('converts an open relationship only', () => {
    expect(canConvertOutreach('trusted').ok).toBe(true);
    expect(canConvertOutreach('converted').ok).toBe(false);
    expect(canConvertOutreach('ended').ok).toBe(false);
  });
});

describe('progress records (SPEC §3.5)', () => {
  it('are written between 支援決定 and closure', () => {
    expect(canRecordProgress('monitoring').ok).toBe(true);
    expect(canRecordProgress('awaiting_consent')).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
    expect(canRecordProgress('closed').ok).toBe(false);
    expect(isSupportDecided('monitoring')).toBe(true);
    expect(isSupportDecided('consent_withdrawn')).toBe(false);
  });
});
