import { randomUUID } from 'node:crypto';
import { fiscalYearOf, meetingTypesOf, normaliseKana } from '@kasane/domain';
import type { Consent } from '@kasane/domain';
import { ensureMeetingTypes } from '../repositories/meetings.js';
import type { Tx } from '../scope.js';
import { loadCommunityDemo } from './community-demo.js';
import { loadSupportEventsDemo } from './support-events-demo.js';
import { createDemoCase } from './demo-cases.js';
import { demoAccounts, demoHouseholds, demoMunicipalities, demoOrganisations, demoPrefectureOfficials } from './demo-data.js';
import type { OrganisationKey } from './demo-data.js';

export const demoPassword = 'kasane-demo';

const day = 86_400_000;

/** Loads the demo data; `hashPassword` comes from the API's sign-in code (argon2id). */
export async function loadDemoData(tx: Tx, options: { hashPassword: (p: string) => Promise<string>; now: Date }): Promise<{ accounts: number; households: number }> {
  const passwordHash = await options.hashPassword(demoPassword);
  const ago = (days: number) => new Date(options.now.getTime() - days * day);
  let accounts = 0;
  let households = 0;

  for (const official of demoPrefectureOfficials) {
    const user = await tx.user.create({ data: { loginId: official.loginId, displayName: official.displayName, role: 'prefectural_official', prefectureCode: official.prefectureCode, passwordHash, isDemo: true } });
    accounts += 1;
    const ownMunicipalities = demoMunicipalities.filter((m) => m.code.slice(0, 2) === official.prefectureCode.slice(0, 2)).map((m) => m.code);
    // 茨城県 only: its two demo municipalities are invited to seed 002's events
    if (official.prefectureCode === '080004') await loadSupportEventsDemo(tx, { prefectureCode: official.prefectureCode, municipalityCodes: ownMunicipalities, officialUserId: user.id, now: options.now });
  }

  for (const m of demoMunicipalities) {
    const orgId = new Map<OrganisationKey, string>();
    for (const o of demoOrganisations) {
      const id = randomUUID();
      orgId.set(o.key, id);
      await tx.organisation.create({ data: { id, municipalityCode: m.code, name: o.name(m.name), kind: o.kind, isPublicAssistanceOffice: o.isPublicAssistanceOffice ?? false, phone: '000-0000-0000', address: `${m.name}見本町` } });
      if (o.parts.length) await tx.partDelivery.createMany({ data: o.parts.map((p) => ({ municipalityCode: m.code, organisationId: id, partId: p.partId, mode: p.mode })) });
    }
    const org = (key: OrganisationKey): string => orgId.get(key) ?? '';
    const userId = new Map<string, string>();
    for (const a of demoAccounts) {
      const user = await tx.user.create({
        data: { loginId: `${m.slug}.${a.suffix}`, displayName: a.displayName, role: a.role, municipalityCode: m.code, organisationId: org(a.organisation), passwordHash, isDemo: true },
      });
      userId.set(a.suffix, user.id);
      accounts += 1;
    }
    await loadCommunityDemo(tx, m, { city: org('city'), houkatsu: org('houkatsu'), shakyo: org('shakyo'), child: org('child') }, options.now);
    await tx.municipalityProgramStatus.createMany({
      data: [{ municipalityCode: m.code, fiscalYear: fiscalYearOf(options.now), status: 'implementing', source: 'デモデータ' }],
      skipDuplicates: true,
    });
    // Seed 003: each municipality's own meetings mapped to their legal kind, plus the core meetings where the
    // presets name none (every municipality running the project holds a 重層的支援会議; 支援会議 is optional).
    const presets = meetingTypesOf(m.code).map((t) => ({ ...t, key: t.id }));
    const core = [
      { key: `${m.slug}.jusoteki`, municipalityCode: m.code, name: '重層的支援会議', kind: 'jusoteki', frequency: '月1回' },
      { key: `${m.slug}.shien`, municipalityCode: m.code, name: '支援会議', kind: 'shien', frequency: '随時' },
    ].filter((c) => !presets.some((p) => p.kind === c.kind));
    await ensureMeetingTypes(tx, [...presets, ...core]);

    for (const [i, h] of demoHouseholds.entries()) {
      const [family, familyKana] = m.familyNames[i % m.familyNames.length] ?? ['見本', 'ミホン'];
      const household = await tx.household.create({ data: { municipalityCode: m.code, address: `${m.name}${h.street}`, onPublicAssistance: h.onPublicAssistance, publicAssistanceOfficeId: h.onPublicAssistance ? org('welfareOffice') : null } });
      const personIds: string[] = [];
      for (const p of h.members) {
        const person = await tx.person.create({
          data: {
            municipalityCode: m.code,
            householdId: household.id,
            familyName: family,
            givenName: p.given,
            familyNameKana: familyKana,
            givenNameKana: p.givenKana,
            nameKanaKey: normaliseKana(familyKana + p.givenKana),
            nameKey: (family + p.given).normalize('NFKC'),
            birthDate: new Date(`${p.birthDate}T00:00:00Z`),
            relationship: p.relationship,
          },
        });
        personIds.push(person.id);
      }
      const c = h.consultation;
      await tx.consultation.create({
        data: {
          municipalityCode: m.code,
          householdId: household.id,
          personId: personIds[0] ?? null,
          organisationId: org(c.organisation),
          receivedByUserId: userId.get('worker') ?? '',
          receivedAt: ago(c.daysAgo),
          channel: c.channel,
          consulterType: c.consulterType,
          issueIds: [...h.issueIds],
          summary: c.summary,
          triage: c.triage,
        },
      });
      const consents: Consent[] = [];
      for (const consent of h.consents) {
        const personId = personIds[consent.member] ?? '';
        const row = await tx.consent.create({
          data: {
            municipalityCode: m.code,
            personId,
            organisationIds: consent.organisations.map(org),
            purposes: [...consent.purposes],
            method: consent.method,
            obtainedByUserId: userId.get('worker') ?? '',
            obtainedAt: ago(consent.daysAgo),
            withdrawnAt: consent.withdrawnDaysAgo === undefined ? null : ago(consent.withdrawnDaysAgo),
            guardianName: consent.guardianName ?? null,
            childView: consent.childView ?? null,
          },
        });
        // The consent as the domain sees it (person-access's toAccessRequest), for the case's referral.
        consents.push({
          id: row.id,
          personId,
          scope: { organisationIds: row.organisationIds, purposes: row.purposes as Consent['scope']['purposes'] },
          obtainedAt: row.obtainedAt.toISOString(),
          obtainedBy: row.obtainedByUserId,
          method: consent.method,
          ...(row.withdrawnAt ? { withdrawnAt: row.withdrawnAt.toISOString() } : {}),
          ...(row.guardianName ? { guardian: { name: row.guardianName, relationship: '保護者', obtainedAt: row.obtainedAt.toISOString() } } : {}),
        });
      }
      if (h.case) {
        await createDemoCase(tx, h, {
          municipalityCode: m.code,
          householdId: household.id,
          primaryPersonId: personIds[0] ?? '',
          primaryBirthDate: h.members[0]?.birthDate ?? '',
          consents,
          openedAt: ago(c.daysAgo),
          coordinatorUserId: userId.get('coordinator') ?? null,
          org,
          userOf: (key) => userId.get(demoAccounts.find((a) => a.organisation === key && a.suffix !== 'admin' && a.suffix !== 'auditor')?.suffix ?? 'coordinator') ?? '',
          now: options.now,
        });
      }
      households += 1;
    }
  }
  return { accounts, households };
}

export async function hasDemoData(tx: Tx): Promise<boolean> {
  return (await tx.user.count({ where: { isDemo: true } })) > 0;
}
