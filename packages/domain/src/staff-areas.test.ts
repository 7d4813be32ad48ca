import { describe, expect, it } from 'vitest';
import { can, capabilities, roleCapabilities } from './permissions.js';
import { roles } from './roles.js';
import { staffAreaAccess, staffAreaGroupOf, staffAreaGroups, staffAreas, staffAreasOf } from './staff-areas.js';

describe('staffAreasOf', () => {
  it('gives a 民生委員 on a meeting only home, organisations and meetings', () => {
    expect(staffAreasOf('meeting_member')).toEqual(['home', 'meetings', 'organisations']);
  });
  it('gives the administrator every area, and nobody else the administration', () => {
    expect(staffAreasOf('municipal_admin')).toEqual(staffAreas);
    for (const role of roles.filter((r) => r !== 'municipal_admin')) {
      expect(staffAreasOf(role)).not.toContain('accounts');
      expect(staffAreasOf(role)).not.toContain('meetingTypes');
    }
  });
  it('lets every support role take a consultation (断らない相談) and keeps the registers with their keepers', () => {
    for (const role of ['consultation_worker', 'coordinator', 'outreach_worker', 'community_coordinator'] as const) expect(staffAreasOf(role)).toContain('intake');
    expect(staffAreasOf('consultation_worker')).not.toContain('places');
    expect(staffAreasOf('community_coordinator')).toContain('places');
  });
  it('shows the portal consultation requests to those who may list them, the offers to the register keepers', () => {
    expect(staffAreasOf('community_coordinator')).not.toContain('portalRequests');
    expect(staffAreasOf('community_coordinator')).toContain('offers');
    expect(staffAreasOf('outreach_worker')).toContain('portalRequests');
    expect(staffAreasOf('outreach_worker')).not.toContain('offers');
  });
  it('lets the auditor read but not take consultations', () => {
    expect(staffAreasOf('auditor')).toEqual(expect.arrayContaining(['search', 'coordination', 'outreach']));
    expect(staffAreasOf('auditor')).not.toContain('intake');
  });
  it('gives the review of emergency reads (C3) to the administrator and the auditor only', () => {
    expect(roles.filter((r) => staffAreasOf(r).includes('emergencyReview'))).toEqual(['municipal_admin', 'auditor']);
  });
  it('gives a prefectural official, or a role it does not know, nothing in the staff app', () => {
    expect(staffAreasOf('prefectural_official')).toEqual([]);
    expect(staffAreasOf('superuser')).toEqual([]);
  });
  it('always keeps the areas in the menu order', () => {
    for (const role of roles) {
      const areas = staffAreasOf(role);
      expect([...areas].sort((a, b) => staffAreas.indexOf(a) - staffAreas.indexOf(b))).toEqual(areas);
    }
  });
  it('shows an area exactly to the roles holding the capability that opens it', () => {
    for (const role of roles) for (const area of staffAreas) expect(staffAreasOf(role).includes(area)).toBe(can(role, staffAreaAccess[area].opens));
  });
  it('lets no role do anything its menu does not lead to', () => {
    for (const role of roles) {
      const seen = staffAreasOf(role).map((area) => staffAreaAccess[area]);
      for (const capability of roleCapabilities[role]) expect(seen.some((a) => a.opens === capability || a.uses.includes(capability)), `${role} holds ${capability}`).toBe(true);
    }
  });
  it('names every capability in some area', () => {
    const named = new Set(staffAreas.flatMap((area) => [staffAreaAccess[area].opens, ...staffAreaAccess[area].uses]));
    expect(capabilities.filter((c) => !named.has(c))).toEqual([]);
  });
});

describe('staffAreaGroupOf', () => {
  it('puts every area but home in a group, and keeps each group together in the menu order', () => {
    expect(staffAreas.filter((a) => staffAreaGroupOf[a] === null)).toEqual(['home']);
    const order = staffAreas.map((a) => staffAreaGroupOf[a]).filter((g) => g !== null);
    // one run per group, in the groups' order: the flat order and the grouped menu agree
    expect(order.filter((g, i) => g !== order[i - 1])).toEqual([...staffAreaGroups]);
  });
});
