// A minimal TopoJSON reader (quantized, delta-encoded arcs; Polygon and MultiPolygon), enough to
// draw one municipality of the bundled N03 boundary files without a map library.
export interface Topology {
  type: 'Topology';
  arcs: [number, number][][];
  transform?: { scale: [number, number]; translate: [number, number] };
  objects: Record<string, { type: 'GeometryCollection'; geometries: TopoGeometry[] }>;
}
export interface TopoGeometry {
  type: string;
  arcs?: number[][] | number[][][];
  properties?: Record<string, string | null>;
}
export type Ring = [number, number][];

function decodeArcs(topo: Topology): Ring[] {
  const [sx, sy] = topo.transform?.scale ?? [1, 1];
  const [tx, ty] = topo.transform?.translate ?? [0, 0];
  return topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      if (topo.transform) {
        x += dx;
        y += dy;
        return [x * sx + tx, y * sy + ty] as [number, number];
      }
      return [dx, dy] as [number, number];
    });
  });
}

function ring(indexes: number[], arcs: Ring[]): Ring {
  const out: Ring = [];
  for (const i of indexes) {
    const arc = i >= 0 ? arcs[i] : arcs[~i]?.slice().reverse();
    if (!arc) continue;
    out.push(...(out.length ? arc.slice(1) : arc));
  }
  return out;
}

/**
 * Rings ([lng, lat]) of every polygon whose N03_007 (5-digit code) matches. A designated city
 * (名古屋市 23100) is drawn in the files as its wards (23101…), which carry the city's name in N03_003.
 */
export function municipalityRings(topo: Topology, fiveDigitCode: string, cityName = ''): Ring[] {
  const arcs = decodeArcs(topo);
  const rings: Ring[] = [];
  for (const object of Object.values(topo.objects)) {
    for (const g of object.geometries) {
      const p = g.properties;
      if (p?.N03_007 !== fiveDigitCode && !(cityName && p?.N03_003 === cityName)) continue;
      if (g.type === 'Polygon') for (const r of (g.arcs ?? []) as number[][]) rings.push(ring(r, arcs));
      if (g.type === 'MultiPolygon') for (const poly of (g.arcs ?? []) as number[][][]) for (const r of poly) rings.push(ring(r, arcs));
    }
  }
  return rings;
}
