// Boundary maps drawn from the bundled N03 files (no tiles, nothing external): `@kasane/ui/maps`.
export { municipalityAreas, municipalityRings } from './topojson.js';
export type { Ring, Topology, TopoGeometry } from './topojson.js';
export { fitProjection, ringsPath } from './projection.js';
export type { Fitted } from './projection.js';
/** The credit the Ministry requires on every map drawn from its 行政区域 data (apps/portal/public/maps/ORIGIN.md). */
export const boundaryMapCredit = '出典：国土交通省 国土数値情報（行政区域データ）を加工して作成';
