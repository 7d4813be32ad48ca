// Fitting [lng, lat] into an SVG of a given width: an equirectangular projection scaled by cos(latitude),
// exact enough at a town's or a prefecture's size (the portal's and the prefecture's maps).
import type { Ring } from './topojson.js';

export interface Fitted {
  xy: (lng: number, lat: number) => [number, number];
  width: number;
  height: number;
}

export function fitProjection(points: readonly (readonly [number, number])[], width: number, pad = 16): Fitted {
  let [minLng, maxLng, minLat, maxLat] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const [lng, lat] of points) {
    minLng = Math.min(minLng, lng);
    maxLng = Math.max(maxLng, lng);
    minLat = Math.min(minLat, lat);
    maxLat = Math.max(maxLat, lat);
  }
  if (!Number.isFinite(minLng)) return { xy: () => [pad, pad], width, height: 2 * pad };
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLng - minLng) * k, 1e-6);
  const spanY = Math.max(maxLat - minLat, 1e-6);
  const scale = (width - 2 * pad) / spanX;
  const height = Math.round(spanY * scale + 2 * pad);
  return { xy: (lng, lat) => [pad + (lng - minLng) * k * scale, pad + (maxLat - lat) * scale], width, height };
}

/** The SVG path of rings, one closed subpath each. */
export function ringsPath(rings: readonly Ring[], xy: Fitted['xy']): string {
  return rings.map((r) => `M${r.map(([lng, lat]) => xy(lng, lat).map((v) => v.toFixed(1)).join(',')).join('L')}Z`).join('');
}
