// One entry per staff and prefecture procedure for the tenant-isolation suite: an input aimed at the
// victim's (古河市's) records, the demo role that calls it — 土浦市's account of that role is refused,
// 古河市's own account of the same role succeeds with the same input (the control) — and the exact
// refusal. Adding a procedure is adding one entry.
import type { Victim } from './tenant-fixture.js';

/**
 * What the attacker gets: the tRPC code of the refusal, or `ok-but-empty` for a call that answers
 * from the caller's own municipality only (lists, or a create that lands in the caller's own rows).
 */
export type Refusal = 'NOT_FOUND' | 'FORBIDDEN' | 'BAD_REQUEST' | 'ok-but-empty';

export interface TenantCase {
  /** demo account suffix: the attacker is `tsuchiura.<as>`, the control `koga.<as>` (prefecture: ibaraki / nagano) */
  as: 'admin' | 'coordinator' | 'worker' | 'welfare' | 'outreach' | 'community' | 'pref';
  input: (v: Victim) => unknown;
  attacker: Refusal;
  /** for `ok-but-empty`: the control's output names a victim record, so the leak check can see one */
  controlShowsVictim?: boolean;
  /** only where the same input cannot succeed for the victim today: the control's own input, and why */
  control?: { input: (v: Victim) => unknown; why: string };
  /** a mutation whose successful control leaves the victim's rows as they were, and why */
  controlWritesNothing?: string;
}

const plan = (v: Victim) => ({ goals: [{ text: '日中の居場所を見つける' }], roles: [{ organisationId: v.org.city, role: '全体の調整' }], direction: '本人の希望に沿って進める', reviewDate: '2027-01-15' });
const assessmentSheet = {
  chiefComplaint: '母の介護と今後の生活', wishes: '自宅で暮らしたい', situations: [{ field: 'care', situation: '要介護2' }], issueIds: ['eight_fifty'], employment: null, housing: 'owned',
  members: [], relatives: [], memberIssues: [], strengths: '近所の見守り', urgency: 'medium', urgencyNote: '',
};
const windowCsv = 'id,name,phone,byday,opens_at,closes_at\r\nw1,取込窓口,0280-00-0000,"MO,TU",08:30,17:15\r\n';
const schedule = [{ frequency: 'weekly', days: ['mon'], start: '10:00' }];
const delivery = (v: Victim) => ({ partId: 'outreach', mode: 'entrusted', organisationId: v.org.shakyo, contractFrom: '2026-04-01', contractTo: '2027-03-31', dedicatedStaff: 2, concurrentStaff: 0, qualifications: ['社会福祉士'] });
const grantLine = { partId: 'coordination', standardAmount: 12_000_000, expenditure: 11_000_000, totalCost: 11_500_000, otherIncome: 0, nationalRate: null, prefectureRate: null, adjustmentRate: null };
const profile = { population: 138000, lead: '行政直営＋社協・NPOへ委託', coordinators: '福祉推進課 正職員3名（兼務）', participationApproach: '', communityApproach: '', notes: '', contactName: '', contactPhone: '', contactEmail: '' };

// Order matters for the controls, which run one after another on the victim's data: a control that
// needs a state another control makes comes after it (start_assessment → recordAssessment → draftPlan).
export const tenantCases: Record<string, TenantCase> = {
  'staff.home.get': { as: 'admin', input: () => undefined, attacker: 'ok-but-empty' },
  'staff.organisation.find': { as: 'admin', input: () => undefined, attacker: 'ok-but-empty', controlShowsVictim: true },
  'staff.person.get': { as: 'coordinator', input: (v) => ({ personId: v.cases.supportDecided.primaryPersonId }), attacker: 'NOT_FOUND' },

  'staff.coordination.find': { as: 'coordinator', input: () => undefined, attacker: 'ok-but-empty', controlShowsVictim: true },
  'staff.coordination.get': { as: 'coordinator', input: (v) => ({ caseId: v.cases.supportDecided.id }), attacker: 'NOT_FOUND' },
  'staff.coordination.referToCoordination': {
    as: 'coordinator',
    input: async (v) => ({ caseId: v.cases.awaitingConsent.id, expectedVersion: await v.caseVersion(v.cases.awaitingConsent.id), coordinatorOrganisationId: v.org.city }),
    attacker: 'NOT_FOUND',
  },
  'staff.coordination.advance': {
    as: 'coordinator',
    input: async (v) => ({ caseId: v.cases.supportDecided.id, expectedVersion: await v.caseVersion(v.cases.supportDecided.id), event: 'start_assessment' }),
    attacker: 'NOT_FOUND',
  },
  'staff.coordination.recordAssessment': { as: 'coordinator', input: (v) => ({ caseId: v.cases.supportDecided.id, summary: '課題の整理', issueIds: ['eight_fifty'] }), attacker: 'NOT_FOUND' },
  'staff.coordination.draftPlan': {
    as: 'coordinator',
    input: async (v) => ({ caseId: v.cases.supportDecided.id, expectedVersion: await v.caseVersion(v.cases.supportDecided.id), plan: plan(v) }),
    attacker: 'NOT_FOUND',
  },
  'staff.coordination.updatePlan': {
    as: 'coordinator',
    input: async (v) => ({ caseId: v.cases.planDrafted.id, expectedVersion: await v.caseVersion(v.cases.planDrafted.id), plan: plan(v) }),
    attacker: 'NOT_FOUND',
  },
  'staff.coordination.addProgressNote': { as: 'coordinator', input: (v) => ({ caseId: v.cases.planDrafted.id, body: '電話で様子を確認した' }), attacker: 'NOT_FOUND' },
  'staff.coordination.handOver': {
    as: 'coordinator',
    input: async (v) => ({ caseId: v.cases.monitoring.id, expectedVersion: await v.caseVersion(v.cases.monitoring.id), leadOrganisationId: v.org.welfareOffice }),
    attacker: 'NOT_FOUND',
  },
  'staff.coordination.reopen': {
    as: 'coordinator',
    input: async (v) => ({ caseId: v.cases.closed.id, expectedVersion: await v.caseVersion(v.cases.closed.id), reason: '再び相談があった' }),
    attacker: 'NOT_FOUND',
  },

  'staff.meeting.options': { as: 'coordinator', input: () => undefined, attacker: 'ok-but-empty', controlShowsVictim: true },
  'staff.meeting.find': { as: 'coordinator', input: () => undefined, attacker: 'ok-but-empty', controlShowsVictim: true },
  'staff.meeting.get': { as: 'coordinator', input: (v) => ({ meetingId: v.meetingId }), attacker: 'NOT_FOUND' },
  'staff.meeting.create': { as: 'coordinator', input: (v) => ({ meetingTypeId: v.shienMeetingTypeId, title: '雛形の支援会議', scheduledAt: new Date('2026-12-01T01:00:00Z') }), attacker: 'NOT_FOUND' },
  'staff.meeting.addMember': { as: 'coordinator', input: (v) => ({ meetingId: v.meetingId, userId: v.users.worker }), attacker: 'NOT_FOUND' },
  // after addMember's control, 古河市's worker is a member and signs
  'staff.meeting.signUndertaking': { as: 'worker', input: (v) => ({ meetingId: v.meetingId }), attacker: 'NOT_FOUND' },
  'staff.meeting.addAgendaItem': { as: 'coordinator', input: (v) => ({ meetingId: v.meetingId, caseId: v.cases.planDrafted.id }), attacker: 'NOT_FOUND' },
  'staff.meeting.recordMinutes': { as: 'coordinator', input: async (v) => ({ meetingId: v.meetingId, expectedVersion: await v.meetingVersion(v.meetingId), minutes: '役割分担を確認した' }), attacker: 'NOT_FOUND' },
  'staff.meeting.addGuest': { as: 'coordinator', input: (v) => ({ meetingId: v.meetingId, name: '見本 ケア子', organisationName: '見本居宅介護支援事業所', roleNote: 'ケアマネジャー' }), attacker: 'NOT_FOUND' },
  'staff.meeting.noteGuestUndertaking': { as: 'coordinator', input: (v) => ({ meetingId: v.meetingId, guestId: v.meetingGuestId, on: '2026-11-19' }), attacker: 'NOT_FOUND' },
  'staff.meeting.recordAttendance': { as: 'coordinator', input: (v) => ({ meetingId: v.meetingId, members: [{ userId: v.users.coordinator, attendance: 'present' }], guests: [{ guestId: v.meetingGuestId, attendance: 'present' }] }), attacker: 'NOT_FOUND' },
  'staff.meeting.decide': {
    as: 'coordinator',
    input: async (v) => ({ meetingId: v.meetingId, agendaItemId: v.agendaItemId, decision: 'role_assignment', expectedCaseVersion: await v.caseVersion(v.cases.supportDecided.id), roles: [{ organisationId: v.org.city, role: '全体の調整' }] }),
    attacker: 'NOT_FOUND',
  },

  'staff.meetingType.list': { as: 'admin', input: () => undefined, attacker: 'ok-but-empty', controlShowsVictim: true },
  'staff.meetingType.create': { as: 'admin', input: () => ({ name: '雛形の連絡会（新）', kind: 'other' }), attacker: 'ok-but-empty' },
  'staff.meetingType.update': { as: 'admin', input: (v) => ({ id: v.spareMeetingTypeId, data: { name: '雛形の連絡会（改）', kind: 'other' } }), attacker: 'NOT_FOUND' },
  'staff.meetingType.retire': { as: 'admin', input: (v) => ({ id: v.spareMeetingTypeId }), attacker: 'NOT_FOUND' },
  'staff.meetingType.restore': { as: 'admin', input: (v) => ({ id: v.spareMeetingTypeId }), attacker: 'NOT_FOUND' },
  'staff.meetingType.delete': { as: 'admin', input: (v) => ({ id: v.spareMeetingTypeId }), attacker: 'NOT_FOUND' },
  'staff.meetingType.addPresets': { as: 'admin', input: () => undefined, attacker: 'ok-but-empty', controlWritesNothing: 'the demo gives 古河市 every preset already' },

  'staff.outreach.find': { as: 'outreach', input: () => undefined, attacker: 'ok-but-empty', controlShowsVictim: true },
  'staff.outreach.get': { as: 'outreach', input: (v) => ({ id: v.outreachId }), attacker: 'NOT_FOUND' },
  'staff.outreach.create': { as: 'outreach', input: () => ({ label: '駅前の一人暮らしの方' }), attacker: 'ok-but-empty' },
  'staff.outreach.addContact': {
    as: 'outreach',
    input: async (v) => ({ id: v.outreachId, expectedVersion: await v.outreachVersion(v.outreachId), method: 'visit', outcome: 'met', stageAfter: 'building', contactedAt: new Date('2026-11-10T01:00:00Z') }),
    attacker: 'NOT_FOUND',
  },
  'staff.outreach.convertToCase': {
    as: 'outreach',
    input: async (v) => ({
      id: v.outreachId,
      expectedVersion: await v.outreachVersion(v.outreachId),
      person: { familyName: '空想', givenName: '一人', familyNameKana: 'クウソウ', givenNameKana: 'ヒトリ', address: '古河市見本町10-1' },
      consent: { method: 'written', organisationIds: [v.org.shakyo, v.org.city], purposes: ['coordination', 'support'] },
      coordinatorOrganisationId: v.org.city,
      issueIds: ['social_isolation'],
    }),
    attacker: 'NOT_FOUND',
  },

  'staff.place.find': { as: 'community', input: () => undefined, attacker: 'ok-but-empty', controlShowsVictim: true },
  'staff.place.get': { as: 'community', input: (v) => ({ id: v.placeId }), attacker: 'NOT_FOUND' },
  'staff.place.create': { as: 'community', input: (v) => ({ name: '雛形の新しいサロン', kind: 'salon', organisationId: v.org.shakyo }), attacker: 'NOT_FOUND' },
  'staff.place.update': { as: 'community', input: (v) => ({ id: v.placeId, data: { name: '雛形のサロン（改）', kind: 'salon' } }), attacker: 'NOT_FOUND' },
  'staff.place.setPublished': { as: 'community', input: (v) => ({ id: v.placeId, published: false }), attacker: 'NOT_FOUND' },
  'staff.place.delete': { as: 'community', input: (v) => ({ id: v.spare.placeId }), attacker: 'NOT_FOUND' },
  'staff.activity.create': { as: 'community', input: (v) => ({ placeId: v.placeId, data: { name: '雛形の体操', schedule } }), attacker: 'NOT_FOUND' },
  'staff.activity.update': { as: 'community', input: (v) => ({ id: v.activityId, data: { name: '雛形の体操（改）', schedule } }), attacker: 'NOT_FOUND' },
  'staff.activity.delete': { as: 'community', input: (v) => ({ id: v.spare.activityId }), attacker: 'NOT_FOUND' },
  'staff.directory.findUnconfirmed': { as: 'community', input: () => undefined, attacker: 'ok-but-empty' },
  // confirms only the caller's own rows: 0 of the victim's
  'staff.directory.confirm': { as: 'community', input: (v) => ({ places: [v.placeId], activities: [v.activityId], windows: [v.windowId] }), attacker: 'ok-but-empty' },
  'staff.directory.previewImport': { as: 'community', input: () => ({ format: 'csv', target: 'windows', content: windowCsv }), attacker: 'ok-but-empty', controlWritesNothing: 'a preview stores nothing' },
  'staff.directory.refusedRows': { as: 'community', input: () => ({ format: 'csv', target: 'windows', content: windowCsv }), attacker: 'ok-but-empty', controlWritesNothing: 'the refused rows are only read back' },
  // lands in the caller's own register
  'staff.directory.import': { as: 'community', input: () => ({ format: 'csv', target: 'windows', content: windowCsv }), attacker: 'ok-but-empty' },
  // publishes only the caller's own windows: 0 of the victim's
  'staff.directory.publishImported': { as: 'community', input: (v) => ({ ids: [v.windowId] }), attacker: 'ok-but-empty' },
  'staff.directory.exportHsds': { as: 'community', input: () => undefined, attacker: 'ok-but-empty', controlShowsVictim: true },
  'staff.window.find': { as: 'community', input: () => undefined, attacker: 'ok-but-empty', controlShowsVictim: true },
  'staff.window.get': { as: 'community', input: (v) => ({ id: v.windowId }), attacker: 'NOT_FOUND' },
  'staff.window.create': { as: 'community', input: (v) => ({ name: '雛形の新しい窓口', hours: { spans: [], closedOnHolidays: true }, organisationId: v.org.shakyo }), attacker: 'NOT_FOUND' },
  'staff.window.update': { as: 'community', input: (v) => ({ id: v.windowId, data: { name: '雛形の窓口（改）', hours: { spans: [], closedOnHolidays: true } } }), attacker: 'NOT_FOUND' },
  'staff.window.delete': { as: 'community', input: (v) => ({ id: v.spare.windowId }), attacker: 'NOT_FOUND' },

  'staff.participation.findResources': { as: 'community', input: () => undefined, attacker: 'ok-but-empty', controlShowsVictim: true },
  'staff.participation.createResource': { as: 'community', input: (v) => ({ name: '雛形の見守り', kind: 'volunteering', organisationId: v.org.shakyo }), attacker: 'NOT_FOUND' },
  'staff.participation.updateResource': { as: 'community', input: (v) => ({ id: v.resourceId, data: { name: '雛形の就労体験（改）', kind: 'work_experience' } }), attacker: 'NOT_FOUND' },
  'staff.participation.match': {
    as: 'community',
    input: (v) => ({ personId: v.unconsentedPersonId, resourceId: v.resourceId, reason: '本人の希望', existingConsidered: true, existingConsideredNote: '既存事業では合わない' }),
    attacker: 'NOT_FOUND',
  },
  'staff.participation.findMatches': { as: 'community', input: (v) => ({ personId: v.unconsentedPersonId }), attacker: 'NOT_FOUND' },
  'staff.participation.recordStatus': { as: 'community', input: (v) => ({ matchId: v.matchId, status: 'started' }), attacker: 'NOT_FOUND' },
  'staff.participation.recordFollowUp': { as: 'community', input: (v) => ({ matchId: v.matchId, note: '週に一度通えている' }), attacker: 'NOT_FOUND' },

  'staff.portalRequest.findConsultations': { as: 'coordinator', input: () => ({ includeHandled: true }), attacker: 'ok-but-empty', controlShowsVictim: true },
  'staff.portalRequest.findOffers': { as: 'community', input: () => ({ includeHandled: true }), attacker: 'ok-but-empty', controlShowsVictim: true },
  'staff.portalRequest.get': { as: 'coordinator', input: (v) => ({ id: v.requestId }), attacker: 'NOT_FOUND' },
  'staff.portalRequest.convertToConsultation': { as: 'coordinator', input: (v) => ({ id: v.requestId }), attacker: 'NOT_FOUND' },
  'staff.portalRequest.close': { as: 'community', input: (v) => ({ id: v.offerId }), attacker: 'NOT_FOUND' },

  'staff.intake.record': {
    as: 'worker',
    input: (v) => ({ channel: 'phone', consulterType: 'self', persons: [{ existingPersonId: v.cases.supportDecided.primaryPersonId }], summary: '介護の様子について再び相談' }),
    attacker: 'NOT_FOUND',
  },
  'staff.intake.findCandidates': {
    as: 'worker',
    input: () => ({ name: '雛形' }),
    attacker: 'ok-but-empty',
    control: {
      input: () => ({ name: '該当者なし' }),
      why: 'a search that finds anyone fails closed today (PERSONAL_DATA_UNDECIDED from the personal-data guard, also failing intake-consent.test.ts); use the same input as the attacker once that is fixed',
    },
  },
  'staff.intake.vocabulary': { as: 'worker', input: () => undefined, attacker: 'ok-but-empty' },
  'staff.intake.classify': { as: 'worker', input: () => ({ issueIds: ['eight_fifty'] }), attacker: 'ok-but-empty' },
  'staff.intake.merge': { as: 'coordinator', input: (v) => ({ survivorId: v.duplicatePersonIds[0], mergedId: v.duplicatePersonIds[1], reason: '同じ方の重複登録' }), attacker: 'NOT_FOUND' },

  'staff.consent.recordConsent': {
    as: 'coordinator',
    input: (v) => ({ personId: v.unconsentedPersonId, organisationIds: [v.org.city], purposes: ['support'], method: 'written', obtainedAt: new Date('2026-11-15T00:00:00Z') }),
    attacker: 'NOT_FOUND',
  },
  'staff.consent.withdrawConsent': { as: 'coordinator', input: (v) => ({ consentId: v.withdrawableConsentId }), attacker: 'NOT_FOUND' },
  'staff.consent.find': { as: 'coordinator', input: (v) => ({ personId: v.cases.supportDecided.primaryPersonId }), attacker: 'NOT_FOUND' },
  'staff.consent.get': { as: 'coordinator', input: (v) => ({ consentId: v.consentId }), attacker: 'NOT_FOUND' },

  'staff.household.get': { as: 'coordinator', input: (v) => ({ householdId: v.cases.supportDecided.householdId }), attacker: 'NOT_FOUND' },
  'staff.household.setPublicAssistance': { as: 'coordinator', input: (v) => ({ householdId: v.unconsentedHouseholdId, onPublicAssistance: true, officeOrganisationId: v.org.welfareOffice }), attacker: 'NOT_FOUND' },
  'staff.household.referToProtection': { as: 'coordinator', input: (v) => ({ householdId: v.unconsentedHouseholdId, urgent: true, reason: '家賃の滞納が続いている', officeOrganisationId: v.org.welfareOffice }), attacker: 'NOT_FOUND' },
  'staff.protection.find': { as: 'welfare', input: () => ({ includeAcknowledged: true }), attacker: 'ok-but-empty', controlShowsVictim: true },
  'staff.protection.acknowledge': { as: 'welfare', input: (v) => ({ referralId: v.referralId }), attacker: 'NOT_FOUND' },

  'staff.disclosure.find': { as: 'coordinator', input: (v) => ({ personId: v.cases.supportDecided.primaryPersonId }), attacker: 'NOT_FOUND' },
  'staff.disclosure.exportPerson': { as: 'admin', input: (v) => ({ personId: v.cases.supportDecided.primaryPersonId }), attacker: 'NOT_FOUND' },
  'staff.search.persons': { as: 'coordinator', input: (v) => ({ q: '雛形', organisationId: v.org.city }), attacker: 'ok-but-empty', controlShowsVictim: true },
  'staff.search.households': { as: 'coordinator', input: (v) => ({ organisationId: v.org.city }), attacker: 'ok-but-empty', controlShowsVictim: true },
  'staff.search.cases': { as: 'coordinator', input: (v) => ({ organisationId: v.org.city }), attacker: 'ok-but-empty', controlShowsVictim: true },
  'staff.work.get': { as: 'coordinator', input: () => undefined, attacker: 'ok-but-empty' },

  'staff.account.find': { as: 'admin', input: () => undefined, attacker: 'ok-but-empty', controlShowsVictim: true },
  'staff.household.publicAssistanceHistory': { as: 'coordinator', input: (v) => ({ householdId: v.cases.monitoring.householdId }), attacker: 'NOT_FOUND' },
  'staff.emergency.open': { as: 'worker', input: (v) => ({ personId: v.unconsentedPersonId, reason: '応答がなく倒れている恐れがあるため' }), attacker: 'NOT_FOUND' },
  'staff.emergency.mine': { as: 'worker', input: () => undefined, attacker: 'ok-but-empty' },
  'staff.emergency.reviewQueue': { as: 'admin', input: () => undefined, attacker: 'ok-but-empty', controlShowsVictim: true },
  'staff.emergency.review': { as: 'admin', input: (v) => ({ grantId: v.emergencyGrantId, outcome: 'justified', note: '確認した' }), attacker: 'NOT_FOUND' },
  // the log answers from the caller's own municipality only, whatever person it is asked about
  'staff.auditLog.options': { as: 'admin', input: () => undefined, attacker: 'ok-but-empty', controlShowsVictim: true },
  'staff.auditLog.find': { as: 'admin', input: (v) => ({ personId: v.cases.supportDecided.primaryPersonId }), attacker: 'ok-but-empty' },
  // (filtered to sign-ins: the attacker's own log records the victim ids it typed into the calls above —
  // its own input echoed, not the victim's data — and an export of those would trip the leak check)
  'staff.auditLog.exportCsv': { as: 'admin', input: () => ({ action: 'sign_in' }), attacker: 'ok-but-empty' },
  // refused on the organisation, which must be one of the caller's municipality
  'staff.account.create': { as: 'admin', input: (v) => ({ loginId: 'koga.newcomer', displayName: '雛形 新人', role: 'consultation_worker', organisationId: v.org.houkatsu, password: null }), attacker: 'BAD_REQUEST' },
  'staff.account.update': { as: 'admin', input: (v) => ({ id: v.users.target, data: { displayName: '雛形 対象（改）', role: 'consultation_worker', organisationId: v.org.houkatsu } }), attacker: 'NOT_FOUND' },
  'staff.account.setEnabled': { as: 'admin', input: (v) => ({ id: v.users.target, enabled: false }), attacker: 'NOT_FOUND' },
  'staff.account.resetPassword': { as: 'admin', input: (v) => ({ id: v.users.target, password: null }), attacker: 'NOT_FOUND' },
  'staff.account.createOrganisation': { as: 'admin', input: () => ({ name: '雛形の新しい機関', kind: 'npo' }), attacker: 'ok-but-empty' },
  // the rule is the caller's own municipality's: the attacker sets 土浦市's, never 古河市's
  'staff.account.mfaPolicy': { as: 'admin', input: () => undefined, attacker: 'ok-but-empty' },
  'staff.account.setMfaPolicy': { as: 'admin', input: () => ({ required: false }), attacker: 'ok-but-empty', controlWritesNothing: 'sets the rule to optional, which it already was' },
  'staff.account.resetMfa': { as: 'admin', input: (v) => ({ id: v.users.target }), attacker: 'NOT_FOUND' },

  // 体制 (issue #11): another municipality's deliveries and organisations are not found; a year and a profile land in the caller's own rows
  'staff.structure.get': { as: 'admin', input: () => ({ fiscalYear: 2026 }), attacker: 'ok-but-empty', controlShowsVictim: true },
  'staff.structure.addDelivery': { as: 'admin', input: (v) => ({ fiscalYear: 2026, data: delivery(v) }), attacker: 'NOT_FOUND' },
  'staff.structure.updateDelivery': { as: 'admin', input: (v) => ({ id: v.structureDeliveryId, data: delivery(v) }), attacker: 'NOT_FOUND' },
  'staff.structure.deleteDelivery': { as: 'admin', input: (v) => ({ id: v.spare.structureDeliveryId }), attacker: 'NOT_FOUND' },
  'staff.structure.copyPreviousYear': { as: 'admin', input: () => ({ fiscalYear: 2027 }), attacker: 'ok-but-empty' },
  'staff.structure.saveProfile': { as: 'admin', input: () => ({ fiscalYear: 2026, data: profile }), attacker: 'ok-but-empty' },
  // 実施計画 and the declared status (ADR 0026): read from, and written into, the caller's own municipality only
  'staff.implementationPlan.get': { as: 'coordinator', input: () => ({ fiscalYear: 2026 }), attacker: 'ok-but-empty', controlShowsVictim: true },
  'staff.implementationPlan.saveText': { as: 'admin', input: () => ({ fiscalYear: 2026, sections: { policy: '包括的な支援体制を整える' } }), attacker: 'ok-but-empty' },
  'staff.implementationPlan.declareStatus': { as: 'admin', input: () => ({ fiscalYear: 2026, status: 'implementing' }), attacker: 'ok-but-empty' },

  // 交付金 and 実績報告: every call answers from, or writes into, the caller's own municipality only
  'staff.grant.get': { as: 'admin', input: () => ({ fiscalYear: 2026, compareWith: 2022 }), attacker: 'ok-but-empty' },
  'staff.grant.saveLine': { as: 'admin', input: () => ({ fiscalYear: 2026, line: grantLine }), attacker: 'ok-but-empty' },
  'staff.grant.deleteLine': { as: 'admin', input: () => ({ fiscalYear: 2026, partId: 'outreach' }), attacker: 'ok-but-empty' },
  'staff.grant.submit': { as: 'admin', input: () => ({ fiscalYear: 2026 }), attacker: 'ok-but-empty' },
  'staff.grant.reopen': { as: 'admin', input: () => ({ fiscalYear: 2026 }), attacker: 'ok-but-empty' },
  'staff.annualReport.get': { as: 'coordinator', input: () => ({ fiscalYear: 2026 }), attacker: 'ok-but-empty', controlShowsVictim: true },
  'staff.annualReport.exportCsv': { as: 'coordinator', input: () => ({ fiscalYear: 2026 }), attacker: 'ok-but-empty' },
  'staff.annualReport.submit': { as: 'admin', input: () => ({ fiscalYear: 2025 }), attacker: 'ok-but-empty' },
  // 実態調査 and 後方支援 events: a survey or an event not addressed to the caller's municipality is not found
  'staff.survey.list': { as: 'coordinator', input: () => undefined, attacker: 'ok-but-empty' },
  'staff.survey.get': { as: 'coordinator', input: (v) => ({ surveyId: v.surveyId }), attacker: 'NOT_FOUND' },
  'staff.survey.answer': { as: 'admin', input: (v) => ({ surveyId: v.surveyId, answers: { q1: '実施' }, submit: false }), attacker: 'NOT_FOUND' },
  'staff.supportEvent.list': { as: 'coordinator', input: () => undefined, attacker: 'ok-but-empty' },
  'staff.supportEvent.reply': { as: 'admin', input: (v) => ({ eventId: v.eventId, reply: 'attending', attendees: 2, roles: '福祉総務課 2名' }), attacker: 'NOT_FOUND' },

  'prefecture.me.get': { as: 'pref', input: () => undefined, attacker: 'ok-but-empty' },
  'prefecture.municipality.find': { as: 'pref', input: () => undefined, attacker: 'ok-but-empty', controlShowsVictim: true },
  // the case record (issue #10); the household controls run in this order on persons 福祉総合相談課 recorded itself
  'staff.caseRecord.addEntry': {
    as: 'coordinator',
    input: (v) => ({ caseId: v.cases.supportDecided.id, occurredAt: new Date('2026-11-10T01:00:00Z'), method: 'phone', counterpart: '本人', actedBy: '雛形 担当', content: '電話で様子を確認した' }),
    attacker: 'NOT_FOUND',
  },
  'staff.caseRecord.correctEntry': {
    as: 'coordinator',
    input: (v) => ({ recordId: v.progressRecordId, expectedVersion: 1, occurredAt: new Date('2026-11-01T00:00:00Z'), method: 'phone', counterpart: '本人', actedBy: '古河市の担当', content: '古河市の支援経過（訂正）', reason: '記載の誤り' }),
    attacker: 'NOT_FOUND',
  },
  'staff.caseRecord.timeline': { as: 'coordinator', input: (v) => ({ caseId: v.cases.supportDecided.id }), attacker: 'NOT_FOUND' },
  'staff.caseRecord.personTimeline': { as: 'coordinator', input: (v) => ({ personId: v.cases.supportDecided.primaryPersonId }), attacker: 'NOT_FOUND' },
  'staff.caseRecord.assign': { as: 'coordinator', input: (v) => ({ caseId: v.cases.supportDecided.id, role: 'main', userId: v.users.coordinator }), attacker: 'NOT_FOUND' },
  'staff.caseRecord.assignments': { as: 'coordinator', input: (v) => ({ caseId: v.cases.supportDecided.id }), attacker: 'NOT_FOUND' },
  'staff.assessment.record': {
    as: 'coordinator',
    input: async (v) => ({ caseId: v.cases.supportDecided.id, expectedVersion: await v.assessmentVersion(v.cases.supportDecided.id), sheet: assessmentSheet }),
    attacker: 'NOT_FOUND',
  },
  'staff.assessment.versions': { as: 'coordinator', input: (v) => ({ caseId: v.cases.supportDecided.id }), attacker: 'NOT_FOUND' },
  'staff.forms.ofCase': { as: 'coordinator', input: (v) => ({ caseId: v.cases.supportDecided.id }), attacker: 'NOT_FOUND' },
  'staff.assessment.genogram': { as: 'coordinator', input: (v) => ({ caseId: v.cases.supportDecided.id }), attacker: 'NOT_FOUND' },
  'staff.caseRecord.caseload': { as: 'coordinator', input: () => ({ scope: 'organisation' }), attacker: 'ok-but-empty' },
  'staff.householdMember.shape': { as: 'coordinator', input: (v) => ({ householdId: v.cases.supportDecided.householdId }), attacker: 'NOT_FOUND' },
  'staff.householdMember.add': {
    as: 'coordinator',
    input: (v) => ({ householdId: v.spareHousehold.id, person: { familyName: '練習', givenName: '同子', familyNameKana: 'レンシュウ', givenNameKana: 'ドウコ' }, relation: { toPersonId: v.spareHousehold.personId, kind: 'child', livesTogether: true } }),
    attacker: 'NOT_FOUND',
  },
  'staff.householdMember.separate': { as: 'coordinator', input: (v) => ({ personIds: [v.spareHousehold.personId], address: '古河市見本町9-7', reason: '転居' }), attacker: 'NOT_FOUND' },
  // after separate's control, 別子 lives alone at 9-7; she moves back
  'staff.householdMember.move': { as: 'coordinator', input: (v) => ({ personIds: [v.spareHousehold.personId], toHouseholdId: v.spareHousehold.id, reason: '戻った' }), attacker: 'NOT_FOUND' },
  'staff.householdMember.merge': { as: 'coordinator', input: (v) => ({ survivorId: v.spareHousehold.id, mergedId: v.spareHousehold.duplicatesHouseholdId, reason: '同じ世帯' }), attacker: 'NOT_FOUND' },
  'staff.householdMember.setRelation': { as: 'coordinator', input: (v) => ({ personId: v.duplicatePersonIds[0], relatedPersonId: v.spareHousehold.personId, kind: 'sibling', livesTogether: false }), attacker: 'NOT_FOUND' },
  'staff.householdMember.setPrimary': { as: 'coordinator', input: (v) => ({ householdId: v.spareHousehold.id, personId: v.spareHousehold.personId }), attacker: 'NOT_FOUND' },
  // 茨城県 naming 松本市 (長野県) is refused as not found; lists, releases and totals answer from its own prefecture only
  'prefecture.status.set': { as: 'pref', input: () => ({ municipalityCode: '202029', fiscalYear: 2025, status: 'implementing', source: '県の聞き取り', sourceDate: '2026-11-01' }), attacker: 'NOT_FOUND', controlWritesNothing: 'the snapshot reads 古河市; 長野県 writes 松本市 (a municipality of another prefecture)' },
  'prefecture.status.history': { as: 'pref', input: () => ({ municipalityCode: '202029' }), attacker: 'NOT_FOUND', controlShowsVictim: true },
  'prefecture.statistics.releases': { as: 'pref', input: () => undefined, attacker: 'ok-but-empty' },
  // each publishes its own prefecture's submitted reports (茨城県: those submitted above; 長野県: 松本市's)
  'prefecture.statistics.publish': { as: 'pref', input: () => ({ fiscalYear: 2025 }), attacker: 'ok-but-empty', controlWritesNothing: 'a release is the prefecture\'s own row, not a municipality\'s' },
  'prefecture.statistics.get': { as: 'pref', input: () => ({ fiscalYear: 2025 }), attacker: 'ok-but-empty', controlShowsVictim: true },
  'prefecture.statistics.trend': { as: 'pref', input: () => undefined, attacker: 'ok-but-empty' },
  'prefecture.statistics.exportCsv': { as: 'pref', input: () => ({ fiscalYear: 2025 }), attacker: 'ok-but-empty', controlShowsVictim: true, controlWritesNothing: 'an export writes nothing' },
  'prefecture.structure.compare': { as: 'pref', input: () => ({ codes: ['202029', '202011'], fiscalYear: 2026 }), attacker: 'NOT_FOUND', controlShowsVictim: true },
  'prefecture.grant.totals': { as: 'pref', input: () => ({ fiscalYear: 2026 }), attacker: 'ok-but-empty' },
  'prefecture.contact.find': { as: 'pref', input: () => undefined, attacker: 'ok-but-empty', controlShowsVictim: true },
  // 長野県's survey (to 松本市) is not found for 茨城県, nor may 茨城県 address 松本市
  'prefecture.survey.list': { as: 'pref', input: () => undefined, attacker: 'ok-but-empty' },
  'prefecture.survey.get': { as: 'pref', input: (v) => ({ id: v.prefectureVictimSurveyId }), attacker: 'NOT_FOUND', controlShowsVictim: true },
  'prefecture.survey.create': {
    as: 'pref',
    input: () => ({ title: '実態調査', description: '', deadline: new Date('2027-01-31T08:00:00Z'), municipalityCodes: ['202029'], questions: [{ kind: 'number', label: '専任職員数', required: true, options: [] }] }),
    attacker: 'NOT_FOUND',
    controlWritesNothing: 'the snapshot reads 古河市; 長野県 sends to 松本市',
  },
  'prefecture.survey.reopen': { as: 'pref', input: (v) => ({ id: v.prefectureVictimSurveyId, municipalityCode: '202029' }), attacker: 'NOT_FOUND', controlWritesNothing: 'the snapshot reads 古河市; 長野県 reopens 松本市\'s answer' },
  // 茨城県 can neither change nor cancel 長野県's survey or event; 長野県 can (its own rows, no municipality's)
  'prefecture.survey.update': {
    as: 'pref',
    input: (v) => ({ id: v.prefectureVictimSurveyId, title: '実態調査（改）', description: '', deadline: new Date('2027-03-31T08:00:00Z'), addMunicipalityCodes: [] }),
    attacker: 'NOT_FOUND',
    controlWritesNothing: 'the snapshot reads 古河市; 長野県 changes its own survey',
  },
  'prefecture.survey.cancel': { as: 'pref', input: (v) => ({ id: v.prefectureVictimSurveyId, reason: '誤送信のため' }), attacker: 'NOT_FOUND', controlWritesNothing: 'the snapshot reads 古河市; 長野県 cancels its own survey' },
  'prefecture.survey.exportCsv': { as: 'pref', input: (v) => ({ id: v.prefectureVictimSurveyId }), attacker: 'NOT_FOUND', controlShowsVictim: true, controlWritesNothing: 'an export writes nothing' },
  'prefecture.event.list': { as: 'pref', input: () => undefined, attacker: 'ok-but-empty', controlShowsVictim: true },
  'prefecture.event.create': {
    as: 'pref',
    input: () => ({ kind: 'seminar', title: '地域福祉推進セミナー', startsAt: new Date('2027-02-01T01:00:00Z'), online: true, municipalityCodes: ['202029'] }),
    attacker: 'NOT_FOUND',
    controlWritesNothing: 'the snapshot reads 古河市; 長野県 invites 松本市',
  },
  'prefecture.event.update': {
    as: 'pref',
    input: (v) => ({ id: v.prefectureVictimEventId, kind: 'seminar', title: '長野県のセミナー', startsAt: new Date('2027-02-01T01:00:00Z'), online: true, addMunicipalityCodes: [] }),
    attacker: 'NOT_FOUND',
    controlWritesNothing: 'the snapshot reads 古河市; 長野県 changes its own event',
  },
  'prefecture.event.cancel': { as: 'pref', input: (v) => ({ id: v.prefectureVictimEventId, reason: '講師の都合のため' }), attacker: 'NOT_FOUND', controlWritesNothing: 'the snapshot reads 古河市; 長野県 cancels its own event' },
};
