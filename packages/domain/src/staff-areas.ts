import { emergencyReviewRoles } from './access/emergency.js';
import type { Role } from './roles.js';

// Which areas of the staff app each role works in, so the navigation shows a role its own work.
// The API still decides every request (packages/api/src/trpc.ts); this only shapes the menu.
export const staffAreas = [
  'home',
  'organisations',
  'intake',
  'search',
  'protection',
  'portalRequests',
  'places',
  'offers',
  'windows',
  'resources',
  'unconfirmed',
  'directoryImport',
  'coordination',
  'meetings',
  'meetingTypes',
  'outreach',
  'accounts',
  'emergencyReview',
] as const;
export type StaffArea = (typeof staffAreas)[number];

type MunicipalRole = Exclude<Role, 'prefectural_official'>;

/** Roles that support people: SPEC §3 断らない相談 — any of them takes a consultation. */
const supportRoles: readonly MunicipalRole[] = ['municipal_admin', 'consultation_worker', 'coordinator', 'outreach_worker', 'community_coordinator'];
/** Keepers of the 地域づくり / 参加支援 registers (the API's community editors). */
const registerKeepers: readonly MunicipalRole[] = ['municipal_admin', 'coordinator', 'community_coordinator'];
const allMunicipal: readonly MunicipalRole[] = [...supportRoles, 'meeting_member', 'auditor'];

const areaRoles: Readonly<Record<StaffArea, readonly MunicipalRole[]>> = {
  home: allMunicipal,
  organisations: allMunicipal,
  intake: supportRoles,
  // the auditor reads records for the audit; a meeting member sees cases only through their meetings (C4)
  search: [...supportRoles, 'auditor'],
  protection: [...supportRoles, 'auditor'],
  portalRequests: supportRoles,
  places: registerKeepers,
  offers: registerKeepers,
  windows: registerKeepers,
  // 参加支援: every support role matches people to resources
  resources: supportRoles,
  unconfirmed: registerKeepers,
  directoryImport: registerKeepers,
  coordination: [...supportRoles, 'auditor'],
  meetings: allMunicipal,
  meetingTypes: ['municipal_admin'],
  outreach: [...supportRoles, 'auditor'],
  accounts: ['municipal_admin'],
  // C3: emergency reads are reviewed afterwards by the administrator or the auditor
  emergencyReview: emergencyReviewRoles.filter((r): r is MunicipalRole => r !== 'prefectural_official'),
};

/** An unknown role (e.g. from an older session) gets no area rather than every area. */
export function staffAreasOf(role: Role | (string & {})): StaffArea[] {
  return staffAreas.filter((area) => (areaRoles[area] as readonly string[]).includes(role));
}
