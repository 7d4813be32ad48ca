// Every staff and prefecture procedure, called by a user of one municipality (or prefecture)
// with inputs that point at another's records, returns nothing of the other. The list of
// procedures comes from the router; a procedure without a case here fails the suite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { asSystem } from '@kasane/db';
import { createHarness } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';
import { allProcedures, invoke } from './support/procedures.js';

const victim = { code: '082040', name: '古河市' }; // 古河市, same prefecture as the attacker
const outsider = { code: '202029', name: '松本市' }; // another prefecture

let h: Harness;
/** Ids of every row the victim municipality owns: none may appear in an attacker's output. */
let victimIds: string[] = [];
/** One id of each kind, for inputs that name a record. */
let victimRecords: { householdId: string; personId: string; personId2: string; caseId: string; organisationId: string; consentId: string };

beforeAll(async () => {
  h = await createHarness();
  const ids = await asSystem(h.t.db, async (tx) => {
    const where = { municipalityCode: victim.code };
    const [households, persons, cases, organisations, consents, consultations, users] = await Promise.all([
      tx.household.findMany({ where, select: { id: true } }),
      tx.person.findMany({ where, select: { id: true } }),
      tx.case.findMany({ where, select: { id: true } }),
      tx.organisation.findMany({ where, select: { id: true } }),
      tx.consent.findMany({ where, select: { id: true } }),
      tx.consultation.findMany({ where, select: { id: true } }),
      tx.user.findMany({ where, select: { id: true } }),
    ]);
    return { households, persons, cases, organisations, consents, consultations, users };
  });
  victimIds = Object.values(ids).flatMap((rows) => rows.map((r) => r.id));
  const first = (rows: { id: string }[]) => rows[0]?.id ?? '';
  victimRecords = { householdId: first(ids.households), personId: first(ids.persons), personId2: ids.persons[1]?.id ?? '', caseId: first(ids.cases), organisationId: first(ids.organisations), consentId: first(ids.consents) };
});
afterAll(async () => h.close());

/** The victim's 地域づくり / 窓口 / 参加支援 rows and portal requests (issue #5). */
let cv = { placeId: '', activityId: '', windowId: '', resourceId: '', requestId: '', offerId: '' };
beforeAll(async () => {
  const rows = await asSystem(h.t.db, async (tx) => {
    const where = { municipalityCode: victim.code };
    const [places, activities, windows, resources, requests] = await Promise.all([
      tx.communityPlace.findMany({ where, select: { id: true } }),
      tx.communityActivity.findMany({ where, select: { id: true } }),
      tx.consultationWindow.findMany({ where, select: { id: true } }),
      tx.participationResource.findMany({ where, select: { id: true } }),
      tx.portalRequest.findMany({ where, select: { id: true, kind: true, reference: true } }),
    ]);
    return { places, activities, windows, resources, requests };
  });
  victimIds.push(...Object.values(rows).flatMap((list) => list.map((r) => r.id)), ...rows.requests.map((r) => r.reference));
  cv = {
    placeId: rows.places[0]?.id ?? '',
    activityId: rows.activities[0]?.id ?? '',
    windowId: rows.windows[0]?.id ?? '',
    resourceId: rows.resources[0]?.id ?? '',
    requestId: rows.requests.find((r) => r.kind === 'consultation')?.id ?? '',
    offerId: rows.requests.find((r) => r.kind === 'offer')?.id ?? '',
  };
});

/** The victim's meetings, agenda and アウトリーチ rows (issue #4, 多機関協働・会議). */
let mv = { meetingId: '', agendaItemId: '', outreachId: '', meetingTypeId: '', userId: '' };
beforeAll(async () => {
  mv = await asSystem(h.t.db, async (tx) => {
    const municipalityCode = victim.code;
    const type = await tx.meetingType.findFirstOrThrow({ where: { municipalityCode, kind: 'shien' }, select: { id: true } });
    const user = await tx.user.findFirstOrThrow({ where: { municipalityCode, loginId: 'koga.coordinator' }, select: { id: true, organisationId: true } });
    const c = await tx.case.findFirstOrThrow({ where: { municipalityCode }, select: { id: true, householdId: true, primaryPersonId: true } });
    const meeting = await tx.meeting.create({ data: { municipalityCode, meetingTypeId: type.id, kind: 'shien', title: '古河市 支援会議', scheduledAt: new Date('2026-11-30T01:00:00Z'), chairUserId: user.id, minutes: '古河市の議事録' } });
    await tx.meetingMember.create({ data: { municipalityCode, meetingId: meeting.id, userId: user.id, organisationId: user.organisationId ?? '', undertakingSignedAt: new Date('2026-11-01T00:00:00Z') } });
    const item = await tx.agendaItem.create({ data: { municipalityCode, meetingId: meeting.id, caseId: c.id, householdId: c.householdId, personIds: [c.primaryPersonId], basis: 'support_meeting', consentIds: [], notes: '古河市の検討', addedByUserId: user.id } });
    const outreach = await tx.outreachSubject.create({ data: { municipalityCode, label: '古河市のアウトリーチ', stage: 'building', ownerOrganisationId: user.organisationId ?? '' } });
    return { meetingId: meeting.id, agendaItemId: item.id, outreachId: outreach.id, meetingTypeId: type.id, userId: user.id };
  });
  victimIds.push(...Object.values(mv), '古河市の議事録', '古河市の検討', '古河市のアウトリーチ');
});

/** The victim's emergency grant (C3, issue #8). */
let ev = { grantId: '' };
beforeAll(async () => {
  ev = await asSystem(h.t.db, async (tx) => {
    const municipalityCode = victim.code;
    const user = await tx.user.findFirstOrThrow({ where: { municipalityCode, loginId: 'koga.worker' }, select: { id: true, organisationId: true } });
    const grant = await tx.emergencyAccess.create({
      data: { municipalityCode, personId: victimRecords.personId, userId: user.id, organisationId: user.organisationId ?? '', reason: '古河市の緊急閲覧の理由', openedAt: new Date('2026-11-20T00:00:00Z'), expiresAt: new Date('2026-11-21T00:00:00Z') },
    });
    return { grantId: grant.id };
  });
  victimIds.push(ev.grantId, '古河市の緊急閲覧の理由');
});

/**
 * Inputs aimed at the victim's records, per procedure. Procedures that take no input get
 * undefined. Add an entry for every new staff.* or prefecture.* procedure.
 */
const crossTenantInputs: Record<string, () => unknown> = {
  'staff.home.get': () => undefined,
  'staff.organisation.find': () => undefined,
  'staff.person.get': () => ({ personId: victimRecords.personId }),
  'staff.coordination.find': () => undefined,
  'staff.coordination.get': () => ({ caseId: victimRecords.caseId }),
  'staff.coordination.referToCoordination': () => ({ caseId: victimRecords.caseId, expectedVersion: 1, coordinatorOrganisationId: victimRecords.organisationId }),
  'staff.coordination.advance': () => ({ caseId: victimRecords.caseId, expectedVersion: 1, event: 'decide_support' }),
  'staff.coordination.recordAssessment': () => ({ caseId: victimRecords.caseId, summary: '越境テスト', issueIds: [] }),
  'staff.coordination.draftPlan': () => ({ caseId: victimRecords.caseId, expectedVersion: 1, plan: { goals: [{ text: '越境' }], roles: [{ organisationId: victimRecords.organisationId, role: '越境' }], direction: '越境', reviewDate: '2027-01-01' } }),
  'staff.coordination.updatePlan': () => ({ caseId: victimRecords.caseId, expectedVersion: 1, plan: { goals: [{ text: '越境' }], roles: [{ organisationId: victimRecords.organisationId, role: '越境' }], direction: '越境', reviewDate: '2027-01-01' } }),
  'staff.coordination.addProgressNote': () => ({ caseId: victimRecords.caseId, body: '越境テスト' }),
  'staff.coordination.handOver': () => ({ caseId: victimRecords.caseId, expectedVersion: 1, leadOrganisationId: victimRecords.organisationId }),
  'staff.coordination.reopen': () => ({ caseId: victimRecords.caseId, expectedVersion: 1, reason: '越境テスト' }),
  'staff.meeting.options': () => undefined,
  'staff.meeting.find': () => undefined,
  'staff.meeting.get': () => ({ meetingId: mv.meetingId }),
  'staff.meeting.create': () => ({ meetingTypeId: mv.meetingTypeId, title: '越境テスト', scheduledAt: new Date('2026-12-01T01:00:00Z') }),
  'staff.meeting.addMember': () => ({ meetingId: mv.meetingId, userId: mv.userId }),
  'staff.meeting.signUndertaking': () => ({ meetingId: mv.meetingId }),
  'staff.meeting.addAgendaItem': () => ({ meetingId: mv.meetingId, caseId: victimRecords.caseId }),
  'staff.meeting.recordMinutes': () => ({ meetingId: mv.meetingId, expectedVersion: 1, minutes: '越境テスト' }),
  'staff.meeting.decide': () => ({ meetingId: mv.meetingId, agendaItemId: mv.agendaItemId, decision: 'role_assignment', expectedCaseVersion: 1, roles: [{ organisationId: victimRecords.organisationId, role: '越境' }] }),
  'staff.meetingType.list': () => undefined,
  'staff.meetingType.create': () => ({ name: '越境テスト', kind: 'other' }),
  'staff.meetingType.update': () => ({ id: mv.meetingTypeId, data: { name: '越境テスト', kind: 'other' } }),
  'staff.meetingType.retire': () => ({ id: mv.meetingTypeId }),
  'staff.meetingType.restore': () => ({ id: mv.meetingTypeId }),
  'staff.meetingType.delete': () => ({ id: mv.meetingTypeId }),
  'staff.meetingType.addPresets': () => undefined,
  'staff.outreach.find': () => undefined,
  'staff.outreach.get': () => ({ id: mv.outreachId }),
  'staff.outreach.create': () => ({ label: '越境テスト' }),
  'staff.outreach.addContact': () => ({ id: mv.outreachId, expectedVersion: 1, method: 'visit', outcome: 'met', stageAfter: 'building', contactedAt: new Date('2026-11-01T01:00:00Z') }),
  'staff.outreach.convertToCase': () => ({ id: mv.outreachId, expectedVersion: 1, person: { familyName: '越境', givenName: '太郎', familyNameKana: 'エッキョウ', givenNameKana: 'タロウ', address: '越境' }, consent: { method: 'written', organisationIds: [victimRecords.organisationId], purposes: ['coordination'] }, coordinatorOrganisationId: victimRecords.organisationId, issueIds: [] }),
  'staff.place.find': () => undefined,
  'staff.place.get': () => ({ id: cv.placeId }),
  'staff.place.create': () => ({ name: '越境テスト', kind: 'salon', organisationId: victimRecords.organisationId }),
  'staff.place.update': () => ({ id: cv.placeId, data: { name: '越境テスト', kind: 'salon' } }),
  'staff.place.setPublished': () => ({ id: cv.placeId, published: false }),
  'staff.place.delete': () => ({ id: cv.placeId }),
  'staff.activity.create': () => ({ placeId: cv.placeId, data: { name: '越境テスト', schedule: [{ frequency: 'weekly', days: ['mon'], start: '10:00' }] } }),
  'staff.activity.update': () => ({ id: cv.activityId, data: { name: '越境テスト', schedule: [{ frequency: 'weekly', days: ['mon'], start: '10:00' }] } }),
  'staff.activity.delete': () => ({ id: cv.activityId }),
  'staff.directory.findUnconfirmed': () => undefined,
  'staff.directory.confirm': () => ({ places: [cv.placeId], activities: [cv.activityId], windows: [cv.windowId] }),
  'staff.directory.previewImport': () => ({ format: 'json', target: 'places', content: '[]' }),
  'staff.directory.import': () => ({ format: 'json', target: 'windows', content: '[]' }),
  'staff.window.find': () => undefined,
  'staff.window.get': () => ({ id: cv.windowId }),
  'staff.window.create': () => ({ name: '越境テスト', hours: { spans: [], closedOnHolidays: true }, organisationId: victimRecords.organisationId }),
  'staff.window.update': () => ({ id: cv.windowId, data: { name: '越境テスト', hours: { spans: [], closedOnHolidays: true } } }),
  'staff.window.delete': () => ({ id: cv.windowId }),
  'staff.participation.findResources': () => undefined,
  'staff.participation.createResource': () => ({ name: '越境テスト', kind: 'volunteering', organisationId: victimRecords.organisationId }),
  'staff.participation.updateResource': () => ({ id: cv.resourceId, data: { name: '越境テスト', kind: 'volunteering' } }),
  'staff.participation.match': () => ({ personId: victimRecords.personId, resourceId: cv.resourceId, reason: '越境テスト', existingConsidered: true, existingConsideredNote: '越境テスト' }),
  'staff.participation.findMatches': () => ({ personId: victimRecords.personId }),
  'staff.participation.recordStatus': () => ({ matchId: cv.resourceId, status: 'ended' }),
  'staff.participation.recordFollowUp': () => ({ matchId: cv.resourceId, note: '越境テスト' }),
  'staff.portalRequest.findConsultations': () => ({ includeHandled: true }),
  'staff.portalRequest.findOffers': () => ({ includeHandled: true }),
  'staff.portalRequest.get': () => ({ id: cv.requestId }),
  'staff.portalRequest.convertToConsultation': () => ({ id: cv.requestId }),
  'staff.portalRequest.close': () => ({ id: cv.offerId }),
  'staff.intake.record': () => ({ channel: 'phone', consulterType: 'self', persons: [{ existingPersonId: victimRecords.personId }], summary: '越境テスト' }),
  'staff.intake.findCandidates': () => ({ name: '雛形' }),
  'staff.intake.vocabulary': () => undefined,
  'staff.intake.classify': () => ({ issueIds: ['eight_fifty'] }),
  'staff.intake.merge': () => ({ survivorId: victimRecords.personId, mergedId: victimRecords.personId2, reason: '越境テスト' }),
  'staff.consent.recordConsent': () => ({ personId: victimRecords.personId, organisationIds: [victimRecords.organisationId], purposes: ['support'], method: 'written', obtainedAt: new Date('2026-11-01T00:00:00Z') }),
  'staff.consent.withdrawConsent': () => ({ consentId: victimRecords.consentId }),
  'staff.consent.find': () => ({ personId: victimRecords.personId }),
  'staff.consent.get': () => ({ consentId: victimRecords.consentId }),
  'staff.household.get': () => ({ householdId: victimRecords.householdId }),
  'staff.household.setPublicAssistance': () => ({ householdId: victimRecords.householdId, onPublicAssistance: true, officeOrganisationId: victimRecords.organisationId }),
  'staff.household.referToProtection': () => ({ householdId: victimRecords.householdId, urgent: true, reason: '越境テスト', officeOrganisationId: victimRecords.organisationId }),
  'staff.protection.find': () => ({ includeAcknowledged: true }),
  'staff.protection.acknowledge': () => ({ referralId: victimRecords.householdId }),
  'staff.disclosure.find': () => ({ personId: victimRecords.personId }),
  'staff.disclosure.exportPerson': () => ({ personId: victimRecords.personId }),
  'staff.search.persons': () => ({ q: '雛形', organisationId: victimRecords.organisationId }),
  'staff.search.households': () => ({ organisationId: victimRecords.organisationId }),
  'staff.work.get': () => undefined,
  'staff.search.cases': () => ({ organisationId: victimRecords.organisationId }),
  'staff.account.find': () => undefined,
  'staff.account.create': () => ({ loginId: 'cross.tenant', displayName: '越境テスト', role: 'consultation_worker', organisationId: victimRecords.organisationId, password: null }),
  'staff.account.update': () => ({ id: mv.userId, data: { displayName: '越境テスト', role: 'municipal_admin', organisationId: victimRecords.organisationId } }),
  'staff.account.setEnabled': () => ({ id: mv.userId, enabled: false }),
  'staff.account.resetPassword': () => ({ id: mv.userId, password: null }),
  'staff.account.createOrganisation': () => ({ name: '越境テスト機関', kind: 'npo' }),
  'staff.household.publicAssistanceHistory': () => ({ householdId: victimRecords.householdId }),
  'staff.emergency.open': () => ({ personId: victimRecords.personId, reason: '越境テストの緊急閲覧の理由です。' }),
  'staff.emergency.reviewQueue': () => undefined,
  'staff.emergency.mine': () => undefined,
  'staff.emergency.review': () => ({ grantId: ev.grantId, outcome: 'justified', note: '越境テスト' }),
  'prefecture.me.get': () => undefined,
  'prefecture.municipality.find': () => undefined,
};

const guarded = allProcedures().filter((p) => p.path.startsWith('staff.') || p.path.startsWith('prefecture.'));

function leaks(output: unknown, forbidden: string[]): string[] {
  const text = JSON.stringify(output, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) ?? '';
  return forbidden.filter((s) => s && text.includes(s));
}

describe('tenant isolation across every procedure', () => {
  it('has a cross-tenant case for every staff and prefecture procedure', () => {
    expect(guarded.length).toBeGreaterThan(0);
    expect(guarded.map((p) => p.path).filter((path) => !(path in crossTenantInputs))).toEqual([]);
  });

  it.each(guarded.filter((p) => p.path.startsWith('staff.')).map((p) => [p.path]))('%s gives a 土浦市 user nothing of 古河市', async (path) => {
    const caller = await h.as('tsuchiura.admin');
    const input = crossTenantInputs[path]?.();
    try {
      const output = await invoke(caller, path, input);
      expect(leaks(output, [...victimIds, victim.code, victim.name])).toEqual([]);
    } catch (e) {
      // A refusal is fine; a crash is not.
      expect(e).toBeInstanceOf(TRPCError);
      expect(['NOT_FOUND', 'FORBIDDEN', 'BAD_REQUEST', 'CONFLICT']).toContain((e as TRPCError).code);
    }
  });

  it.each(guarded.filter((p) => p.path.startsWith('prefecture.')).map((p) => [p.path]))('%s gives 茨城県 nothing of 長野県', async (path) => {
    const caller = await h.as('ibaraki.pref');
    const input = crossTenantInputs[path]?.();
    try {
      const output = await invoke(caller, path, input);
      expect(leaks(output, [outsider.code, outsider.name, ...victimIds])).toEqual([]);
    } catch (e) {
      expect(e).toBeInstanceOf(TRPCError);
      expect(['NOT_FOUND', 'FORBIDDEN', 'BAD_REQUEST']).toContain((e as TRPCError).code);
    }
  });

  it('names a victim 地域づくり record of every kind (the fixture is not empty)', () => {
    expect(Object.values(cv).every((id) => id.length > 0)).toBe(true);
  });

  it('names a victim record of every kind (the fixture is not empty)', () => {
    expect(Object.values(victimRecords).every((id) => id.length > 0)).toBe(true);
  });
});

describe('emergency grants and the 被保護 history across municipalities (issue #8)', () => {
  const codeOf = async (p: Promise<unknown>) => p.then(() => 'OK', (e: unknown) => (e instanceof TRPCError ? e.code : 'CRASH'));
  const reason = '越境テストの緊急閲覧の理由です。';

  it('opening a grant for another municipality’s person is NOT_FOUND, like an unknown id; for an own person it opens', async () => {
    const caller = await h.as('tsuchiura.admin');
    expect(await codeOf(caller.staff.emergency.open({ personId: victimRecords.personId, reason }))).toBe('NOT_FOUND');
    expect(await codeOf(caller.staff.emergency.open({ personId: '00000000-0000-4000-8000-000000000000', reason }))).toBe('NOT_FOUND');
    const own = await asSystem(h.t.db, (tx) => tx.person.findFirstOrThrow({ where: { municipalityCode: '082031' }, select: { id: true } }));
    expect(await codeOf(caller.staff.emergency.open({ personId: own.id, reason }))).toBe('OK');
    expect(await asSystem(h.t.db, (tx) => tx.emergencyAccess.count({ where: { personId: victimRecords.personId } }))).toBe(1);
  });

  it('reviewing another municipality’s grant is NOT_FOUND and leaves it unreviewed; the queue shows only own grants, which can be reviewed', async () => {
    const caller = await h.as('tsuchiura.admin');
    expect(await codeOf(caller.staff.emergency.review({ grantId: ev.grantId, outcome: 'justified', note: '' }))).toBe('NOT_FOUND');
    expect((await asSystem(h.t.db, (tx) => tx.emergencyAccess.findUniqueOrThrow({ where: { id: ev.grantId } }))).reviewedAt).toBeNull();
    const queue = await caller.staff.emergency.reviewQueue();
    expect(queue.pending.map((g) => g.id)).not.toContain(ev.grantId);
    const own = queue.pending[0];
    expect(own).toBeDefined();
    expect(await codeOf(caller.staff.emergency.review({ grantId: own?.id ?? '', outcome: 'justified', note: '' }))).toBe('OK');
  });

  it('the 被保護 history of another municipality’s household is NOT_FOUND; of an own household it answers', async () => {
    const caller = await h.as('tsuchiura.admin');
    expect(await codeOf(caller.staff.household.publicAssistanceHistory({ householdId: victimRecords.householdId }))).toBe('NOT_FOUND');
    const own = await asSystem(h.t.db, (tx) => tx.household.findFirstOrThrow({ where: { municipalityCode: '082031', address: '土浦市見本町1-1' }, select: { id: true } }));
    const worker = await h.as('tsuchiura.worker');
    expect(await codeOf(worker.staff.household.publicAssistanceHistory({ householdId: own.id }))).toBe('OK');
  });
});

describe('unauthenticated and wrong-audience calls', () => {
  it.each(guarded.map((p) => [p.path]))('%s refuses a caller without a session', async (path) => {
    const caller = h.anonymous({ cookies: { kasane_csrf: 't' }, csrfHeader: 't' });
    await expect(invoke(caller, path, crossTenantInputs[path]?.())).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it.each(guarded.map((p) => [p.path]))('%s refuses the other audience', async (path) => {
    const caller = await h.as(path.startsWith('staff.') ? 'ibaraki.pref' : 'tsuchiura.admin');
    await expect(invoke(caller, path, crossTenantInputs[path]?.())).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
