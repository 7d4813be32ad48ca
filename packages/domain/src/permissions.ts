import { roles } from './roles.js';
import type { Role } from './roles.js';

// The one permission table (issue #8): which staff procedures each role may call at all. The API's
// staffProcedure refuses a procedure whose capability the actor's role lacks, and the staff menu is
// derived from the same table (staff-areas.ts). Whether a given person's data may be read or written
// stays with decideAccess (consent, own case, 支援会議, the auditor's read-only basis).
export const capabilities = [
  'home',
  'organisations.read',
  'intake.take',
  'persons.merge',
  'reference.read',
  'search.lists',
  'person.read',
  'consent.record',
  'household.edit',
  'disclosure.export',
  'protection.queue',
  'protection.acknowledge',
  'portalRequests.read',
  'portalRequests.consultations',
  'portalRequests.offers',
  'register.keep',
  'participation.match',
  'resources.edit',
  'coordination.read',
  'coordination.work',
  'meetings.attend',
  'meetings.organise',
  'meetingTypes.edit',
  'outreach.read',
  'outreach.work',
  'accounts.manage',
  'audit.log',
  'emergency.open',
  'emergency.review',
  'backoffice.read',
  'structure.manage',
  'grant.manage',
  'report.manage',
] as const;
export type Capability = (typeof capabilities)[number];

/** Every municipal role: the home screen, the organisations and the meetings they sit on. */
const everyone: readonly Capability[] = ['home', 'organisations.read', 'meetings.attend'];
/** What the auditor reads for the audit (地方自治法第199条); decideAccess allows it only for purpose 'audit'. */
const reading: readonly Capability[] = ['reference.read', 'search.lists', 'person.read', 'protection.queue', 'coordination.read', 'outreach.read'];
/** SPEC §3 断らない相談: every role that supports people takes a consultation and works its cases. */
const supporting: readonly Capability[] = [
  ...everyone,
  ...reading,
  'intake.take',
  'consent.record',
  'household.edit',
  'protection.acknowledge',
  'portalRequests.read',
  'participation.match',
  'coordination.work',
  'outreach.work',
  // C3: a recorded emergency read (risk to life or body), reviewed afterwards
  'emergency.open',
];
/** Keepers of the 地域づくり / 参加支援 registers, and of the residents' offers from the portal. */
const keeping: readonly Capability[] = ['register.keep', 'resources.edit', 'portalRequests.offers'];
/** The consultation requests from the portal land with the consultation windows (相談受付). */
const window: readonly Capability[] = ['portalRequests.consultations'];
/** 体制・交付金・実績報告 (issue #11): kept by the administrator, read by the coordinator. */
const backOffice: readonly Capability[] = ['backoffice.read', 'structure.manage', 'grant.manage', 'report.manage'];

export const roleCapabilities: Readonly<Record<Role, readonly Capability[]>> = {
  municipal_admin: [...supporting, ...window, ...keeping, 'persons.merge', 'disclosure.export', 'meetings.organise', 'meetingTypes.edit', 'accounts.manage', 'audit.log', 'emergency.review', ...backOffice],
  consultation_worker: [...supporting, ...window, 'persons.merge'],
  coordinator: [...supporting, ...window, ...keeping, 'persons.merge', 'meetings.organise', 'backoffice.read'],
  outreach_worker: [...supporting, ...window],
  community_coordinator: [...supporting, ...keeping],
  // a 民生委員 or other member sees people only through the meetings they sit on (C4, C5)
  meeting_member: everyone,
  // read only; the export answers a person's own disclosure request (個人情報保護法第76条)
  auditor: [...everyone, ...reading, 'disclosure.export', 'audit.log', 'emergency.review'],
  // SPEC §1: the prefecture sees aggregates only, never the staff app
  prefectural_official: [],
};

/** An unknown role (e.g. from an older session or a hand-edited row) can do nothing. */
export function can(role: Role | (string & {}), capability: Capability): boolean {
  return isRole(role) && roleCapabilities[role].includes(capability);
}

function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

export function isCapability(value: unknown): value is Capability {
  return typeof value === 'string' && (capabilities as readonly string[]).includes(value);
}
