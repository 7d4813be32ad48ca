// Issue #8: duplicate detection that does not leak, and a coordination list that shows nothing the
// policy refuses. Each case here failed on the code before: any staff role could search, `%` listed
// the municipality, an address alone listed a 町, a person without basis came back with name, birth
// year and district, and the coordination list showed status and 被保護 of refused cases, one audit
// entry per case.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '@kasane/db';
import { normaliseKana } from '@kasane/domain';
import { createHarness } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';

let h: Harness;
const tsuchiura = '082031';
let orgs: Record<string, string>;
let refusedCase: string;
let ownCases: string[];
let stranger: string; // recorded by 地域包括 (the worker's organisation); nobody else has a basis

async function audit(recordType: string) {
  return h.t.db.prisma.$queryRaw<{ action: string; recordId: string; legalBasis: string; basisRef: string | null; actorRole: string }[]>`
    SELECT action, "recordId", "legalBasis", "basisRef", "actorRole" FROM "AuditEntry" WHERE "recordType" = ${recordType} ORDER BY seq`;
}

beforeAll(async () => {
  h = await createHarness();
  await asSystem(h.t.db, async (tx) => {
    const rows = await tx.organisation.findMany({ where: { municipalityCode: tsuchiura }, select: { id: true, kind: true } });
    orgs = Object.fromEntries(rows.map((o) => [o.kind, o.id]));
    const person = async (family: string, kana: string, given: string, givenKana: string, createdBy: string | null, address: string, onPublicAssistance = false) => {
      const household = await tx.household.create({ data: { municipalityCode: tsuchiura, address, onPublicAssistance, publicAssistanceOfficeId: onPublicAssistance ? (orgs.public_assistance_office ?? null) : null } });
      const p = await tx.person.create({
        data: { municipalityCode: tsuchiura, householdId: household.id, familyName: family, givenName: given, familyNameKana: kana, givenNameKana: givenKana, nameKanaKey: normaliseKana(kana + givenKana), nameKey: family + given, birthDate: new Date('1961-07-07T00:00:00Z'), createdByOrganisationId: createdBy },
      });
      return { personId: p.id, householdId: household.id };
    };
    const s = await person('秘匿', 'ヒトク', '太郎', 'タロウ', orgs.community_general_support_center ?? null, '土浦市見本町5-5');
    stranger = s.personId;
    for (let i = 0; i < 12; i += 1) await person('多田', 'タダ', `${i}`, 'イチ', orgs.community_general_support_center ?? null, `土浦市見本町6-${i}`);
    await person('安藤', 'アンドウ', '下線', 'カセン', orgs.community_general_support_center ?? null, '土浦市見本町7-7');
    // the coordination list of the disability organisation: two cases of its own, one where it only takes part
    ownCases = [];
    for (const given of ['一', '二']) {
      const p = await person('協働', 'キョウドウ', given, 'イチ', null, '土浦市見本町8-8');
      ownCases.push((await tx.case.create({ data: { municipalityCode: tsuchiura, householdId: p.householdId, primaryPersonId: p.personId, ownerOrganisationId: orgs.disability_consultation ?? '', status: 'assessment', issueIds: [] } })).id);
    }
    const other = await person('非開示', 'ヒカイジ', '花', 'ハナ', null, '土浦市見本町9-1', true);
    const c = await tx.case.create({ data: { municipalityCode: tsuchiura, householdId: other.householdId, primaryPersonId: other.personId, ownerOrganisationId: orgs.npo ?? '', status: 'monitoring', issueIds: [] } });
    await tx.caseParticipant.create({ data: { municipalityCode: tsuchiura, caseId: c.id, organisationId: orgs.disability_consultation ?? '', role: '参加' } });
    refusedCase = c.id;
  });
});
afterAll(async () => h.close());

describe('who may search for existing records', () => {
  it.each(['tsuchiura.member', 'tsuchiura.auditor'])('refuses %s: only roles that take intakes search', async (login) => {
    const caller = await h.as(login);
    await expect(caller.staff.intake.findCandidates({ kana: 'ヒトク' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('what a search must say', () => {
  it.each([{ kana: '%' }, { name: '%%%%' }, { kana: '＿＿' }, { address: '土浦市見本町' }, { birthDate: '1961-07-07' }, { kana: 'ヒ' }])('refuses %j: a name or reading of two letters is needed', async (input) => {
    const worker = await h.as('tsuchiura.worker');
    await expect(worker.staff.intake.findCandidates(input)).rejects.toThrow('氏名またはフリガナを2文字以上入力してください');
  });

  it('takes `_` literally: アン_ is no prefix of アンドウ', async () => {
    const worker = await h.as('tsuchiura.worker');
    const r = await worker.staff.intake.findCandidates({ kana: 'アン_' });
    expect(r.items).toEqual([]);
    const plain = await worker.staff.intake.findCandidates({ kana: 'アンド' });
    expect(plain.items.some((i) => i.kind === 'hint' && i.name === '安藤 下線')).toBe(true);
  });

  it('caps the answer at ten and says so', async () => {
    const worker = await h.as('tsuchiura.worker');
    const r = await worker.staff.intake.findCandidates({ kana: 'タダ' });
    expect(r.items).toHaveLength(10);
    expect(r.capped).toBe(true);
  });
});

describe('a possible match without a basis says nothing about the person', () => {
  it('gives the disability organisation only that a match exists, and the recording organisation the hint', async () => {
    const disability = await h.as('tsuchiura.disability');
    const r = await disability.staff.intake.findCandidates({ kana: 'ヒトクタロウ', birthDate: '1961-07-07' });
    expect(r.items.length).toBeGreaterThan(0);
    expect(r.items.every((i) => i.kind === 'possible_match')).toBe(true);
    expect(r.items.map((i) => Object.keys(i))).toEqual(r.items.map(() => ['kind']));
    const text = JSON.stringify(r);
    for (const leak of ['秘匿', '太郎', '1961', '見本町', stranger]) expect(text).not.toContain(leak);
    const worker = await h.as('tsuchiura.worker');
    const own = await worker.staff.intake.findCandidates({ kana: 'ヒトクタロウ' });
    expect(own.items[0]).toMatchObject({ kind: 'hint', personId: stranger, name: '秘匿 太郎', birthYear: 1961, district: '見本町' });
  });

  it('audits every search: who, the fields used (not what was typed) and how many answers of each kind', async () => {
    const disability = await h.as('tsuchiura.disability');
    await disability.staff.intake.findCandidates({ kana: 'ヒトクタロウ' });
    const entry = (await audit('DuplicateSearch')).at(-1);
    expect(entry).toMatchObject({ action: 'search', actorRole: 'consultation_worker', recordId: '-' });
    expect(entry?.basisRef).toMatch(/^searched:name=0,kana=6,birthDate=0,address=0;hints:0;possible:[1-9]/u);
    expect(entry?.basisRef).not.toContain('ヒトク');
    const worker = await h.as('tsuchiura.worker');
    await worker.staff.intake.findCandidates({ kana: 'ヒトクタロウ' });
    expect((await audit('DuplicateSearch')).at(-1)?.recordId).toBe(stranger);
    expect((await audit('DuplicateHint')).at(-1)).toMatchObject({ action: 'read', recordId: stranger, legalBasis: 'own_case' });
  });
});

describe('the coordination list', () => {
  it('lists only cases the organisation may read — no status or 被保護 of the others — and audits the list once', async () => {
    const disability = await h.as('tsuchiura.disability');
    const before = (await audit('CaseList')).length;
    const list = await disability.staff.coordination.find();
    expect(list.map((c) => c.id)).not.toContain(refusedCase);
    expect(list.map((c) => c.id)).toEqual(expect.arrayContaining(ownCases));
    expect(list.every((c) => c.name.length > 0)).toBe(true);
    const entries = (await audit('CaseList')).slice(before);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.legalBasis).toBe('own_case');
  });
});
