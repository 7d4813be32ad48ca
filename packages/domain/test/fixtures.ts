import type { AccessRequest, Consent, MeetingMembership } from '../src/index.js';

// 土浦市 (082031) and its neighbour 古河市 (082040), with the organisations of seed 003/004's flow.
export const TSUCHIURA = '082031';
export const KOGA = '082040';
export const ORG = {
  welfareOffice: 'org-fukushi-jimusho', // 保護の実施機関 (福祉事務所)
  coordinator: 'org-shakyo-coordination', // 多機関協働事業者 (社協に委託)
  houkatsu: 'org-houkatsu', // 地域包括支援センター
  npo: 'org-npo-hikikomori',
  school: 'org-school-ssw',
} as const;

export const NOW = '2024-06-01T10:00:00+09:00';

export const consent = (overrides: Partial<Consent> = {}): Consent => ({
  id: 'consent-1',
  personId: 'person-1',
  scope: { organisationIds: [ORG.coordinator, ORG.houkatsu], purposes: ['coordination', 'support', 'meeting'] },
  obtainedAt: '2024-04-10T10:00:00+09:00',
  obtainedBy: 'user-coordinator',
  method: 'written',
  ...overrides,
});

export const shienMembership = (overrides: Partial<MeetingMembership> = {}): MeetingMembership => ({
  meetingId: 'meeting-scrumnet-2024-06',
  kind: 'shien',
  undertakingSignedAt: '2024-05-20T09:00:00+09:00',
  agendaPersonIds: ['person-1'],
  ...overrides,
});

export const request = (overrides: Partial<AccessRequest> = {}): AccessRequest => ({
  actor: { userId: 'user-1', role: 'coordinator', organisationId: ORG.coordinator, municipalityCode: TSUCHIURA },
  subject: { personId: 'person-1', municipalityCode: TSUCHIURA, birthDate: '1970-01-15' },
  action: 'read',
  purpose: 'coordination',
  now: NOW,
  origin: { kind: 'case_record', caseId: 'case-1' },
  cases: [{ caseId: 'case-1', ownerOrganisationId: ORG.houkatsu, involvedOrganisationIds: [ORG.coordinator] }],
  consents: [],
  memberships: [],
  ...overrides,
});
