// The victim municipality (古河市) of the tenant-isolation suite: its demo records, named by what a
// procedure needs, plus the few rows the demo does not have (a 支援会議 with an agenda, an アウトリーチ
// record, a 参加支援 match, a 生活保護 referral, rows reserved for the delete procedures).
import { asSystem } from '@kasane/db';
import type { Database, Tx } from '@kasane/db';

export const victim = { code: '082040', name: '古河市', accounts: 'koga' } as const;
export const attacker = { code: '082031', name: '土浦市', accounts: 'tsuchiura' } as const;
/** For prefecture procedures: 茨城県 asks, 長野県 (松本市) is the other. */
export const prefectureVictim = { code: '200000', municipalityCode: '202029', name: '松本市', login: 'nagano.pref' } as const;
export const prefectureAttacker = { login: 'ibaraki.pref' } as const;

type CaseStatusKey = 'supportDecided' | 'planDrafted' | 'awaitingConsent' | 'outreach' | 'monitoring' | 'closed' | 'participation';
interface CaseRef {
  id: string;
  householdId: string;
  primaryPersonId: string;
}

export interface Victim {
  org: Record<'city' | 'houkatsu' | 'shakyo' | 'welfareOffice', string>;
  users: Record<'coordinator' | 'worker' | 'target', string>;
  cases: Record<CaseStatusKey, CaseRef>;
  /** a person with no consent of their own (健太, 見本町3-5) and that household */
  unconsentedPersonId: string;
  unconsentedHouseholdId: string;
  /** the 多機関協働 consent of the 8050 case's person */
  consentId: string;
  /** a child's consent (陽菜) that nothing else in the suite relies on: withdrawn by the control */
  withdrawableConsentId: string;
  /** two records of one person, created by 福祉総合相談課 (its own records) */
  duplicatePersonIds: [string, string];
  meetingId: string;
  agendaItemId: string;
  /** a guest (not a user) of that 支援会議, without a noted undertaking */
  meetingGuestId: string;
  shienMeetingTypeId: string;
  /** a meeting type used by no meeting, for update / retire / restore / delete */
  spareMeetingTypeId: string;
  outreachId: string;
  placeId: string;
  activityId: string;
  windowId: string;
  spare: { placeId: string; activityId: string; windowId: string; structureDeliveryId: string };
  structureDeliveryId: string;
  resourceId: string;
  matchId: string;
  requestId: string;
  offerId: string;
  referralId: string;
  /** an emergency grant of 古河市's worker, awaiting review (C3) */
  emergencyGrantId: string;
  /** a 支援経過記録 entry by 福祉総合相談課 on the 8050 case, for a correction */
  progressRecordId: string;
  /** a household of one person 福祉総合相談課 recorded itself; the duplicates' household merges into it */
  spareHousehold: { id: string; personId: string; duplicatesHouseholdId: string };
  /** 茨城県's survey and event addressed to 古河市 only; 長野県's, addressed to 松本市 (its response submitted) */
  surveyId: string;
  eventId: string;
  prefectureVictimSurveyId: string;
  prefectureVictimEventId: string;
  /** current row versions (inputs that carry an expected version read them when called) */
  caseVersion(id: string): Promise<number>;
  meetingVersion(id: string): Promise<number>;
  outreachVersion(id: string): Promise<number>;
  /** the latest アセスメントシート version of a case (0 before the first) */
  assessmentVersion(caseId: string): Promise<number>;
}

const at = new Date('2026-11-01T00:00:00Z');

export async function loadVictim(db: Database): Promise<Victim> {
  const municipalityCode = victim.code;
  const where = { municipalityCode };
  const fixed = await asSystem(db, async (tx) => {
    const orgs = await tx.organisation.findMany({ where, select: { id: true, kind: true } });
    const orgOf = (kind: string) => one(orgs.find((o) => o.kind === kind)?.id, `organisation ${kind}`);
    const org = { city: orgOf('municipal_department'), houkatsu: orgOf('community_general_support_center'), shakyo: orgOf('social_welfare_council'), welfareOffice: orgOf('public_assistance_office') };
    const userOf = async (loginId: string) => (await tx.user.findUniqueOrThrow({ where: { loginId }, select: { id: true } })).id;
    const target = await tx.user.create({ data: { loginId: 'koga.tenant-target', displayName: '雛形 対象', role: 'consultation_worker', municipalityCode, organisationId: org.houkatsu, passwordHash: 'not-a-hash' } });
    const users = { coordinator: await userOf('koga.coordinator'), worker: await userOf('koga.worker'), target: target.id };

    const households = await tx.household.findMany({ where, select: { id: true, address: true, persons: { select: { id: true }, orderBy: { createdAt: 'asc' } } } });
    const householdAt = (street: string) => one(households.find((h) => h.address.endsWith(street)), `household ${street}`);
    const cases = await tx.case.findMany({ where, select: { id: true, status: true, householdId: true, primaryPersonId: true } });
    const caseIn = (status: string): CaseRef => {
      const c = one(cases.find((x) => x.status === status), `case ${status}`);
      return { id: c.id, householdId: c.householdId, primaryPersonId: c.primaryPersonId };
    };
    // The app reaches monitoring through 支援決定, plan approval at a 重層的支援会議 and start_monitoring;
    // the demo stops at 'consented' for this household, so the suite sets the state the app would store.
    const consented = caseIn('consented');
    await tx.case.update({ where: { id: consented.id }, data: { status: 'monitoring', supportDecidedAt: at, planVersion: 1, approvedPlanVersion: 1 } });

    const h2 = householdAt('見本町2-3');
    const child = one(h2.persons[1], 'child of 見本町2-3').id;
    const withdrawable = one(await tx.consent.findFirst({ where: { municipalityCode, personId: child } }), 'child consent').id;
    const supportDecided = caseIn('support_decided');
    const consentId = one(await tx.consent.findFirst({ where: { municipalityCode, personId: supportDecided.primaryPersonId } }), '8050 consent').id;

    const h3 = householdAt('見本町3-5');
    const unconsented = one(h3.persons[0], 'person of 見本町3-5').id;
    const awaiting = caseIn('awaiting_consent');
    // referToCoordination needs the person's consent to 多機関協働 by 福祉総合相談課 (C2)
    await tx.consent.create({ data: { municipalityCode, personId: awaiting.primaryPersonId, organisationIds: [org.city], purposes: ['coordination', 'support'], method: 'written', obtainedByUserId: users.coordinator, obtainedByOrganisationId: org.city, obtainedAt: at } });

    const dupHousehold = await tx.household.create({ data: { municipalityCode, address: '古河市見本町9-9' } });
    const duplicate = (phone: string) =>
      tx.person.create({ data: { municipalityCode, householdId: dupHousehold.id, familyName: '練習', givenName: '重子', familyNameKana: 'レンシュウ', givenNameKana: 'シゲコ', nameKanaKey: 'レンシュウシゲコ', nameKey: '練習重子', phone, createdByOrganisationId: org.city } });
    const duplicatePersonIds: [string, string] = [(await duplicate('000-0000-0001')).id, (await duplicate('000-0000-0002')).id];

    const shien = await tx.meetingType.findFirstOrThrow({ where: { municipalityCode, kind: 'shien' }, select: { id: true } });
    const spareType = await tx.meetingType.create({ data: { municipalityCode, key: 'tenant-spare', name: '雛形の連絡会', kind: 'other', jointBodyIds: [] } });
    const meeting = await tx.meeting.create({ data: { municipalityCode, meetingTypeId: shien.id, kind: 'shien', title: '古河市 支援会議', scheduledAt: new Date('2026-11-19T01:00:00Z'), chairUserId: users.coordinator, minutes: '古河市の議事録' } });
    await tx.meetingMember.create({ data: { municipalityCode, meetingId: meeting.id, userId: users.coordinator, organisationId: org.city, undertakingSignedAt: at } });
    const item = await tx.agendaItem.create({ data: { municipalityCode, meetingId: meeting.id, caseId: supportDecided.id, householdId: supportDecided.householdId, personIds: [supportDecided.primaryPersonId], basis: 'support_meeting', consentIds: [], notes: '古河市の検討', addedByUserId: users.coordinator } });
    const guest = await tx.meetingGuest.create({ data: { municipalityCode, meetingId: meeting.id, name: '古河 客子', organisationName: '古河見本病院', addedByUserId: users.coordinator } });
    const outreach = await tx.outreachSubject.create({ data: { municipalityCode, label: '古河市のアウトリーチ', stage: 'building', ownerOrganisationId: org.shakyo } });

    const places = await tx.communityPlace.findMany({ where, select: { id: true }, orderBy: { id: 'asc' } });
    const activities = await tx.communityActivity.findMany({ where, select: { id: true }, orderBy: { id: 'asc' } });
    const windows = await tx.consultationWindow.findMany({ where, select: { id: true }, orderBy: { id: 'asc' } });
    const schedule = [{ frequency: 'weekly', days: ['tue'], start: '10:00' }];
    const sparePlace = await tx.communityPlace.create({ data: { municipalityCode, name: '雛形の削除用サロン', kind: 'salon', audiences: [], accessibility: [], lastConfirmedAt: at } });
    const spareActivity = await tx.communityActivity.create({ data: { municipalityCode, placeId: one(places[0], 'place').id, name: '雛形の削除用活動', audiences: [], schedule, lastConfirmedAt: at } });
    const spareWindow = await tx.consultationWindow.create({ data: { municipalityCode, name: '雛形の削除用窓口', hours: { spans: [], closedOnHolidays: true }, languages: [], topics: [], lastConfirmedAt: at } });

    const resource = await tx.participationResource.create({ data: { municipalityCode, name: '雛形の就労体験', kind: 'work_experience', organisationId: org.shakyo } });
    // 参加支援 reaches the person only on a consent to participation (健太 has none in the demo)
    await tx.consent.create({ data: { municipalityCode, personId: unconsented, organisationIds: [org.shakyo, org.city], purposes: ['participation', 'support'], method: 'oral', obtainedByUserId: users.coordinator, obtainedByOrganisationId: org.shakyo, obtainedAt: at } });
    const match = await tx.participationMatch.create({ data: { municipalityCode, personId: unconsented, resourceId: resource.id, reason: '本人の希望', existingConsidered: true, existingConsideredNote: '既存事業では合わない', status: 'proposed', createdByUserId: users.coordinator, organisationId: org.shakyo } });
    const requests = await tx.portalRequest.findMany({ where, select: { id: true, kind: true } });
    const monitoringHousehold = consented.householdId;
    const referral = await tx.protectionReferral.create({ data: { municipalityCode, householdId: monitoringHousehold, officeOrganisationId: org.welfareOffice, urgent: true, reason: '古河市の保護相談', referredByUserId: users.coordinator, referredByOrganisationId: org.city, referredAt: at } });
    const grant = await tx.emergencyAccess.create({
      data: { municipalityCode, personId: unconsented, userId: users.worker, organisationId: org.houkatsu, reason: '古河市の緊急閲覧の理由', openedAt: at, expiresAt: new Date(at.getTime() + 24 * 60 * 60 * 1000) },
    });
    const progress = await tx.progressRecord.create({
      data: { municipalityCode, caseId: supportDecided.id, organisationId: org.city, createdByUserId: users.coordinator, createdAt: at, versions: { create: { municipalityCode, version: 1, occurredAt: at, method: 'phone', counterpart: '本人', actedBy: '古河市の担当', content: '古河市の支援経過', writtenByUserId: users.coordinator, writtenAt: at } } },
    });
    const spareHousehold = await tx.household.create({ data: { municipalityCode, address: '古河市見本町9-8' } });
    const sparePerson = await tx.person.create({ data: { municipalityCode, householdId: spareHousehold.id, familyName: '練習', givenName: '別子', familyNameKana: 'レンシュウ', givenNameKana: 'ベツコ', nameKanaKey: 'レンシュウベツコ', nameKey: '練習別子', createdByOrganisationId: org.city } });

    const delivery = (partId: string) =>
      tx.structureDelivery.create({ data: { municipalityCode, fiscalYear: 2026, partId, mode: 'entrusted', organisationId: org.shakyo, dedicatedStaff: 1, qualifications: ['社会福祉士'] } });
    const structureDelivery = await delivery('outreach');
    const spareDelivery = await delivery('participation');
    // 古河市's 交付金 line: the control's grant.get names the year's figures, grant.deleteLine removes it
    // 松本市's submitted 実績報告 of a closed year, which 長野県 (the prefecture victim) publishes
    await tx.annualReportSubmission.create({ data: { municipalityCode: prefectureVictim.municipalityCode, fiscalYear: 2025, version: 1, submittedAt: at, submittedByUserId: users.coordinator, figures: [{ metric: 'consultations.channel', key: 'window', value: 12 }] } });
    await tx.grantLine.create({ data: { municipalityCode, fiscalYear: 2026, partId: 'outreach', standardAmount: 9_876_000n, expenditure: 9_000_000n, totalCost: 9_500_000n } });

    // 実態調査 and 後方支援 events (issue #11 items 10, 11)
    const questions = [{ id: 'q1', kind: 'single', label: '実施状況', required: true, options: ['実施', '未実施'] }];
    const deadline = new Date('2027-01-31T08:00:00Z');
    const survey = await tx.survey.create({ data: { prefectureCode: '080004', title: '古河市あての調査', questions, deadline, createdAt: at, createdByUserId: users.coordinator, responses: { create: { municipalityCode } } } });
    const event = await tx.supportEvent.create({ data: { prefectureCode: '080004', kind: 'four_party', title: '四者協議（古河市）', startsAt: deadline, place: '古河市役所', createdAt: at, createdByUserId: users.coordinator, attendances: { create: { municipalityCode } } } });
    const naganoSurvey = await tx.survey.create({
      data: { prefectureCode: prefectureVictim.code, title: '松本市あての調査', questions, deadline, createdAt: at, createdByUserId: users.coordinator, responses: { create: { municipalityCode: prefectureVictim.municipalityCode, status: 'submitted', answers: { q1: '実施' }, submittedAt: at } } },
    });
    const naganoEvent = await tx.supportEvent.create({ data: { prefectureCode: prefectureVictim.code, kind: 'seminar', title: '長野県のセミナー', startsAt: deadline, online: true, createdAt: at, createdByUserId: users.coordinator, attendances: { create: { municipalityCode: prefectureVictim.municipalityCode } } } });

    return {
      org,
      users,
      cases: {
        supportDecided,
        planDrafted: caseIn('plan_drafted'),
        awaitingConsent: awaiting,
        outreach: caseIn('outreach'),
        monitoring: consented,
        closed: caseIn('closed'),
        participation: caseIn('participation'),
      },
      unconsentedPersonId: unconsented,
      unconsentedHouseholdId: h3.id,
      consentId,
      withdrawableConsentId: withdrawable,
      duplicatePersonIds,
      meetingId: meeting.id,
      agendaItemId: item.id,
      meetingGuestId: guest.id,
      shienMeetingTypeId: shien.id,
      spareMeetingTypeId: spareType.id,
      outreachId: outreach.id,
      placeId: one(places[0], 'place').id,
      activityId: one(activities[0], 'activity').id,
      windowId: one(windows[0], 'window').id,
      spare: { placeId: sparePlace.id, activityId: spareActivity.id, windowId: spareWindow.id, structureDeliveryId: spareDelivery.id },
      structureDeliveryId: structureDelivery.id,
      resourceId: resource.id,
      matchId: match.id,
      requestId: one(requests.find((r) => r.kind === 'consultation'), 'consultation request').id,
      offerId: one(requests.find((r) => r.kind === 'offer'), 'offer').id,
      referralId: referral.id,
      emergencyGrantId: grant.id,
      progressRecordId: progress.id,
      spareHousehold: { id: spareHousehold.id, personId: sparePerson.id, duplicatesHouseholdId: dupHousehold.id },
      surveyId: survey.id,
      eventId: event.id,
      prefectureVictimSurveyId: naganoSurvey.id,
      prefectureVictimEventId: naganoEvent.id,
    };
  });
  const read = (work: (tx: Tx) => Promise<{ version: number }>) => asSystem(db, work).then((r) => r.version);
  return {
    ...fixed,
    caseVersion: (id) => read((tx) => tx.case.findUniqueOrThrow({ where: { id }, select: { version: true } })),
    meetingVersion: (id) => read((tx) => tx.meeting.findUniqueOrThrow({ where: { id }, select: { version: true } })),
    outreachVersion: (id) => read((tx) => tx.outreachSubject.findUniqueOrThrow({ where: { id }, select: { version: true } })),
    assessmentVersion: (caseId) => read(async (tx) => (await tx.assessmentSheetVersion.findFirst({ where: { caseId }, orderBy: { version: 'desc' }, select: { version: true } })) ?? { version: 0 }),
  };
}

function one<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`the demo data has no ${what} in ${victim.name}`);
  return value;
}

let tenantTables: string[] | undefined;
async function tablesWithTenantKey(tx: Tx): Promise<string[]> {
  tenantTables ??= (
    await tx.$queryRawUnsafe<{ table_name: string }[]>(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'municipalityCode' ORDER BY table_name`,
    )
  ).map((r) => r.table_name);
  return tenantTables;
}

/**
 * Every row of every table with a municipalityCode column that belongs to `code`, as stable JSON
 * ordered within each table. Read from the catalogue, so a table added later is covered too.
 */
export async function tenantRows(db: Database, code: string): Promise<Record<string, string[]>> {
  return asSystem(db, async (tx) => {
    const tables = await tablesWithTenantKey(tx);
    const union = tables.map((table) => `SELECT '${table}' AS "table", to_jsonb(t)::text AS row FROM "${table}" t WHERE t."municipalityCode" = $1`).join(' UNION ALL ');
    const rows = await tx.$queryRawUnsafe<{ table: string; row: string }[]>(`SELECT "table", row FROM (${union}) AS s ORDER BY "table", row`, code);
    const snapshot: Record<string, string[]> = Object.fromEntries(tables.map((table) => [table, [] as string[]]));
    for (const r of rows) snapshot[r.table]?.push(r.row);
    return snapshot;
  });
}

/** The same rows, one digest of the ordered JSON per table (cheap enough to take around every mutation). */
export async function tenantSnapshot(db: Database, code: string): Promise<Record<string, string>> {
  return asSystem(db, async (tx) => {
    const tables = await tablesWithTenantKey(tx);
    const union = tables
      .map((table) => `SELECT '${table}' AS "table", count(*)::int AS n, md5(coalesce(string_agg(to_jsonb(t)::text, E'\\n' ORDER BY to_jsonb(t)::text), '')) AS digest FROM "${table}" t WHERE t."municipalityCode" = $1`)
      .join(' UNION ALL ');
    const rows = await tx.$queryRawUnsafe<{ table: string; n: number; digest: string }[]>(union, code);
    return Object.fromEntries(rows.map((r) => [r.table, `${r.n} rows, md5 ${r.digest}`]));
  });
}
