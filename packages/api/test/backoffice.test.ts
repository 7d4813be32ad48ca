// Issue #11 items 1–3 against the real database: the 体制 by fiscal year with the coverage check and the
// profile, the 交付金 sheet through the domain calculator with submit / lock / new version, and the
// 実績報告 counted in SQL for a JST fiscal year, exported as CSV and submitted once the year is closed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import Encoding from 'encoding-japanese';
import { asSystem } from '@kasane/db';
import { computeGrant } from '@kasane/domain';
import { createHarness } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

async function refusal(p: Promise<unknown>): Promise<{ code: string; appCode?: string; message: string }> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(TRPCError);
    const app = e as TRPCError & { appCode?: string };
    return { code: app.code, ...(app.appCode ? { appCode: app.appCode } : {}), message: app.message };
  }
  throw new Error('expected a refusal');
}

const admin = () => h.as('tsuchiura.admin');
const organisationOf = async (kind: string) =>
  asSystem(h.t.db, async (tx) => (await tx.organisation.findFirstOrThrow({ where: { municipalityCode: '082031', kind }, select: { id: true } })).id);

describe('体制 by fiscal year (item 1)', () => {
  it('records 直営 and 委託 of one part, shows what is still missing, and keeps years apart', async () => {
    const c = await admin();
    const shakyo = await organisationOf('social_welfare_council');
    const city = await organisationOf('municipal_department');
    const base = { contractFrom: null, contractTo: null, dedicatedStaff: 1, concurrentStaff: 2, qualifications: ['社会福祉士', ' 保健師 ', '社会福祉士'] };
    await c.staff.structure.addDelivery({ fiscalYear: 2026, data: { ...base, partId: 'coordination', mode: 'direct', organisationId: city } });
    await c.staff.structure.addDelivery({
      fiscalYear: 2026,
      data: { ...base, partId: 'coordination', mode: 'entrusted', organisationId: shakyo, contractFrom: '2026-04-01', contractTo: '2027-03-31' },
    });
    const s = await c.staff.structure.get({ fiscalYear: 2026 });
    expect(s.canEdit).toBe(true);
    expect(s.deliveries.map((d) => [d.partId, d.mode, d.qualifications])).toEqual([
      ['coordination', 'direct', ['社会福祉士', '保健師']],
      ['coordination', 'entrusted', ['社会福祉士', '保健師']],
    ]);
    // 6号 comes with 5号; the other eleven parts are missing
    expect(s.coverage.complete).toBe(false);
    expect(s.coverage.missing).toHaveLength(11);
    expect(s.coverage.missing.map((m) => m.partId)).not.toContain('support_plan');
    expect((await c.staff.structure.get({ fiscalYear: 2025 })).deliveries).toEqual([]);
  });

  it('refuses 委託 without a contractor and a contract that ends before it starts', async () => {
    const c = await admin();
    const data = { partId: 'outreach' as const, mode: 'entrusted' as const, organisationId: null, contractFrom: null, contractTo: null, dedicatedStaff: 0, concurrentStaff: 0, qualifications: [] };
    const unnamed = await refusal(c.staff.structure.addDelivery({ fiscalYear: 2026, data }));
    expect(unnamed.code).toBe('BAD_REQUEST');
    expect(unnamed.message).toContain('委託先');
    const shakyo = await organisationOf('social_welfare_council');
    const backwards = { ...data, organisationId: shakyo, contractFrom: '2027-03-31', contractTo: '2026-04-01' };
    expect(await refusal(c.staff.structure.addDelivery({ fiscalYear: 2026, data: backwards }))).toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('saves the profile per year, copies a year into the next once, and the coordinator only reads', async () => {
    const c = await admin();
    const profile = { population: 140_000, lead: '社協が現場を束ねる（市は後方支援）', coordinators: '地域ケアコーディネーター', participationApproach: '第4次地域福祉計画に位置づけ', communityApproach: '生活支援体制整備事業が中心', notes: '', contactName: '福祉総務課 見本', contactPhone: '029-000-0000', contactEmail: '' };
    await c.staff.structure.saveProfile({ fiscalYear: 2026, data: profile });
    expect((await c.staff.structure.get({ fiscalYear: 2026 })).profile).toMatchObject(profile);
    // the meeting bodies come from the meeting types, with what the records say for the year
    expect((await c.staff.structure.get({ fiscalYear: 2026 })).meetingBodies.map((b) => b.name)).toContain('スクラムネット');
    expect(await c.staff.structure.copyPreviousYear({ fiscalYear: 2027 })).toEqual({ copied: 2 });
    const next = await c.staff.structure.get({ fiscalYear: 2027 });
    expect(next.profile).toMatchObject({ population: 140_000, fiscalYear: 2027 });
    expect(await refusal(c.staff.structure.copyPreviousYear({ fiscalYear: 2027 }))).toMatchObject({ code: 'CONFLICT' });

    const coordinator = await h.as('tsuchiura.coordinator');
    expect((await coordinator.staff.structure.get({ fiscalYear: 2026 })).canEdit).toBe(false);
    expect(await refusal(coordinator.staff.structure.saveProfile({ fiscalYear: 2026, data: profile }))).toMatchObject({ appCode: 'ROLE_FORBIDDEN' });
    expect(await refusal((await h.as('tsuchiura.worker')).staff.structure.get({ fiscalYear: 2026 }))).toMatchObject({ appCode: 'ROLE_FORBIDDEN' });
  });
});

describe('交付金 by fiscal year (item 2)', () => {
  const line = { partId: 'coordination' as const, standardAmount: 12_000_000, expenditure: 11_234_567, totalCost: 11_500_000, otherIncome: 0, nationalRate: null, prefectureRate: null, adjustmentRate: null };

  it('computes every part with the domain calculator, R4 and R5 side by side', async () => {
    const c = await admin();
    await c.staff.grant.saveLine({ fiscalYear: 2023, line });
    await c.staff.grant.saveLine({ fiscalYear: 2023, line: { ...line, partId: 'consult.disability', standardAmount: 8_000_000, expenditure: 8_000_000, totalCost: 8_000_000, nationalRate: '1/2', prefectureRate: '1/4' } });
    const g = await c.staff.grant.get({ fiscalYear: 2023, compareWith: 2022 });
    const cli = computeGrant({ fiscalYear: 2023, partId: 'coordination', standardAmount: 12_000_000, expenditure: 11_234_567, totalCost: 11_500_000 });
    expect(cli.ok && g.sheet?.lines.find((l) => l.partId === 'coordination')).toEqual(cli.ok ? cli.value : null);
    expect(g.sheet?.totals).toMatchObject({ base: 19_234_567, national: 5_617_000 + 4_000_000, prefecture: 2_808_000 + 2_000_000 });
    expect(g.comparison?.sheet?.totals.prefecture).toBe(2_000_000);
    expect(g.sheet && g.sheet.totals.national + g.sheet.totals.prefecture + g.sheet.totals.premium + g.sheet.totals.municipality).toBe(19_234_567);
  });

  it('refuses a rate above its cap (「以内」)', async () => {
    const c = await admin();
    const over = { ...line, partId: 'consult.child' as const, nationalRate: '3/4' };
    expect(await refusal(c.staff.grant.saveLine({ fiscalYear: 2023, line: over }))).toMatchObject({ code: 'BAD_REQUEST', appCode: 'RATE_ABOVE_CAP' });
  });

  it('locks the year once submitted, and a new version keeps the history', async () => {
    const c = await admin();
    const first = await c.staff.grant.submit({ fiscalYear: 2023 });
    expect(first.version).toBe(1);
    expect((await c.staff.grant.get({ fiscalYear: 2023, compareWith: null })).locked).toBe(true);
    expect(await refusal(c.staff.grant.saveLine({ fiscalYear: 2023, line: { ...line, expenditure: 1 } }))).toMatchObject({ code: 'CONFLICT' });
    expect(await refusal(c.staff.grant.submit({ fiscalYear: 2023 }))).toMatchObject({ code: 'CONFLICT' });
    await c.staff.grant.reopen({ fiscalYear: 2023 });
    await c.staff.grant.saveLine({ fiscalYear: 2023, line: { ...line, expenditure: 10_000_000 } });
    expect((await c.staff.grant.submit({ fiscalYear: 2023 })).version).toBe(2);
    const g = await c.staff.grant.get({ fiscalYear: 2023, compareWith: null });
    expect(g.submissions.map((s) => [s.version, s.supersededAt === null])).toEqual([[2, true], [1, false]]);
    expect(g.submissions[1]?.lines.find((l) => l.partId === 'coordination')?.base).toBe(11_234_567);
    expect(g.submissions[0]?.lines.find((l) => l.partId === 'coordination')?.base).toBe(10_000_000);
  });
});

describe('実績報告 (item 3)', () => {
  it('counts the records of the JST fiscal year in SQL, by channel, field and issue', async () => {
    const c = await admin();
    const r = await c.staff.annualReport.get({ fiscalYear: 2026 });
    const counts = await asSystem(h.t.db, async (tx) => ({
      total: await tx.consultation.count({ where: { municipalityCode: '082031', receivedAt: { gte: new Date('2026-03-31T15:00:00Z'), lt: new Date('2027-03-31T15:00:00Z') } } }),
      phone: await tx.consultation.count({ where: { municipalityCode: '082031', channel: 'phone', receivedAt: { gte: new Date('2026-03-31T15:00:00Z'), lt: new Date('2027-03-31T15:00:00Z') } } }),
    }));
    expect(counts.total).toBeGreaterThan(0);
    expect(r.rows.find((x) => x.metric === 'consultations')?.value).toBe(counts.total);
    expect(r.rows.find((x) => x.metric === 'consultations.channel' && x.key === 'phone')?.value ?? 0).toBe(counts.phone);
    expect(r.rows.find((x) => x.metric === 'consultations.field')).toBeDefined();
    expect(r.closed).toBe(false);
  });

  it('puts a consultation at 00:30 on 1 April (JST) in the new fiscal year', async () => {
    await asSystem(h.t.db, async (tx) => {
      const org = await tx.organisation.findFirstOrThrow({ where: { municipalityCode: '082031' }, select: { id: true } });
      const user = await tx.user.findFirstOrThrow({ where: { municipalityCode: '082031' }, select: { id: true } });
      await tx.consultation.create({ data: { municipalityCode: '082031', organisationId: org.id, receivedByUserId: user.id, receivedAt: new Date('2025-03-31T15:30:00Z'), channel: 'window', consulterType: 'self', issueIds: ['work'], summary: '年度境界' } });
    });
    const c = await admin();
    const fy2025 = await c.staff.annualReport.get({ fiscalYear: 2025 });
    const fy2024 = await c.staff.annualReport.get({ fiscalYear: 2024 });
    expect(fy2025.rows.find((x) => x.metric === 'consultations.issue' && x.key === 'work')?.value).toBe(1);
    expect(fy2024.rows.find((x) => x.metric === 'consultations')?.value).toBe(0);
  });

  it('counts the assessment sheet 国への報告事項 per case from its latest version of the year, without personal data', async () => {
    await asSystem(h.t.db, async (tx) => {
      const [a, b] = await tx.case.findMany({ where: { municipalityCode: '082031' }, select: { id: true }, orderBy: { id: 'asc' }, take: 2 });
      const user = await tx.user.findFirstOrThrow({ where: { municipalityCode: '082031', organisationId: { not: null } }, select: { id: true, organisationId: true } });
      const row = (caseId: string, version: number, at: string, reportedKeys: string[]) => ({
        municipalityCode: '082031', caseId, version, sheet: {}, reportedKeys, writtenByUserId: user.id, writtenByOrganisationId: user.organisationId ?? '', writtenAt: new Date(at),
      });
      await tx.assessmentSheetVersion.createMany({
        data: [
          row(a?.id ?? '', 101, '2022-10-01T01:00:00Z', ['issueIds:work', 'employment:unemployed']),
          row(a?.id ?? '', 102, '2023-06-01T01:00:00Z', ['issueIds:work', 'issueIds:eight_fifty', 'employment:regular', 'housing:rented']),
          row(b?.id ?? '', 101, '2023-09-01T01:00:00Z', ['issueIds:work', 'housing:owned']),
          row(b?.id ?? '', 102, '2024-05-01T01:00:00Z', ['issueIds:work', 'housing:public']),
        ],
      });
    });
    const c = await admin();
    const fy2023 = await c.staff.annualReport.get({ fiscalYear: 2023 });
    const value = (rows: typeof fy2023.rows, metric: string, key = '') => rows.find((x) => x.metric === metric && x.key === key)?.value;
    expect(value(fy2023.rows, 'assessment.cases')).toBe(2);
    expect(value(fy2023.rows, 'assessment.issueIds', 'work')).toBe(2);
    expect(value(fy2023.rows, 'assessment.employment', 'regular')).toBe(1);
    expect(value(fy2023.rows, 'assessment.employment', 'unemployed')).toBeUndefined();
    expect(value(fy2023.rows, 'assessment.housing', 'owned')).toBe(1);
    expect(value(fy2023.rows, 'assessment.housing', 'public')).toBeUndefined();
    expect(fy2023.rows.find((x) => x.metric === 'assessment.employment' && x.key === 'regular')).toMatchObject({ metricLabel: 'アセスメント 就労状況別（ケース数）', keyLabel: '正社員・公務員' });
    expect(value(fy2023.rows, 'assessment.field', 'poverty')).toBe(2);
    const fy2024 = await c.staff.annualReport.get({ fiscalYear: 2024 });
    expect(value(fy2024.rows, 'assessment.cases')).toBe(1);
    expect(value(fy2024.rows, 'assessment.housing', 'public')).toBe(1);
    // counts only: no row carries an id, a name or free text
    expect(fy2023.rows.every((x) => Object.keys(x).sort().join() === 'key,keyLabel,metric,metricLabel,value')).toBe(true);
  });

  it('exports CSV for Excel: UTF-8 with a BOM, or Shift_JIS on request', async () => {
    const c = await h.as('tsuchiura.coordinator');
    const utf8 = await c.staff.annualReport.exportCsv({ fiscalYear: 2025, encoding: 'utf-8' });
    expect(utf8.content.startsWith('\uFEFF市町村コード,市町村,年度,項目,内訳,件数\r\n')).toBe(true);
    expect(utf8.content).toContain('082031,土浦市,令和7年度,相談受付件数（課題別）,仕事,1');
    const sjis = await c.staff.annualReport.exportCsv({ fiscalYear: 2025, encoding: 'shift_jis' });
    const bytes = [...Buffer.from(sjis.content, 'base64')];
    expect(Encoding.detect(bytes)).toBe('SJIS');
    expect(Encoding.convert(bytes, { to: 'UNICODE', from: 'SJIS', type: 'string' })).toBe(utf8.content.slice(1));
  });

  it('submits only a closed year, as a new version each time, by the administrator', async () => {
    const c = await admin();
    expect(await refusal(c.staff.annualReport.submit({ fiscalYear: 2026 }))).toMatchObject({ code: 'CONFLICT' });
    expect((await c.staff.annualReport.submit({ fiscalYear: 2025 })).version).toBe(1);
    expect((await c.staff.annualReport.get({ fiscalYear: 2025 })).submissions).toHaveLength(1);
    expect(await refusal((await h.as('tsuchiura.coordinator')).staff.annualReport.submit({ fiscalYear: 2025 }))).toMatchObject({ appCode: 'ROLE_FORBIDDEN' });
  });
});
