// Distances for "nearest first" on the portal, from coordinates the municipality publishes (no geocoder).
export type LatLng = { readonly lat: number; readonly lng: number };

const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number): number => (deg * Math.PI) / 180;

/** Great-circle distance (haversine), in km. */
export const distanceKm = (a: LatLng, b: LatLng): number => {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
};

/** Items with coordinates first, nearest first; items without coordinates keep their order after them. */
export const sortByDistance = <T extends { lat: number | null; lng: number | null }>(items: readonly T[], origin: LatLng): (T & { distanceKm: number | null })[] => {
  const withD = items.map((item, i) => ({ item, i, d: item.lat === null || item.lng === null ? null : distanceKm(origin, { lat: item.lat, lng: item.lng }) }));
  withD.sort((x, y) => (x.d === null ? (y.d === null ? x.i - y.i : 1) : y.d === null ? -1 : x.d - y.d));
  return withD.map(({ item, d }) => ({ ...item, distanceKm: d === null ? null : Math.round(d * 10) / 10 }));
};
