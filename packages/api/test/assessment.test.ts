// インテーク・アセスメントシート in versions and the genogram's facts (issue #10 item 7, ADR 0028), against the
// real database: the 8050 case of 見本町1-1 (父 一郎, 子 二郎; consent from 一郎 only).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '@kasane/db';
import { layoutGenogram } from '@kasane/domain';
import type { AssessmentSheet } from '@kasane/domain';
import { createHarness } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';
import { appCodeOf } from './support/outcome.js';

let h: Harness;
const T = '082031';
let caseId = '';
let father = '';
let son = '';
let householdId = '';

const sheet = (over: Partial<AssessmentSheet> = {}): AssessmentSheet => ({
  chiefComplaint: '父の介護と、同居の息子の今後の生活が心配。',
  wishes: '父：自宅で暮らし続けたい。\n息子のことは急がせたくない。',
  situations: [
    { field: 'care', situation: '要介護認定は未申請。\n入浴に介助が必要。' },
    { field: 'finance', situation: '父の年金のみ。' },
  ],
  issueIds: ['eight_fifty', 'elderly_care', 'eight_fifty'],
  employment: 'pension',
  housing: 'owned',
  members: [{ personId: father, sex: 'male', deceased: false }],
  relatives: [{ key: 'wife', label: '妻（故人）', sex: 'female', deceased: true, relationTo: father, kind: 'spouse' }],
  memberIssues: [{ personId: father, field: 'care', issue: '介護サービスにつながっていない' }],
  strengths: '近所の友人が毎日声をかけている。',
  urgency: 'medium',
  urgencyNote: '',
  ...over,
});

beforeAll(async () => {
  h = await createHarness();
  await asSystem(h.t.db, async (tx) => {
    const hh = await tx.household.findFirstOrThrow({ where: { municipalityCode: T, address: '土浦市見本町1-1' }, select: { id: true, persons: { select: { id: true }, orderBy: { birthDate: 'asc' } }, cases: { select: { id: true } } } });
    householdId = hh.id;
    caseId = hh.cases[0]?.id ?? '';
    father = hh.persons[0]?.id ?? '';
    son = hh.persons[1]?.id ?? '';
  });
});
afterAll(async () => h.close());

const audits = (action: string) => asSystem(h.t.db, (tx) => tx.auditEntry.findMany({ where: { municipalityCode: T, action, recordType: 'AssessmentSheet' }, select: { seq: true } }));

describe('インテーク・アセスメントシート', () => {
  it('records the first version and reads it back as the printed sheet does (labels, line breaks, 強み, reporting items)', async () => {
    const coordinator = await h.as('tsuchiura.coordinator');
    expect(await coordinator.staff.assessment.record({ caseId, expectedVersion: 0, sheet: sheet() })).toMatchObject({ version: 1 });
    const { versions } = await coordinator.staff.assessment.versions({ caseId });
    const [v] = versions;
    expect(v).toMatchObject({
      version: 1,
      writtenBy: '見本 調整',
      wishes: '父：自宅で暮らし続けたい。\n息子のことは急がせたくない。',
      strengths: '近所の友人が毎日声をかけている。',
      employment: { label: '年金生活' },
      housing: { label: '持家' },
      urgency: { label: '中' },
      reportedKeys: ['issueIds:eight_fifty', 'issueIds:elderly_care', 'employment:pension', 'housing:owned'],
    });
    expect(v?.situations.map((s) => s.fieldLabel)).toEqual(['介護', '家計・債務']);
    expect(v?.memberIssues).toEqual([{ personId: father, label: '本人（見本 一郎）', issues: [{ field: 'care', fieldLabel: '介護', issue: '介護サービスにつながっていない' }] }]);
    expect(v?.writtenAtWareki).toMatch(/^令和\d+年/);
    expect((await audits('write')).length).toBeGreaterThan(0);
  });

  it('keeps every version: a revision adds one, a stale revision is a conflict', async () => {
    const coordinator = await h.as('tsuchiura.coordinator');
    await coordinator.staff.assessment.record({ caseId, expectedVersion: 1, sheet: sheet({ chiefComplaint: '父の入浴の介助が難しくなった。' }) });
    expect(await appCodeOf(coordinator.staff.assessment.record({ caseId, expectedVersion: 1, sheet: sheet() }))).toBe('CONFLICT');
    const { versions } = await coordinator.staff.assessment.versions({ caseId });
    expect(versions.map((v) => [v.version, v.chiefComplaint])).toEqual([
      [2, '父の入浴の介助が難しくなった。'],
      [1, '父の介護と、同居の息子の今後の生活が心配。'],
    ]);
  });

  it('refuses someone outside the household and a field written twice', async () => {
    const coordinator = await h.as('tsuchiura.coordinator');
    const other = await asSystem(h.t.db, (tx) => tx.person.findFirstOrThrow({ where: { municipalityCode: T, NOT: { householdId } }, select: { id: true } }));
    expect(await appCodeOf(coordinator.staff.assessment.record({ caseId, expectedVersion: 2, sheet: sheet({ memberIssues: [{ personId: other.id, field: 'care', issue: 'x' }] }) }))).toBe('VALIDATION');
    expect(await appCodeOf(coordinator.staff.assessment.record({ caseId, expectedVersion: 2, sheet: sheet({ situations: [{ field: 'care', situation: 'a' }, { field: 'care', situation: 'b' }] }) }))).toBe('VALIDATION');
  });

  it('C12: writes about the son only on a basis for the son, and shows it only to whoever has one', async () => {
    const coordinator = await h.as('tsuchiura.coordinator');
    const aboutSon = sheet({ members: [{ personId: father, sex: 'male', deceased: false }, { personId: son, sex: 'male', deceased: false }], memberIssues: [{ personId: son, field: 'work', issue: '20年以上働いていない' }] });
    // 市 has no consent from 二郎 and did not record him
    expect(await appCodeOf(coordinator.staff.assessment.record({ caseId, expectedVersion: 2, sheet: aboutSon }))).toBe('CONSENT_REQUIRED');
    // 包括 recorded the household at intake: the son's identity is its own record
    const worker = await h.as('tsuchiura.worker');
    expect(await worker.staff.assessment.record({ caseId, expectedVersion: 2, sheet: aboutSon })).toMatchObject({ version: 3 });
    const forWorker = (await worker.staff.assessment.versions({ caseId })).versions[0];
    expect(forWorker?.memberIssues.map((m) => m.personId)).toEqual([son]);
    expect(forWorker?.hiddenMemberIssues).toBe(0);
    const forCity = (await coordinator.staff.assessment.versions({ caseId })).versions[0];
    expect(forCity?.memberIssues).toEqual([]);
    expect(forCity?.hiddenMemberIssues).toBe(1);
    expect(forCity?.members.map((m) => m.personId)).toEqual([father]);
    expect(JSON.stringify(forCity)).not.toContain('20年以上働いていない');
  });

  it('is not hidden once a plan is drafted, and not recorded before 支援決定', async () => {
    const coordinator = await h.as('tsuchiura.coordinator');
    const drafted = await asSystem(h.t.db, (tx) => tx.case.findFirstOrThrow({ where: { municipalityCode: T, status: 'plan_drafted' }, select: { id: true } }));
    expect(await coordinator.staff.assessment.record({ caseId: drafted.id, expectedVersion: 0, sheet: sheet({ members: [], relatives: [], memberIssues: [] }) })).toMatchObject({ version: 1 });
    const awaiting = await asSystem(h.t.db, (tx) => tx.case.findFirstOrThrow({ where: { municipalityCode: T, status: 'awaiting_consent' }, select: { id: true } }));
    expect(await appCodeOf(coordinator.staff.assessment.record({ caseId: awaiting.id, expectedVersion: 0, sheet: sheet({ members: [], relatives: [], memberIssues: [] }) }))).toBe('INVALID_TRANSITION');
  });
});

describe('genogram facts', () => {
  it('draws the household the worker may see, the sheet’s relatives and the organisations of the case', async () => {
    const worker = await h.as('tsuchiura.worker');
    await worker.staff.householdMember.setRelation({ personId: father, relatedPersonId: son, kind: 'child', livesTogether: true });
    const g = await worker.staff.assessment.genogram({ caseId });
    expect(g.persons.map((p) => [p.label, p.sex, p.deceased, p.isSubject, p.livesTogether])).toEqual([
      ['見本 一郎', 'male', false, true, true],
      ['見本 二郎', 'male', false, false, true],
      ['妻（故人）', 'female', true, false, false],
    ]);
    expect(g.relations).toEqual(expect.arrayContaining([{ from: father, to: son, kind: 'child' }, { from: father, to: 'wife', kind: 'spouse' }]));
    expect(g.organisations.map((o) => o.role)).toContain('受付機関');
    const layout = layoutGenogram(g);
    expect(layout.nodes.find((n) => n.id === son)?.generation).toBe(1);
    expect(layout.description[0]).toBe('見本 一郎（本人・男性・第1世代・同居）');
  });
});

describe('the forms of a case on paper', () => {
  it('gives every form its header (municipality, 和暦, lawful basis) and the case’s records, audited', async () => {
    const coordinator = await h.as('tsuchiura.coordinator');
    await coordinator.staff.caseRecord.addEntry({ caseId, occurredAt: new Date('2026-11-10T01:00:00Z'), method: 'home_visit', counterpart: '本人', actedBy: '見本 調整', content: '自宅を訪問し、\n入浴の様子を確認した。', nextStep: '介護保険の申請', nextDate: '2026-12-01' });
    const f = await coordinator.staff.forms.ofCase({ caseId });
    expect(f.header).toMatchObject({ municipalityName: '土浦市', hasConsent: true });
    expect(f.header.basisText).toContain('同意');
    expect(f.header.printedAtWareki).toMatch(/^令和/);
    expect(f.person?.name).toBe('見本 一郎');
    expect(f.person?.birthDateWareki).toMatch(/^昭和19年5月10日（\d+歳）$/);
    expect(f.intake?.channel).toBe('窓口');
    expect(f.intake?.issues).toContain('8050');
    expect(f.assessment?.version).toBe(3);
    expect(f.assessment?.hiddenMemberIssues).toBe(1);
    expect(f.progress.at(-1)).toMatchObject({ method: '訪問', content: '自宅を訪問し、\n入浴の様子を確認した。', next: '介護保険の申請 令和8年12月1日' });
    const audited = await asSystem(h.t.db, (tx) => tx.auditEntry.count({ where: { municipalityCode: T, recordType: 'CaseForms' } }));
    expect(audited).toBeGreaterThan(0);
  });
});
