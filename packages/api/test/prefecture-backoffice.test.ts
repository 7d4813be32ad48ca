// Issue #11, prefecture side, against the real database: statuses with source and history (item 5),
// statistics only from submitted reports as frozen releases (item 8; the overview no longer counts live),
// 交付金 totals from the standing submissions (item 9), the 体制 comparison (item 7) and contacts (item 12).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { asSystem } from '@kasane/db';
import { createHarness } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

async function refusal(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(TRPCError);
    return { code: (e as TRPCError).code, message: (e as TRPCError).message };
  }
  throw new Error('expected a refusal');
}

const pref = () => h.as('ibaraki.pref');

async function addConsultation(code: string) {
  await asSystem(h.t.db, async (tx) => {
    const org = await tx.organisation.findFirstOrThrow({ where: { municipalityCode: code }, select: { id: true } });
    const user = await tx.user.findFirstOrThrow({ where: { municipalityCode: code }, select: { id: true } });
    await tx.consultation.create({ data: { municipalityCode: code, organisationId: org.id, receivedByUserId: user.id, receivedAt: new Date('2026-11-20T00:30:00Z'), channel: 'phone', consulterType: 'self', issueIds: ['work'], summary: '差分の検証' } });
  });
}

describe('the overview cannot be differenced (item 8, the 水戸市 case)', () => {
  it('gives the same figures before and after a consultation is recorded', async () => {
    const before = await (await pref()).prefecture.municipality.find();
    await addConsultation('082031');
    const after = await (await pref()).prefecture.municipality.find();
    expect(after.consultationsTotal).toBe(before.consultationsTotal);
    expect(after.municipalities.map((m) => m.consultations)).toEqual(before.municipalities.map((m) => m.consultations));
  });
});

describe('statistics from submitted reports, frozen releases (item 8)', () => {
  it('publishes a closed year once, from the first submissions, suppressed', async () => {
    const p = await pref();
    expect(await refusal(p.prefecture.statistics.publish({ fiscalYear: 2026 }))).toMatchObject({ code: 'CONFLICT' });
    expect(await refusal(p.prefecture.statistics.publish({ fiscalYear: 2025 }))).toMatchObject({ code: 'BAD_REQUEST' });
    await (await h.as('tsuchiura.admin')).staff.annualReport.submit({ fiscalYear: 2025 });
    await (await h.as('koga.admin')).staff.annualReport.submit({ fiscalYear: 2025 });
    expect((await p.prefecture.statistics.releases()).years).toEqual([expect.objectContaining({ fiscalYear: 2025, submitted: 2, released: null, closed: true })]);
    expect(await p.prefecture.statistics.publish({ fiscalYear: 2025 })).toEqual({ fiscalYear: 2025, municipalities: 2 });
    const release = await p.prefecture.statistics.get({ fiscalYear: 2025 });
    expect(release.tables.map((t) => t.family)).toContain('consultations');
    for (const t of release.tables) for (const r of t.rows) for (const v of [...r.cells, r.total]) expect(v === null || v === 0 || v >= 5).toBe(true);
    expect(await refusal(p.prefecture.statistics.publish({ fiscalYear: 2025 }))).toMatchObject({ code: 'CONFLICT' });
    const csv = await p.prefecture.statistics.exportCsv({ fiscalYear: 2025 });
    expect(csv.csv.startsWith('\uFEFF年度,表,市町村コード,市町村,項目,件数\r\n')).toBe(true);
    // a second version submitted later changes nothing published
    await (await h.as('tsuchiura.admin')).staff.annualReport.submit({ fiscalYear: 2025 });
    expect(await p.prefecture.statistics.get({ fiscalYear: 2025 })).toEqual(release);
    expect((await p.prefecture.statistics.trend()).map((y) => y.fiscalYear)).toEqual([2025]);
    expect((await p.prefecture.municipality.find()).fiscalYear).toBe(2025);
  });
});

describe('statuses with source and history (item 5)', () => {
  it('sets a status over the seeded list, keeps the history, and refuses another prefecture', async () => {
    const p = await pref();
    await p.prefecture.status.set({ municipalityCode: '082031', fiscalYear: 2026, status: 'implementing', source: '県の聞き取り', sourceDate: '2026-10-01' });
    await p.prefecture.status.set({ municipalityCode: '082031', fiscalYear: 2026, status: 'transition', source: '県の実態調査', sourceDate: '2026-11-01' });
    const history = await p.prefecture.status.history({ municipalityCode: '082031' });
    expect(history.current.find((s) => s.fiscalYear === 2026)).toMatchObject({ status: 'transition', source: '県の実態調査', sourceDate: '2026-11-01' });
    expect(history.history.filter((s) => s.fiscalYear === 2026 && s.changedAt !== null).map((s) => s.status)).toEqual(['implementing', 'transition']);
    const overview = await p.prefecture.municipality.find();
    expect(overview.statusYears).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    expect(overview.municipalities.find((m) => m.code === '082031')?.statuses.find((s) => s.fiscalYear === 2026)?.status).toBe('transition');
    expect(await refusal((await h.as('nagano.pref')).prefecture.status.set({ municipalityCode: '082031', fiscalYear: 2026, status: 'unknown', source: 'x', sourceDate: '2026-11-01' }))).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('交付金 totals, 体制 comparison and contacts (items 9, 7, 12)', () => {
  it('totals the standing submissions only, by part, with the prefecture share', async () => {
    const admin = await h.as('tsuchiura.admin');
    const line = { partId: 'coordination' as const, standardAmount: 12_000_000, expenditure: 11_234_567, totalCost: 11_500_000, otherIncome: 0, nationalRate: null, prefectureRate: null, adjustmentRate: null };
    await admin.staff.grant.saveLine({ fiscalYear: 2026, line });
    const p = await pref();
    expect((await p.prefecture.grant.totals({ fiscalYear: 2026 })).lines).toEqual([]);
    await admin.staff.grant.submit({ fiscalYear: 2026 });
    const totals = await p.prefecture.grant.totals({ fiscalYear: 2026 });
    expect(totals.byPart).toEqual([expect.objectContaining({ partId: 'coordination', base: 11_234_567, prefecture: 2_808_000, municipalities: 1 })]);
    expect(totals.prefectureTotal).toBe(2_808_000);
  });

  it('compares 2–6 of its own municipalities and lists contacts', async () => {
    const admin = await h.as('tsuchiura.admin');
    await admin.staff.structure.saveProfile({ fiscalYear: 2026, data: { population: 140_000, lead: '社協が現場を束ねる', coordinators: '地域ケアコーディネーター', participationApproach: '', communityApproach: '', notes: '', contactName: '福祉総務課', contactPhone: '029-000-0000', contactEmail: '' } });
    const p = await pref();
    const cmp = await p.prefecture.structure.compare({ codes: ['082031', '082040'], fiscalYear: 2026 });
    expect(cmp.municipalities.map((m) => [m.name, m.population, m.lead])).toEqual([['土浦市', 140_000, '社協が現場を束ねる'], ['古河市', null, '']]);
    expect(await refusal(p.prefecture.structure.compare({ codes: ['082031'], fiscalYear: 2026 }))).toMatchObject({ code: 'BAD_REQUEST' });
    expect(await refusal(p.prefecture.structure.compare({ codes: ['082031', '202029'], fiscalYear: 2026 }))).toMatchObject({ code: 'NOT_FOUND' });
    const contacts = await p.prefecture.contact.find();
    expect(contacts.find((c) => c.code === '082031')).toMatchObject({ contactName: '福祉総務課', contactPhone: '029-000-0000', fiscalYear: 2026 });
  });
});
