// Issue #11 items 4 and 5 (ADR 0026) against the real database: the 実施計画 drafted from the records (who
// delivers each part, meeting bodies and how they connect, published windows and places) with the
// municipality's own sections saved per fiscal year, and the status a municipality declares for itself
// shown in the prefecture's table over the seeded list and the prefecture's changes, history kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { asSystem } from '@kasane/db';
import { createHarness, fixedNow } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

const code = '082031';
const confirmed = { lastConfirmedAt: new Date('2026-10-01') };
const windowBase = { ...confirmed, hours: [], languages: [], topics: [] };

describe('実施計画 drafted from the records (item 4)', () => {
  it('lists the delivery of all 13 parts, the meeting bodies with their joint bodies, and only published windows and places', async () => {
    const admin = await h.as('tsuchiura.admin');
    const shakyo = await asSystem(h.t.db, async (tx) => (await tx.organisation.findFirstOrThrow({ where: { municipalityCode: code, kind: 'social_welfare_council' }, select: { id: true, name: true } })));
    await admin.staff.structure.addDelivery({
      fiscalYear: 2026,
      data: { partId: 'outreach', mode: 'entrusted', organisationId: shakyo.id, contractFrom: '2026-04-01', contractTo: '2027-03-31', dedicatedStaff: 1, concurrentStaff: 0, qualifications: [] },
    });
    await asSystem(h.t.db, async (tx) => {
      await tx.consultationWindow.createMany({ data: [{ ...windowBase, municipalityCode: code, name: '計画用の公開窓口', published: true }, { ...windowBase, municipalityCode: code, name: '計画用の非公開窓口', published: false }] });
      await tx.communityPlace.createMany({ data: [{ ...confirmed, municipalityCode: code, name: '計画用の公開の場', kind: 'salon', audiences: [], accessibility: [], published: true }, { ...confirmed, municipalityCode: code, name: '計画用の非公開の場', kind: 'salon', audiences: [], accessibility: [], published: false }] });
      await tx.meetingType.updateMany({ where: { municipalityCode: code, name: 'スクラムネット' }, data: { jointBodyIds: ['community_care_meeting'] } });
    });

    const plan = await (await h.as('tsuchiura.coordinator')).staff.implementationPlan.get({ fiscalYear: 2026 });
    expect(plan.municipality).toEqual({ code, name: '土浦市' });
    expect(plan.canEdit).toBe(false);
    expect(plan.parts).toHaveLength(13);
    expect(plan.parts.find((p) => p.partId === 'outreach')?.deliveries).toEqual([{ mode: 'entrusted', organisationName: shakyo.name, contractFrom: '2026-04-01', contractTo: '2027-03-31' }]);
    expect(plan.missingParts).not.toContain(plan.parts.find((p) => p.partId === 'outreach')?.label);
    const scrum = plan.meetingBodies.find((b) => b.name === 'スクラムネット');
    expect(scrum?.jointBodies).toEqual(['地域ケア会議（介護保険法第115条の48）']);
    expect(scrum?.legalBasis).not.toBe('');
    expect(plan.windows.map((w) => w.name)).toContain('計画用の公開窓口');
    expect(plan.windows.map((w) => w.name)).not.toContain('計画用の非公開窓口');
    expect(plan.places.map((p) => p.name)).toContain('計画用の公開の場');
    expect(plan.places.map((p) => p.name)).not.toContain('計画用の非公開の場');
    expect(plan.sections.map((s) => s.text)).toEqual(['', '', '', '', '', '']);
    expect(plan.version).toBe(0);
  });

  it('saves the municipality’s sections per fiscal year in versions, audited; the coordinator may not write', async () => {
    const admin = await h.as('tsuchiura.admin');
    expect(await admin.staff.implementationPlan.saveText({ fiscalYear: 2026, sections: { policy: '誰も取り残さない' } })).toMatchObject({ version: 1 });
    expect(await admin.staff.implementationPlan.saveText({ fiscalYear: 2026, sections: { policy: '誰も取り残さない地域', review: '毎年度見直す' } })).toMatchObject({ version: 2 });
    const plan = await admin.staff.implementationPlan.get({ fiscalYear: 2026 });
    expect(plan.sections.find((s) => s.key === 'policy')?.text).toBe('誰も取り残さない地域');
    expect(plan.sections.find((s) => s.key === 'review')?.text).toBe('毎年度見直す');
    expect((await admin.staff.implementationPlan.get({ fiscalYear: 2025 })).sections.every((s) => s.text === '')).toBe(true);
    const audits = await asSystem(h.t.db, (tx) => tx.auditEntry.count({ where: { recordType: 'ImplementationPlanText', recordId: `${code}:2026` } }));
    expect(audits).toBe(2);
    await expect((await h.as('tsuchiura.coordinator')).staff.implementationPlan.saveText({ fiscalYear: 2026, sections: { policy: 'x' } })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('the status a municipality declares (item 5)', () => {
  it('shows over the seeded list and the prefecture’s change, marked 市町村の申告 with its date, the history kept', async () => {
    const pref = await h.as('ibaraki.pref');
    const seeded = (await pref.prefecture.municipality.find()).municipalities.find((m) => m.code === code)?.statuses.find((s) => s.fiscalYear === 2022);
    expect(seeded?.origin).toBe('seed');
    await pref.prefecture.status.set({ municipalityCode: code, fiscalYear: 2022, status: 'unknown', source: '県の聞き取り', sourceDate: '2026-10-01' });
    await (await h.as('tsuchiura.admin')).staff.implementationPlan.declareStatus({ fiscalYear: 2022, status: 'transition' });

    const overview = await pref.prefecture.municipality.find();
    const shown = overview.municipalities.find((m) => m.code === code)?.statuses.find((s) => s.fiscalYear === 2022);
    expect(shown).toEqual({ fiscalYear: 2022, status: 'transition', source: '市町村の申告', sourceDate: '2026-11-20', origin: 'municipality' });
    const history = await pref.prefecture.status.history({ municipalityCode: code });
    expect(history.history.filter((s) => s.fiscalYear === 2022).map((s) => s.origin)).toEqual(['seed', 'prefecture', 'municipality']);
    expect(history.history.find((s) => s.origin === 'prefecture' && s.fiscalYear === 2022)).toMatchObject({ status: 'unknown', source: '県の聞き取り' });
    expect(history.history.find((s) => s.origin === 'municipality')?.changedAt).toEqual(fixedNow);
    // another municipality's declaration is its own: 古河市's row for 2022 is untouched
    expect(overview.municipalities.find((m) => m.code === '082040')?.statuses.find((s) => s.fiscalYear === 2022)?.origin).not.toBe('municipality');
  });

  it('is declared by the administrator only', async () => {
    const refused = (await h.as('tsuchiura.coordinator')).staff.implementationPlan.declareStatus({ fiscalYear: 2026, status: 'implementing' });
    await expect(refused).rejects.toBeInstanceOf(TRPCError);
    await expect(refused).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
