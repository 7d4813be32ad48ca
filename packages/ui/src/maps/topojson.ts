// A minimal TopoJSON reader (quantized, delta-encoded arcs; Polygon and MultiPolygon), enough to draw the
// municipalities of the bundled N03 boundary files (国土数値情報 行政区域) without a map library: the
// portal's map of one municipality and the prefecture's choropleth of all of its municipalities.
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

type Geometry = TopoGeometry & { properties?: Record<string, string | null> };

function ringsOf(g: Geometry, arcs: Ring[]): Ring[] {
  if (g.type === 'Polygon') return ((g.arcs ?? []) as number[][]).map((r) => ring(r, arcs));
  if (g.type === 'MultiPolygon') return ((g.arcs ?? []) as number[][][]).flatMap((poly) => poly.map((r) => ring(r, arcs)));
  return [];
}

/** A geometry is a municipality's when its N03_007 (5-digit code) matches, or it is a ward of the designated city named. */
const belongsTo = (g: Geometry, fiveDigitCode: string, cityName: string) => g.properties?.N03_007 === fiveDigitCode || (cityName !== '' && g.properties?.N03_003 === cityName);

/**
 * Rings ([lng, lat]) of every polygon whose N03_007 (5-digit code) matches. A designated city
 * (名古屋市 23100) is drawn in the files as its wards (23101…), which carry the city's name in N03_003.
 */
export function municipalityRings(topo: Topology, fiveDigitCode: string, cityName = ''): Ring[] {
  return municipalityAreas(topo, [{ code: fiveDigitCode, name: cityName }]).get(fiveDigitCode) ?? [];
}

/**
 * The rings of each municipality, the arcs decoded once: `code` is the 5- or 6-digit code (the check digit
 * is ignored), `name` draws a designated city from its wards. Keyed by the code as given.
 */
export function municipalityAreas(topo: Topology, municipalities: readonly { code: string; name: string }[]): Map<string, Ring[]> {
  const arcs = decodeArcs(topo);
  const geometries = Object.values(topo.objects).flatMap((o) => o.geometries as Geometry[]);
  const out = new Map<string, Ring[]>();
  for (const m of municipalities) {
    const five = m.code.slice(0, 5);
    out.set(m.code, geometries.filter((g) => belongsTo(g, five, m.name)).flatMap((g) => ringsOf(g, arcs)));
  }
  return out;
}
