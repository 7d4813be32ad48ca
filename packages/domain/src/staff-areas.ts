import { can } from './permissions.js';
import type { Capability } from './permissions.js';
import type { Role } from './roles.js';

// The areas of the staff app, in menu order (grouped: staffAreaGroupOf below). Each names the capability that opens it and the further
// capabilities its screens use, all from the one permission table (permissions.ts), so the menu shows a
// role exactly the work the API lets it do.
export const staffAreas = [
  'home',
  'intake',
  'search',
  'coordination',
  'outreach',
  'protection',
  'portalRequests',
  'meetings',
  'meetingTypes',
  'places',
  'windows',
  'resources',
  'offers',
  'unconfirmed',
  'directoryImport',
  'organisations',
  'accounts',
  'auditLog',
  'emergencyReview',
  'structure',
  'grant',
  'annualReport',
  'implementationPlan',
  'surveys',
  'supportEvents',
] as const;
export type StaffArea = (typeof staffAreas)[number];

export interface StaffAreaAccess {
  /** a role sees the area exactly when it holds this */
  readonly opens: Capability;
  /** what the area's screens may further ask, only of those who can open it */
  readonly uses: readonly Capability[];
}

export const staffAreaAccess: Readonly<Record<StaffArea, StaffAreaAccess>> = {
  home: { opens: 'home', uses: [] },
  organisations: { opens: 'organisations.read', uses: [] },
  intake: { opens: 'intake.take', uses: ['persons.merge', 'reference.read'] },
  // a person's own pages (consent, household, disclosure ledger, 参加支援) open from the search
  search: { opens: 'search.lists', uses: ['reference.read', 'person.read', 'consent.record', 'household.edit', 'disclosure.export', 'participation.match', 'emergency.open'] },
  protection: { opens: 'protection.queue', uses: ['protection.acknowledge'] },
  portalRequests: { opens: 'portalRequests.consultations', uses: ['portalRequests.read'] },
  places: { opens: 'register.keep', uses: [] },
  offers: { opens: 'portalRequests.offers', uses: ['portalRequests.read'] },
  windows: { opens: 'register.keep', uses: [] },
  resources: { opens: 'participation.match', uses: ['resources.edit'] },
  unconfirmed: { opens: 'register.keep', uses: [] },
  directoryImport: { opens: 'register.keep', uses: [] },
  coordination: { opens: 'coordination.read', uses: ['coordination.work', 'reference.read'] },
  meetings: { opens: 'meetings.attend', uses: ['meetings.organise'] },
  meetingTypes: { opens: 'meetingTypes.edit', uses: [] },
  outreach: { opens: 'outreach.read', uses: ['outreach.work'] },
  accounts: { opens: 'accounts.manage', uses: [] },
  // アクセス記録 (個人情報保護法第66条 安全管理措置): the auditor and the administrator
  auditLog: { opens: 'audit.log', uses: [] },
  // C3: emergency reads are reviewed afterwards by the administrator or the auditor
  emergencyReview: { opens: 'emergency.review', uses: [] },
  // 体制・交付金・実績報告 (issue #11): the coordinator reads what the administrator keeps
  structure: { opens: 'backoffice.read', uses: ['structure.manage'] },
  grant: { opens: 'backoffice.read', uses: ['grant.manage'] },
  annualReport: { opens: 'backoffice.read', uses: ['report.manage'] },
  // 実施計画 (法第106条の5) and the status the municipality declares (ADR 0026)
  implementationPlan: { opens: 'backoffice.read', uses: ['structure.manage'] },
  // the prefecture's 実態調査 and 後方支援 events (issue #11 items 10, 11): answered by the administrator
  surveys: { opens: 'backoffice.read', uses: ['report.manage'] },
  supportEvents: { opens: 'backoffice.read', uses: ['report.manage'] },
};

/** The menu's groups (issue #10: 22 areas in one row wrapped to three). `home` stands above them. */
export const staffAreaGroups = ['casework', 'meetings', 'community', 'administration'] as const;
export type StaffAreaGroup = (typeof staffAreaGroups)[number];

export const staffAreaGroupOf: Readonly<Record<StaffArea, StaffAreaGroup | null>> = {
  home: null,
  intake: 'casework',
  search: 'casework',
  coordination: 'casework',
  outreach: 'casework',
  protection: 'casework',
  portalRequests: 'casework',
  meetings: 'meetings',
  meetingTypes: 'meetings',
  places: 'community',
  windows: 'community',
  resources: 'community',
  offers: 'community',
  unconfirmed: 'community',
  directoryImport: 'community',
  organisations: 'administration',
  accounts: 'administration',
  auditLog: 'administration',
  emergencyReview: 'administration',
  structure: 'administration',
  implementationPlan: 'administration',
  grant: 'administration',
  annualReport: 'administration',
  surveys: 'administration',
  supportEvents: 'administration',
};

/** An unknown role (e.g. from an older session) gets no area rather than every area. */
export function staffAreasOf(role: Role | (string & {})): StaffArea[] {
  return staffAreas.filter((area) => can(role, staffAreaAccess[area].opens));
}
