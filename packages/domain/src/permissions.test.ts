import { describe, expect, it } from 'vitest';
import { can, capabilities, isCapability, roleCapabilities } from './permissions.js';
import type { Capability } from './permissions.js';
import { roles } from './roles.js';
import type { Role } from './roles.js';

const holders = (capability: Capability): Role[] => roles.filter((role) => can(role, capability));

describe('the permission table', () => {
  it('lists every role, and only known capabilities, each once', () => {
    expect(Object.keys(roleCapabilities).sort()).toEqual([...roles].sort());
    for (const role of roles) {
      const held = roleCapabilities[role];
      expect(held.every(isCapability)).toBe(true);
      expect(new Set(held).size).toBe(held.length);
    }
  });

  it('gives every capability to some municipal role', () => {
    for (const capability of capabilities) expect(holders(capability).length).toBeGreaterThan(0);
  });

  it('answers can() from the table for every role and capability', () => {
    for (const role of roles) for (const capability of capabilities) expect(can(role, capability)).toBe(roleCapabilities[role].includes(capability));
  });

  it('gives a prefectural official no staff capability (aggregates only, SPEC §1)', () => {
    expect(roleCapabilities.prefectural_official).toEqual([]);
    for (const capability of capabilities) expect(can('prefectural_official', capability)).toBe(false);
  });

  it('gives a role it does not know nothing, whatever its name', () => {
    for (const unknown of ['superuser', 'admin', '', 'toString', '__proto__', 'constructor', 'hasOwnProperty', 'MUNICIPAL_ADMIN']) {
      for (const capability of capabilities) expect(can(unknown, capability)).toBe(false);
    }
  });

  it('keeps a meeting member (民生委員) to the home, the organisations and their meetings (C4, C5)', () => {
    expect([...roleCapabilities.meeting_member].sort()).toEqual(['home', 'meetings.attend', 'organisations.read']);
    expect(can('meeting_member', 'intake.take')).toBe(false);
  });

  it('lets every supporting role take a consultation (断らない相談), but not the auditor', () => {
    expect(holders('intake.take')).toEqual(['municipal_admin', 'consultation_worker', 'coordinator', 'outreach_worker', 'community_coordinator']);
  });

  it('keeps the auditor to reading, plus the disclosure export', () => {
    const writes: Capability[] = ['intake.take', 'persons.merge', 'consent.record', 'household.edit', 'protection.acknowledge', 'coordination.work', 'outreach.work', 'participation.match', 'register.keep', 'resources.edit', 'meetings.organise', 'meetingTypes.edit', 'accounts.manage'];
    for (const capability of writes) expect(can('auditor', capability)).toBe(false);
    for (const capability of ['search.lists', 'person.read', 'coordination.read', 'outreach.read', 'disclosure.export'] as const) expect(can('auditor', capability)).toBe(true);
  });

  it('keeps the administration with the administrator', () => {
    expect(holders('accounts.manage')).toEqual(['municipal_admin']);
    expect(holders('meetingTypes.edit')).toEqual(['municipal_admin']);
    expect(holders('disclosure.export')).toEqual(['municipal_admin', 'auditor']);
  });

  it('keeps what the routers and services allowed before the table', () => {
    expect(holders('persons.merge')).toEqual(['municipal_admin', 'consultation_worker', 'coordinator']);
    expect(holders('meetings.organise')).toEqual(['municipal_admin', 'coordinator']);
    expect(holders('register.keep')).toEqual(['municipal_admin', 'coordinator', 'community_coordinator']);
    expect(holders('resources.edit')).toEqual(['municipal_admin', 'coordinator', 'community_coordinator']);
    expect(holders('portalRequests.offers')).toEqual(['municipal_admin', 'coordinator', 'community_coordinator']);
    expect(holders('portalRequests.consultations')).toEqual(['municipal_admin', 'consultation_worker', 'coordinator', 'outreach_worker']);
    expect(holders('outreach.work')).toEqual(['municipal_admin', 'consultation_worker', 'coordinator', 'outreach_worker', 'community_coordinator']);
  });
});
