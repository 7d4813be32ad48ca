// The prefecture's boundary file, from the one copy the portal ships (apps/portal/public/maps, see its
// ORIGIN.md): bundled as hashed assets, fetched only when the map opens; no tiles, nothing external.
import type { Topology } from '@kasane/ui/maps';

const files = import.meta.glob<string>('../../../../portal/public/maps/N03-21_*_210101.json', { query: '?url', import: 'default' });

export async function loadBoundaries(prefectureCode: string): Promise<Topology> {
  const pp = prefectureCode.slice(0, 2);
  const url = files[`../../../../portal/public/maps/N03-21_${pp}_210101.json`];
  if (!url) throw new Error(`no boundary file for ${pp}`);
  const response = await fetch(await url());
  if (!response.ok) throw new Error(String(response.status));
  return (await response.json()) as Topology;
}
