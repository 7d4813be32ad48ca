// Genogram and ecomap (issue #10 item 7): a pure layout from the household's 続柄 (ADR 0023) and the sheet's
// 性別・死亡, drawn with the standard symbols — 男性□ 女性○ その他◇, 本人 double line, 同居 enclosed, deceased ×,
// one row per generation — plus the organisations involved around it, and the same facts as a list for screen readers.
import { inverseRelation, relationKindLabels } from '../casework/vocabulary.js';
import type { RelationKind } from '../casework/vocabulary.js';
import { sexLabels } from './sheet.js';
import type { Sex } from './sheet.js';

export type GenogramPerson = {
  readonly id: string;
  readonly label: string;
  readonly sex: Sex | null;
  readonly deceased: boolean;
  readonly isSubject: boolean;
  /** 同居: lives in the subject's household */
  readonly livesTogether: boolean;
};
/** `kind` is what `to` is to `from` (the meaning of HouseholdRelation.kind). */
export type GenogramRelation = { readonly from: string; readonly to: string; readonly kind: RelationKind };
export type GenogramOrganisation = { readonly id: string; readonly label: string; readonly role: string };

export type GenogramNode = GenogramPerson & { readonly generation: number; readonly x: number; readonly y: number };
export type Segment = { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };
export type GenogramLayout = {
  readonly width: number;
  readonly height: number;
  readonly size: number;
  readonly nodes: readonly GenogramNode[];
  /** marriage lines and parent–child connectors */
  readonly lines: readonly Segment[];
  readonly household: { readonly x: number; readonly y: number; readonly width: number; readonly height: number } | null;
  readonly organisations: readonly (GenogramOrganisation & { readonly x: number; readonly y: number; readonly link: Segment })[];
  readonly description: readonly string[];
};

export const GENOGRAM_SIZE = 36;
const COLUMN = 120;
const ROW = 110;
const MARGIN = 40;

const generationStep: Readonly<Record<RelationKind, number>> = { parent: -1, child: 1, grandparent: -2, grandchild: 2, spouse: 0, sibling: 0, other: 0 };

/** Generations by walking the relations from the subject; someone unconnected stands in the subject's row. */
function generations(persons: readonly GenogramPerson[], relations: readonly GenogramRelation[]): Map<string, number> {
  const gen = new Map<string, number>();
  const start = persons.find((p) => p.isSubject) ?? persons[0];
  if (start === undefined) return gen;
  const ids = new Set(persons.map((p) => p.id));
  const edges = relations.filter((r) => ids.has(r.from) && ids.has(r.to));
  const walk = (root: string, at: number) => {
    gen.set(root, at);
    const queue = [root];
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      const here = gen.get(id) ?? 0;
      for (const r of edges) {
        const [next, step] = r.from === id ? [r.to, generationStep[r.kind]] : r.to === id ? [r.from, -generationStep[r.kind]] : [undefined, 0];
        if (next !== undefined && !gen.has(next)) {
          gen.set(next, here + step);
          queue.push(next);
        }
      }
    }
  };
  walk(start.id, 0);
  for (const p of persons) if (!gen.has(p.id)) walk(p.id, 0);
  const min = Math.min(...gen.values());
  return new Map([...gen].map(([id, g]) => [id, g - min]));
}

const isSpouse = (relations: readonly GenogramRelation[], a: string, b: string) =>
  relations.some((r) => r.kind === 'spouse' && ((r.from === a && r.to === b) || (r.from === b && r.to === a)));

/** Parents of a child, from either direction of the relation. */
const parentsOf = (relations: readonly GenogramRelation[], child: string): string[] => [
  ...new Set(relations.flatMap((r) => (r.from === child && r.kind === 'parent' ? [r.to] : r.to === child && r.kind === 'child' ? [r.from] : []))),
];

/** One row: 同居 members first (so one rectangle encloses them all), spouses side by side. */
function orderRow(row: readonly GenogramPerson[], relations: readonly GenogramRelation[]): GenogramPerson[] {
  const ordered: GenogramPerson[] = [];
  for (const group of [row.filter((p) => p.livesTogether), row.filter((p) => !p.livesTogether)]) {
    for (const p of group) {
      if (ordered.includes(p)) continue;
      ordered.push(p);
      for (const q of group) if (!ordered.includes(q) && isSpouse(relations, p.id, q.id)) ordered.push(q);
    }
  }
  return ordered;
}

export function layoutGenogram(input: {
  readonly persons: readonly GenogramPerson[];
  readonly relations: readonly GenogramRelation[];
  readonly organisations: readonly GenogramOrganisation[];
}): GenogramLayout {
  const { persons, relations, organisations } = input;
  const gen = generations(persons, relations);
  const rowCount = persons.length === 0 ? 0 : Math.max(...gen.values()) + 1;
  const rows = Array.from({ length: rowCount }, (_, g) => persons.filter((p) => gen.get(p.id) === g));
  // Columns 0…togetherColumns-1 hold only 同居 members in every row, so the household is one rectangle.
  const togetherColumns = Math.max(0, ...rows.map((r) => r.filter((p) => p.livesTogether).length));
  const nodes: GenogramNode[] = rows.flatMap((row, g) => {
    const ordered = orderRow(row, relations);
    const together = ordered.filter((p) => p.livesTogether).length;
    return ordered.map((p, i) => {
      const column = p.livesTogether ? i : togetherColumns + (i - together);
      return { ...p, generation: g, x: MARGIN + column * COLUMN + COLUMN / 2, y: MARGIN + g * ROW + GENOGRAM_SIZE / 2 };
    });
  });
  const at = new Map(nodes.map((n) => [n.id, n]));
  const half = GENOGRAM_SIZE / 2;
  const lines: Segment[] = [];
  for (const a of nodes) for (const b of nodes) if (a.x < b.x && a.y === b.y && isSpouse(relations, a.id, b.id)) lines.push({ x1: a.x + half, y1: a.y, x2: b.x - half, y2: b.y });
  for (const child of nodes) {
    const parents = parentsOf(relations, child.id).flatMap((id) => at.get(id) ?? []).filter((p) => p.y < child.y);
    if (parents.length === 0) continue;
    const from = parents.length === 2 && parents[0] && parents[1] && isSpouse(relations, parents[0].id, parents[1].id)
      ? { x: (parents[0].x + parents[1].x) / 2, y: parents[0].y }
      : { x: parents[0]?.x ?? child.x, y: (parents[0]?.y ?? child.y) + half };
    const mid = child.y - ROW / 2 + half / 2;
    lines.push({ x1: from.x, y1: from.y, x2: from.x, y2: mid }, { x1: from.x, y1: mid, x2: child.x, y2: mid }, { x1: child.x, y1: mid, x2: child.x, y2: child.y - half });
  }
  const together = nodes.filter((n) => n.livesTogether);
  const pad = 14;
  const household = together.length === 0 ? null : (() => {
    const x = Math.min(...together.map((n) => n.x)) - half - pad;
    const y = Math.min(...together.map((n) => n.y)) - half - pad;
    return { x, y, width: Math.max(...together.map((n) => n.x)) + half + pad - x, height: Math.max(...together.map((n) => n.y)) + half + pad + 16 - y };
  })();
  const subject = nodes.find((n) => n.isSubject);
  const orgY = MARGIN + rowCount * ROW + 30;
  const placed = organisations.map((o, i) => {
    const x = MARGIN + i * COLUMN + COLUMN / 2;
    return { ...o, x, y: orgY, link: subject ? { x1: subject.x, y1: subject.y + half, x2: x, y2: orgY - 16 } : { x1: x, y1: orgY, x2: x, y2: orgY } };
  });
  const columns = Math.max(1, ...nodes.map((n) => (n.x - MARGIN - COLUMN / 2) / COLUMN + 1), organisations.length);
  return {
    width: MARGIN * 2 + columns * COLUMN,
    height: orgY + (organisations.length > 0 ? 50 : -20) + MARGIN,
    size: GENOGRAM_SIZE,
    nodes,
    lines,
    household,
    organisations: placed,
    description: describeGenogram(nodes, relations, organisations),
  };
}

/** The genogram as sentences, subject first, then each generation from the eldest — what the SVG shows. */
function describeGenogram(nodes: readonly GenogramNode[], relations: readonly GenogramRelation[], organisations: readonly GenogramOrganisation[]): string[] {
  const subject = nodes.find((n) => n.isSubject);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const relationTo = (n: GenogramNode): string | undefined => {
    if (!subject || n.id === subject.id) return undefined;
    const r = relations.find((x) => x.from === subject.id && x.to === n.id) ?? relations.find((x) => x.to === subject.id && x.from === n.id);
    if (!r) return undefined;
    const kind = r.from === subject.id ? r.kind : inverseRelation(r.kind);
    return `本人の${relationKindLabels[kind]}`;
  };
  const sorted = [...nodes].sort((a, b) => Number(b.isSubject) - Number(a.isSubject) || a.generation - b.generation || a.x - b.x);
  const people = sorted.map((n) => {
    const parts = [
      n.isSubject ? '本人' : relationTo(n),
      n.sex ? sexLabels[n.sex] : '性別不明',
      `第${n.generation + 1}世代`,
      n.livesTogether ? '同居' : '別居',
      n.deceased ? '死亡' : undefined,
    ].filter((s): s is string => s !== undefined);
    const parents = parentsOf(relations, n.id).flatMap((id) => byId.get(id)?.label ?? []);
    return `${n.label}（${parts.join('・')}）${parents.length > 0 ? `、親：${parents.join('、')}` : ''}`;
  });
  return [...people, ...organisations.map((o) => `関係機関：${o.label}${o.role ? `（${o.role}）` : ''}`)];
}

