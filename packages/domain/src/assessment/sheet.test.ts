import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { assessmentItems, canRecordAssessment, checkAssessmentSheet, isReportedItem, reportedFacts, ZAssessmentSheet } from './sheet.js';
import type { AssessmentSheet } from './sheet.js';

const sheet: AssessmentSheet = {
  chiefComplaint: '母の介護と、息子の今後の生活が心配。',
  wishes: '母は自宅で暮らし続けたい。\n息子は外に出るのはまだ不安。',
  situations: [
    { field: 'care', situation: '要介護2。日中は独居に近い。' },
    { field: 'work', situation: '長男は10年以上就労していない。' },
  ],
  issueIds: ['eight_fifty', 'hikikomori', 'elderly_care'],
  employment: 'none',
  housing: 'owned',
  members: [{ personId: 'mother', sex: 'female', deceased: false }, { personId: 'son', sex: 'male', deceased: false }],
  relatives: [{ key: 'father', label: '夫（故人）', sex: 'male', deceased: true, relationTo: 'mother', kind: 'spouse' }],
  memberIssues: [
    { personId: 'mother', field: 'care', issue: '介護サービス未利用' },
    { personId: 'son', field: 'finance', issue: '母の年金のみで生活' },
  ],
  strengths: '近所の友人が見守っている。',
  urgency: 'medium',
  urgencyNote: '',
};
const ctx = { householdPersonIds: ['mother', 'son'] };

describe('インテーク・アセスメントシート', () => {
  it('accepts a full sheet and keeps line breaks', () => {
    const parsed = ZAssessmentSheet.parse(sheet);
    expect(parsed.wishes).toContain('\n');
    expect(checkAssessmentSheet(parsed, ctx)).toEqual({ ok: true, value: parsed });
  });
  it('asks for 主訴 and 本人の意向 in Japanese', () => {
    const r = ZAssessmentSheet.safeParse({ ...sheet, chiefComplaint: ' ', wishes: '' });
    expect(r.success ? [] : r.error.issues.map((i) => i.message)).toEqual(['主訴を入力してください。', '本人の意向を入力してください。']);
  });
  it('refuses a field twice, a person outside the household, a relative attached to nobody', () => {
    expect(checkAssessmentSheet({ ...sheet, situations: [...sheet.situations, { field: 'care', situation: 'x' }] }, ctx)).toMatchObject({ ok: false, error: { details: { field: 'situations' } } });
    expect(checkAssessmentSheet({ ...sheet, memberIssues: [{ personId: 'neighbour', field: 'care', issue: 'x' }] }, ctx)).toMatchObject({ ok: false, error: { details: { personId: 'neighbour' } } });
    expect(checkAssessmentSheet({ ...sheet, members: [...sheet.members, { personId: 'mother', sex: null, deceased: false }] }, ctx)).toMatchObject({ ok: false, error: { details: { field: 'members' } } });
    const orphan = { key: 'aunt', label: '叔母', sex: 'female' as const, deceased: false, relationTo: 'nobody', kind: 'sibling' as const };
    expect(checkAssessmentSheet({ ...sheet, relatives: [orphan] }, ctx)).toMatchObject({ ok: false, error: { details: { field: 'relatives' } } });
  });
  it('can be revised from 支援決定 until closure, also once a plan is drafted', () => {
    for (const s of ['support_decided', 'assessment', 'plan_drafted', 'plan_approved', 'monitoring', 'review'] as const) expect(canRecordAssessment(s).ok).toBe(true);
    for (const s of ['intake', 'awaiting_consent', 'closed'] as const) expect(canRecordAssessment(s)).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
  });
  it('marks the national reporting items (bold frames on paper)', () => {
    expect(assessmentItems.filter((i) => i.reported).map((i) => i.key)).toEqual(['issueIds', 'employment', 'housing']);
    expect(isReportedItem('strengths')).toBe(false);
  });
});

describe('reportedFacts — what 実績報告 counts', () => {
  it('reads the latest version only', () => {
    const older = { version: 1, sheet: { ...sheet, employment: 'unemployed' as const, issueIds: ['work' as const] } };
    expect(reportedFacts([{ version: 2, sheet }, older])).toEqual([
      { item: 'issueIds', key: 'eight_fifty' },
      { item: 'issueIds', key: 'hikikomori' },
      { item: 'issueIds', key: 'elderly_care' },
      { item: 'employment', key: 'none' },
      { item: 'housing', key: 'owned' },
    ]);
    expect(reportedFacts([])).toEqual([]);
  });
  test.prop([fc.array(fc.record({ version: fc.integer({ min: 1, max: 50 }), issues: fc.array(fc.constantFrom('work' as const, 'housing' as const, 'health' as const)) }), { minLength: 1 })])(
    'a case counts at most once per key, however many versions or repeated issues',
    (vs) => {
      const facts = reportedFacts(vs.map((v) => ({ version: v.version, sheet: { ...sheet, issueIds: v.issues } })));
      const keys = facts.map((f) => `${f.item}:${f.key}`);
      expect(new Set(keys).size).toBe(keys.length);
      const top = Math.max(...vs.map((v) => v.version));
      const latest = vs.find((v) => v.version === top);
      expect(facts.filter((f) => f.item === 'issueIds').map((f) => f.key).sort()).toEqual([...new Set(latest?.issues)].sort());
    },
  );
});
