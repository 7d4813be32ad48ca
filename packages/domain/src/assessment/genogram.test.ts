import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { layoutGenogram } from './genogram.js';
import type { GenogramPerson, GenogramRelation } from './genogram.js';

// A 3-generation household: grandmother (widowed, lives with her son), her late husband, the son (本人) and his
// daughter living together, and the son's sister living elsewhere.
const persons: GenogramPerson[] = [
  { id: 'son', label: '見本 一郎', sex: 'male', deceased: false, isSubject: true, livesTogether: true },
  { id: 'mother', label: '見本 花子', sex: 'female', deceased: false, isSubject: false, livesTogether: true },
  { id: 'father', label: '夫（故人）', sex: 'male', deceased: true, isSubject: false, livesTogether: false },
  { id: 'sister', label: '長女', sex: 'female', deceased: false, isSubject: false, livesTogether: false },
  { id: 'grandchild', label: '見本 さくら', sex: 'other', deceased: false, isSubject: false, livesTogether: true },
];
const relations: GenogramRelation[] = [
  { from: 'son', to: 'mother', kind: 'parent' },
  { from: 'son', to: 'father', kind: 'parent' },
  { from: 'mother', to: 'father', kind: 'spouse' },
  { from: 'sister', to: 'mother', kind: 'parent' },
  { from: 'sister', to: 'father', kind: 'parent' },
  { from: 'son', to: 'grandchild', kind: 'child' },
];
const organisations = [{ id: 'o1', label: '地域包括支援センター', role: '介護サービスの調整' }];

describe('layoutGenogram — a 3-generation household', () => {
  const g = layoutGenogram({ persons, relations, organisations });
  const node = (id: string) => {
    const n = g.nodes.find((x) => x.id === id);
    if (!n) throw new Error(id);
    return n;
  };
  it('puts each generation in its own row, the eldest on top', () => {
    expect([node('mother').generation, node('father').generation]).toEqual([0, 0]);
    expect([node('son').generation, node('sister').generation]).toEqual([1, 1]);
    expect(node('grandchild').generation).toBe(2);
    expect(node('mother').y).toBe(node('father').y);
    expect(node('mother').y).toBeLessThan(node('son').y);
    expect(node('son').y).toBeLessThan(node('grandchild').y);
  });
  it('encloses exactly the 同居 members in the household rectangle', () => {
    const h = g.household;
    if (!h) throw new Error('no household');
    const inside = (n: { x: number; y: number }) => n.x > h.x && n.x < h.x + h.width && n.y > h.y && n.y < h.y + h.height;
    expect(g.nodes.filter(inside).map((n) => n.id).sort()).toEqual(['grandchild', 'mother', 'son']);
  });
  it('draws the marriage line between the spouses and one connector from the couple to each child', () => {
    expect(g.lines).toContainEqual(expect.objectContaining({ y1: node('mother').y, y2: node('father').y }));
    const couple = (node('mother').x + node('father').x) / 2;
    expect(g.lines.filter((l) => l.x1 === couple && l.y1 === node('mother').y)).toHaveLength(2);
    expect(g.lines.some((l) => l.x1 === node('son').x && l.x2 === node('son').x && l.y2 === node('son').y - g.size / 2)).toBe(true);
    expect(g.lines.some((l) => l.x1 === node('grandchild').x && l.y2 === node('grandchild').y - g.size / 2)).toBe(true);
  });
  it('places the organisations below the family, each linked to the subject', () => {
    const [o] = g.organisations;
    expect(o?.y).toBeGreaterThan(node('grandchild').y);
    expect(o?.link).toMatchObject({ x1: node('son').x, y1: node('son').y + g.size / 2 });
    expect(g.width).toBeGreaterThanOrEqual(Math.max(...g.nodes.map((n) => n.x)) + g.size / 2);
    expect(g.height).toBeGreaterThan(o?.y ?? 0);
  });
  it('says the same in a list: 本人 first, relation, sex, generation, 同居/別居, death, parents, organisations', () => {
    expect(g.description[0]).toBe('見本 一郎（本人・男性・第2世代・同居）、親：見本 花子、夫（故人）');
    expect(g.description).toContain('夫（故人）（本人の親・男性・第1世代・別居・死亡）');
    expect(g.description).toContain('見本 さくら（本人の子・その他・第3世代・同居）、親：見本 一郎');
    expect(g.description.at(-1)).toBe('関係機関：地域包括支援センター（介護サービスの調整）');
  });
});

describe('layoutGenogram — invariants', () => {
  const arbPersons = fc.uniqueArray(fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), together: fc.boolean() }), { selector: (p) => p.id, minLength: 1 });
  test.prop([arbPersons, fc.array(fc.tuple(fc.nat(5), fc.nat(5), fc.constantFrom<GenogramRelation['kind']>('parent', 'child', 'spouse', 'sibling', 'grandparent', 'grandchild', 'other')))])(
    'every person drawn once, no two on the same spot, the rectangle holds every 同居 member and nobody else',
    (ps, rs) => {
      const people: GenogramPerson[] = ps.map((p, i) => ({ id: p.id, label: p.id, sex: null, deceased: false, isSubject: i === 0, livesTogether: p.together }));
      const rels = rs.flatMap(([a, b, kind]) => {
        const from = ps[a % ps.length]?.id;
        const to = ps[b % ps.length]?.id;
        return from && to && from !== to ? [{ from, to, kind }] : [];
      });
      const g = layoutGenogram({ persons: people, relations: rels, organisations: [] });
      expect(g.nodes.map((n) => n.id).sort()).toEqual(people.map((p) => p.id).sort());
      expect(new Set(g.nodes.map((n) => `${n.x},${n.y}`)).size).toBe(g.nodes.length);
      const h = g.household;
      for (const n of g.nodes) {
        const inside = h !== null && n.x > h.x && n.x < h.x + h.width && n.y > h.y && n.y < h.y + h.height;
        expect(inside).toBe(n.livesTogether);
      }
      expect(g.description).toHaveLength(people.length);
    },
  );
});
