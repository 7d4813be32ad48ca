// The staff support flow against the real database: intake (C1), duplicate search with kana
// variants, merge, consent recording and withdrawal (C2, C6, C7, C12), the household view, the
// disclosure ledger and export (C11), lists that only show permitted rows, the 生活保護 link (C10).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '@kasane/db';
import { AppError } from '../src/errors.js';
import { createHarness } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';

let h: Harness;
const tsuchiura = '082031';
let orgs: Record<string, string>;
let ichiro: string; // 見本 一郎 (8050 parent; case owned by 地域包括)
let son: string; // 見本 二郎 (no consent of his own)
let hina: string; // 試験 陽菜, a child (case owned by the city)
let household1: string;
let kenta: string; // 見本 健太 (a consultation by 社協, no case)

beforeAll(async () => {
  h = await createHarness();
  const rows = await asSystem(h.t.db, (tx) => tx.organisation.findMany({ where: { municipalityCode: tsuchiura }, select: { id: true, kind: true } }));
  orgs = Object.fromEntries(rows.map((o) => [o.kind, o.id]));
  const people = await asSystem(h.t.db, (tx) =>
    tx.person.findMany({ where: { municipalityCode: tsuchiura }, select: { id: true, givenName: true, householdId: true } }),
  );
  const by = (given: string) => people.find((p) => p.givenName === given) ?? { id: '', householdId: '' };
  ichiro = by('一郎').id;
  son = by('二郎').id;
  hina = by('陽菜').id;
  household1 = by('一郎').householdId;
  kenta = by('健太').id;
});
afterAll(async () => h.close());

async function audit(recordType: string) {
  return h.t.db.prisma.$queryRaw<{ action: string; recordId: string; legalBasis: string; basisRef: string | null; actorRole: string }[]>`
    SELECT action, "recordId", "legalBasis", "basisRef", "actorRole" FROM "AuditEntry" WHERE "recordType" = ${recordType} ORDER BY seq`;
}

const sato = { familyName: '佐藤', givenName: '花子', familyNameKana: 'サトウ', givenNameKana: 'ハナコ', birthDate: '1950-04-03', relationship: '本人' };

describe('intake (C1)', () => {
  it('records a consultation for a new household, whatever the person, with 複合 computed', async () => {
    const worker = await h.as('tsuchiura.worker');
    const r = await worker.staff.intake.record({
      channel: 'phone',
      consulterType: 'family',
      consulterNote: '長女',
      household: { address: '土浦市見本町9-9' },
      persons: [sato, { familyName: '佐藤', givenName: '守', familyNameKana: 'さとう', givenNameKana: 'まもる', relationship: '子' }],
      issueIds: ['elderly_care', 'hikikomori'],
      summary: '母の介護と、同居する息子のひきこもりについて電話で相談。',
      triage: 'coordination',
    });
    expect(r.personIds).toHaveLength(2);
    expect(r.complex).toBe(true);
    // triaged to 多機関協働: the case opens with the receiving organisation, waiting for consent
    const opened = await asSystem(h.t.db, (tx) => tx.case.findUniqueOrThrow({ where: { id: r.caseId ?? '' }, select: { status: true, primaryPersonId: true, ownerOrganisationId: true } }));
    expect(opened).toEqual({ status: 'awaiting_consent', primaryPersonId: r.personIds[0], ownerOrganisationId: orgs.community_general_support_center });
    expect(r.fields).toEqual(['elderly', 'new']);
    const stored = await asSystem(h.t.db, (tx) => tx.person.findUniqueOrThrow({ where: { id: r.personIds[1] ?? '' } }));
    expect(stored.familyNameKana).toBe('サトウ');
    expect(stored.nameKanaKey).toBe('サトウマモル');
    expect((await audit('Consultation')).filter((e) => e.recordId === r.consultationId).map((e) => e.legalBasis)).toEqual(['intake', 'intake']);
  });

  it.each(['tsuchiura.worker', 'tsuchiura.disability', 'tsuchiura.outreach', 'tsuchiura.community', 'tsuchiura.welfare', 'tsuchiura.coordinator', 'tsuchiura.admin'])(
    'is never refused for %s, anonymous or about a person another organisation holds',
    async (login) => {
      const caller = await h.as(login);
      const anonymous = await caller.staff.intake.record({ channel: 'window', consulterType: 'anonymous', issueIds: ['foreign_national', 'domestic_violence'], summary: '名乗らずに相談。' });
      expect(anonymous.personIds).toEqual([]);
      expect(anonymous.complex).toBe(false);
      const existing = await caller.staff.intake.record({ channel: 'visit', consulterType: 'self', persons: [{ existingPersonId: kenta }], issueIds: ['work'], summary: '本人が来所。' });
      expect(existing.personIds).toEqual([kenta]);
    },
  );

  // issue #8: the menu never showed 相談受付 to a meeting member (民生委員) or the auditor; the API now agrees.
  it.each(['tsuchiura.member', 'tsuchiura.auditor'])('is not a window for %s: the intake and the duplicate search are refused', async (login) => {
    const caller = await h.as(login);
    const codeOf = (p: Promise<unknown>) => p.then(() => 'accepted', (e: unknown) => (e instanceof AppError ? e.appCode : String(e)));
    expect(await codeOf(caller.staff.intake.record({ channel: 'window', consulterType: 'anonymous', issueIds: ['work'], summary: '相談。' }))).toBe('ROLE_FORBIDDEN');
    expect(await codeOf(caller.staff.intake.findCandidates({ name: 'サトウ' }))).toBe('ROLE_FORBIDDEN');
  });

  it('tells the worker in Japanese what is missing', async () => {
    const worker = await h.as('tsuchiura.worker');
    await expect(worker.staff.intake.record({ channel: 'phone', consulterType: 'self', summary: '' })).rejects.toThrow('相談の概要を入力してください');
  });
});

describe('duplicate candidates', () => {
  it.each(['ｻﾄｳ', 'さとう', 'サトウ', '佐藤', 'サトウ ハナコ', 'さとうはなこ'])('finds 佐藤 花子 typed as %s, with hints only to the organisation that recorded her', async (typed) => {
    const worker = await h.as('tsuchiura.worker');
    const r = await worker.staff.intake.findCandidates({ name: typed });
    const hit = r.items.find((i) => i.kind === 'hint' && i.name === '佐藤 花子');
    expect(hit).toBeDefined();
    expect(Object.keys(hit ?? {}).sort()).toEqual(['birthYear', 'district', 'householdId', 'kind', 'name', 'personId', 'sameBirthYear', 'score']);
    expect(hit).toMatchObject({ birthYear: 1950, district: '見本町' });
    expect(JSON.stringify(r)).not.toContain('見本町9-9');
  });

  it('ranks by date of birth and by address once a name or reading is given, and audits the search', async () => {
    const worker = await h.as('tsuchiura.worker');
    const byBirth = await worker.staff.intake.findCandidates({ kana: 'ミホン', birthDate: '1944-05-10' });
    expect(byBirth.items[0]).toMatchObject({ kind: 'hint', personId: ichiro, sameBirthYear: true });
    const byAddress = await worker.staff.intake.findCandidates({ kana: 'ミホン', address: '土浦市見本町1-1' });
    expect(byAddress.items.flatMap((i) => (i.kind === 'hint' ? [i.personId] : []))).toContain(ichiro);
    const entries = await audit('DuplicateSearch');
    expect(entries.at(-1)).toMatchObject({ action: 'search', legalBasis: 'intake', actorRole: 'consultation_worker' });
  });

  it('never returns another municipality’s people', async () => {
    const worker = await h.as('tsuchiura.worker');
    const r = await worker.staff.intake.findCandidates({ name: 'ヒナガタ' }); // 古河市's family name
    expect(r.items).toEqual([]);
  });
});

describe('merging two records of one person', () => {
  it('moves the consultation to the kept record and audits the merge', async () => {
    const worker = await h.as('tsuchiura.worker');
    const dup = await worker.staff.intake.record({
      channel: 'phone',
      consulterType: 'self',
      household: { address: '土浦市見本町1-1' },
      persons: [{ familyName: '見本', givenName: '一郎', familyNameKana: 'ﾐﾎﾝ', givenNameKana: 'ｲﾁﾛｳ', birthDate: '1944-05-10' }],
      summary: '重複して登録された相談。',
    });
    const duplicateId = dup.personIds[0] ?? '';
    const candidates = await worker.staff.intake.findCandidates({ kana: 'みほんいちろう', birthDate: '1944-05-10' });
    expect(candidates.items.map((i) => (i.kind === 'hint' ? i.personId : null))).toEqual(expect.arrayContaining([ichiro, duplicateId]));
    const merged = await worker.staff.intake.merge({ survivorId: ichiro, mergedId: duplicateId, reason: '同一人物（生年月日・住所が一致）' });
    expect(merged.moved.consultations).toEqual([dup.consultationId]);
    const consultation = await asSystem(h.t.db, (tx) => tx.consultation.findUniqueOrThrow({ where: { id: dup.consultationId } }));
    expect(consultation.personId).toBe(ichiro);
    const mergeEntry = (await audit('Person')).find((e) => e.action === 'merge' && e.recordId === duplicateId);
    expect(mergeEntry?.basisRef).toContain(ichiro);
    const after = await worker.staff.intake.findCandidates({ kana: 'みほんいちろう', birthDate: '1944-05-10' });
    expect(after.items.map((i) => (i.kind === 'hint' ? i.personId : null))).not.toContain(duplicateId);
  });

  it('refuses a merge by an organisation with no basis for one of the records', async () => {
    const disability = await h.as('tsuchiura.disability');
    const mine = await disability.staff.intake.record({ channel: 'window', consulterType: 'self', household: { address: '土浦市見本町1-1' }, persons: [{ familyName: '見本', familyNameKana: 'ミホン', givenName: '一郎', givenNameKana: 'イチロウ' }], summary: '相談。' });
    await expect(disability.staff.intake.merge({ survivorId: ichiro, mergedId: mine.personIds[0] ?? '', reason: '同一人物' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('consent (C2, C6, C7)', () => {
  let kenjiId: string;
  let consentId: string;

  beforeAll(async () => {
    const worker = await h.as('tsuchiura.worker');
    const r = await worker.staff.intake.record({
      channel: 'window',
      consulterType: 'self',
      household: { address: '土浦市見本町10-1' },
      persons: [{ familyName: '例示', givenName: '健二', familyNameKana: 'レイジ', givenNameKana: 'ケンジ', birthDate: '1970-01-01' }],
      issueIds: ['disability', 'work'],
      summary: '障害のある方の就労について。',
    });
    kenjiId = r.personIds[0] ?? '';
  });

  it('an organisation named in a recorded consent gains access at once; the ledger records the disclosure', async () => {
    const disability = await h.as('tsuchiura.disability');
    await expect(disability.staff.person.get({ personId: kenjiId })).rejects.toMatchObject({ code: 'FORBIDDEN', cause: undefined });
    const worker = await h.as('tsuchiura.worker');
    const r = await worker.staff.consent.recordConsent({ personId: kenjiId, organisationIds: [orgs.disability_consultation ?? ''], purposes: ['support', 'coordination'], method: 'written', obtainedAt: new Date('2026-11-19T00:00:00Z') });
    consentId = r.consentId;
    const p = await disability.staff.person.get({ personId: kenjiId });
    expect(p.basis.kind).toBe('consent');
    const ledger = await worker.staff.disclosure.find({ personId: kenjiId });
    expect(ledger.items[0]).toMatchObject({ recipientOrganisationId: orgs.disability_consultation, legalBasis: 'consent', basisRef: consentId, recordType: 'Person' });
  });

  it('lists what covers what, and gives the printable form its scope', async () => {
    const worker = await h.as('tsuchiura.worker');
    const list = await worker.staff.consent.find({ personId: kenjiId });
    expect(list.items[0]).toMatchObject({ id: consentId, status: 'active', methodLabel: '書面' });
    expect(list.coverage.find((c) => c.organisationId === orgs.disability_consultation)?.purposes.sort()).toEqual(['coordination', 'support']);
    const form = await worker.staff.consent.get({ consentId });
    expect(form.person.name).toBe('例示 健二');
    expect(form.consent.purposes.map((p) => p.label)).toContain('支援の実施');
  });

  it('a withdrawal removes that access from its moment (C6)', async () => {
    const worker = await h.as('tsuchiura.worker');
    await worker.staff.consent.withdrawConsent({ consentId, note: '本人の申し出' });
    const disability = await h.as('tsuchiura.disability');
    await expect(disability.staff.person.get({ personId: kenjiId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const list = await worker.staff.consent.find({ personId: kenjiId });
    expect(list.items[0]?.status).toBe('withdrawn');
    await expect(worker.staff.consent.withdrawConsent({ consentId })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('a child’s consent needs the guardian (C2), with the child’s view kept', async () => {
    const coordinator = await h.as('tsuchiura.coordinator');
    const base = { personId: hina, organisationIds: [orgs.municipal_department ?? ''], purposes: ['support' as const], method: 'written' as const, obtainedAt: new Date('2026-11-19T00:00:00Z') };
    await expect(coordinator.staff.consent.recordConsent(base)).rejects.toMatchObject({ message: '18歳未満の方には、保護者の同意が必要です。' });
    const ok = await coordinator.staff.consent.recordConsent({ ...base, guardian: { name: '試験 花子', relationship: '母', childView: '話を聞いてほしい。' } });
    const form = await coordinator.staff.consent.get({ consentId: ok.consentId });
    expect(form.consent.guardian).toEqual({ name: '試験 花子', relationship: '母', childView: '話を聞いてほしい。' });
  });

  it('refuses a consent for a person of another municipality', async () => {
    const other = await asSystem(h.t.db, (tx) => tx.person.findFirstOrThrow({ where: { municipalityCode: '082040' }, select: { id: true } }));
    const worker = await h.as('tsuchiura.worker');
    await expect(worker.staff.consent.recordConsent({ personId: other.id, organisationIds: [orgs.disability_consultation ?? ''], purposes: ['support'], method: 'oral', obtainedAt: new Date() })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('household view (世帯まるごと, C12)', () => {
  it('shows a member without a basis as present but without data, saying why', async () => {
    const outreach = await h.as('tsuchiura.outreach'); // 社協: named in the parent's consent only
    const hh = await outreach.staff.household.get({ householdId: household1 });
    const parent = hh.members.find((m) => m.id === ichiro);
    const hidden = hh.members.find((m) => m.id === son);
    expect(parent).toMatchObject({ visible: true, givenName: '一郎', basis: { kind: 'consent' } });
    expect(hidden).toMatchObject({ visible: false });
    expect(hidden && !hidden.visible ? hidden.reason : '').toContain('同意');
    expect(JSON.stringify(hidden)).not.toContain('二郎');
    expect(hh.overview.complex).toBe(true);
    expect(hh.timeline.length).toBeGreaterThan(0);
  });

  it('refuses a household the organisation has no basis for at all, as if it did not exist', async () => {
    const disability = await h.as('tsuchiura.disability');
    await expect(disability.staff.household.get({ householdId: household1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('lists show only permitted rows', () => {
  it.each(['tsuchiura.worker', 'tsuchiura.disability', 'tsuchiura.outreach', 'tsuchiura.welfare', 'tsuchiura.coordinator'])('persons for %s equal those the policy lets it read', async (login) => {
    const caller = await h.as(login);
    const list = await caller.staff.search.persons({ pageSize: 100 });
    const all = await asSystem(h.t.db, (tx) => tx.person.findMany({ where: { municipalityCode: tsuchiura, mergedIntoId: null }, select: { id: true } }));
    const permitted: string[] = [];
    for (const p of all) {
      const ok = await caller.staff.person.get({ personId: p.id }).then(
        () => true,
        () => false,
      );
      if (ok) permitted.push(p.id);
    }
    expect(list.items.map((i) => i.id).sort()).toEqual(permitted.sort());
    const keys = list.items.map((i) => i.familyNameKana + i.givenNameKana);
    expect(keys).toEqual([...keys].sort());
  });

  it('cases and households are filtered and paged on the server', async () => {
    const worker = await h.as('tsuchiura.worker');
    const cases = await worker.staff.search.cases({ pageSize: 50 });
    expect(cases.items.every((c) => c.basis.kind === 'own_case' || c.basis.kind === 'consent')).toBe(true);
    expect(cases.items.map((c) => c.name)).toContain('見本 一郎');
    const byIssue = await worker.staff.search.cases({ issueId: 'dementia' });
    expect(byIssue.items.map((c) => c.issues.map((i) => i.id)).every((ids) => ids.includes('dementia'))).toBe(true);
    const closed = await worker.staff.search.cases({ status: 'closed' });
    expect(closed.items.every((c) => c.status === 'closed')).toBe(true);
    const disability = await h.as('tsuchiura.disability');
    const none = await disability.staff.search.cases({});
    expect(none.items.map((c) => c.name)).not.toContain('見本 一郎');
    const households = await worker.staff.search.households({ q: 'ミホン', pageSize: 1 });
    expect(households.items.length).toBeLessThanOrEqual(1);
    expect(households.total).toBeGreaterThanOrEqual(1);
  });
});

describe('disclosure ledger and own-record export (C11)', () => {
  it('exports everything held on a person for the auditor, and audits the export', async () => {
    const auditor = await h.as('tsuchiura.auditor');
    const data = await auditor.staff.disclosure.exportPerson({ personId: ichiro });
    const section = (title: string) => data.document.sections.find((s) => s.title === title);
    expect(section('本人')?.rows[0]?.cells).toEqual(['氏名', '見本 一郎']);
    expect(section('同意')?.rows.length).toBeGreaterThan(0);
    expect(section('記録の統合（名寄せ）')?.rows.length).toBe(1);
    expect((await audit('PersonExport')).filter((e) => e.action === 'export')).toContainEqual(expect.objectContaining({ recordId: ichiro, legalBasis: 'audit', actorRole: 'auditor' }));
  });

  it('refuses the export to other roles', async () => {
    const worker = await h.as('tsuchiura.worker');
    await expect(worker.staff.disclosure.exportPerson({ personId: ichiro })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('生活保護 link (C10)', () => {
  it('an urgent referral appears at once in the 保護の実施機関’s queue, urgent first', async () => {
    const worker = await h.as('tsuchiura.worker');
    await worker.staff.household.referToProtection({ householdId: household1, urgent: false, reason: '家計の相談。' });
    const r = await worker.staff.household.referToProtection({ householdId: household1, personId: ichiro, urgent: true, reason: '所持金がなく食料もない。' });
    const welfare = await h.as('tsuchiura.welfare');
    const queue = await welfare.staff.protection.find({});
    expect(queue.items[0]).toMatchObject({ id: r.referralId, urgent: true, personName: '見本 一郎' });
    await expect(worker.staff.protection.find({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const ledger = await worker.staff.disclosure.find({ personId: ichiro });
    expect(ledger.items.map((i) => i.legalBasis)).toContain('protection_referral');
    await welfare.staff.protection.acknowledge({ referralId: r.referralId });
    expect((await welfare.staff.protection.find({})).items.map((i) => i.id)).not.toContain(r.referralId);
  });

  it('flags a household as 被保護 with its office, which then reads it on that basis', async () => {
    // only the coordinator or the office itself changes the flag (public-assistance.test.ts)
    const coordinator = await h.as('tsuchiura.coordinator');
    await coordinator.staff.household.setPublicAssistance({ householdId: household1, onPublicAssistance: true });
    const welfare = await h.as('tsuchiura.welfare');
    const p = await welfare.staff.person.get({ personId: son });
    expect(p.basis.kind).toBe('public_assistance_office');
    await coordinator.staff.household.setPublicAssistance({ householdId: household1, onPublicAssistance: false });
    // the flag's basis ends with the flag; the urgent referral made above is still the office's to act on (C10)
    expect((await welfare.staff.person.get({ personId: son })).basis.kind).toBe('protection_referral');
  });
});

describe('my work (ホーム)', () => {
  it('lists the organisation’s new intakes and cases still without consent', async () => {
    const worker = await h.as('tsuchiura.worker');
    const w = await worker.staff.work.get();
    expect(w.intakes.length).toBeGreaterThan(0);
    expect(w.protection).toBeNull();
    const welfare = await h.as('tsuchiura.welfare');
    expect((await welfare.staff.work.get()).protection).not.toBeNull();
  });
});
