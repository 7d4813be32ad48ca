import { describe, expect, it } from 'vitest';
import { fieldLabels, getPart, partCatalogue, partIds, partItemLabel, pillarLabels, requiredParts } from './catalogue.js';
import { deliveryCoverage } from './coverage.js';

describe('program parts (法第106条の4第2項, SPEC §2)', () => {
  it('catalogues the thirteen parts with 号 and labels', () => {
    expect(partCatalogue.map((p) => p.id)).toEqual([...partIds]);
    expect(partItemLabel(getPart('consult.elderly'))).toBe('1号イ');
    expect(partItemLabel(getPart('community.poverty'))).toBe('3号柱書');
    expect(partItemLabel(getPart('coordination'))).toBe('5号');
    expect(fieldLabels[getPart('consult.child').field]).toBe('子ども');
    expect(pillarLabels[getPart('participation').pillar]).toBe('参加支援');
    expect(partCatalogue.filter((p) => p.isNew).map((p) => p.id)).toEqual(['participation', 'outreach', 'coordination', 'support_plan']);
    expect(partCatalogue.filter((p) => !p.isNew).every((p) => p.law !== undefined)).toBe(true);
    expect(requiredParts()).toHaveLength(13);
  });
});

describe('deliveryCoverage (全て実施, 第4項 委託)', () => {
  const everything = partIds.filter((id) => id !== 'support_plan').map((partId) => ({ partId, mode: 'direct' as const }));

  it('complete when every part is delivered; 6号 comes with 5号', () => {
    const c = deliveryCoverage(everything);
    expect(c.complete).toBe(true);
    expect(c.byPart.support_plan.covered).toBe(true);
  });

  it('direct and 委託 may coexist for one part', () => {
    const c = deliveryCoverage([...everything, { partId: 'coordination', mode: 'entrusted', organisationId: 'shakyo' }, { partId: 'coordination', mode: 'entrusted', organisationId: 'shakyo' }]);
    expect(c.byPart.coordination).toEqual({ partId: 'coordination', direct: true, entrustedTo: ['shakyo'], covered: true });
  });

  it('lists what is missing, and warns about an unnamed 委託先 and a plan without 多機関協働', () => {
    const c = deliveryCoverage([{ partId: 'support_plan', mode: 'direct' }, { partId: 'outreach', mode: 'entrusted' }, { partId: 'participation', mode: 'entrusted', organisationId: 'npo' }]);
    expect(c.complete).toBe(false);
    expect(c.covered).toEqual(['participation']);
    expect(c.missing).toContain('support_plan');
    expect(c.missing).toContain('outreach');
    expect(c.warnings).toHaveLength(2);
  });
});
