import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/react.js';
import { Alert } from '@kasane/ui';
import { fitProjection, municipalityRings, ringsPath } from '@kasane/ui/maps';
import type { Ring, Topology } from '@kasane/ui/maps';
import type { PortalPlace } from '../community/types.js';
import { PortalLink, placePath, useNavigation } from '../navigation.js';

// Drawn as SVG from the bundled boundary file of the prefecture (public/maps, see ORIGIN.md).

const width = 640;

export default function PlaceMap({ municipalityCode, municipalityName, places }: { municipalityCode: string; municipalityName: string; places: PortalPlace[] }) {
  const { t } = useTranslation('portal');
  const { navigate } = useNavigation();
  const [rings, setRings] = useState<Ring[] | null>(null);
  const [failed, setFailed] = useState(false);
  const prefecture = municipalityCode.slice(0, 2);

  useEffect(() => {
    let active = true;
    setFailed(false);
    fetch(`/maps/N03-21_${prefecture}_210101.json`)
      .then((r) => (r.ok ? (r.json() as Promise<Topology>) : Promise.reject(new Error(String(r.status)))))
      .then((topo) => {
        if (active) setRings(municipalityRings(topo, municipalityCode.slice(0, 5), municipalityName));
      })
      .catch(() => {
        if (active) {
          setRings([]);
          setFailed(true);
        }
      });
    return () => {
      active = false;
    };
  }, [prefecture, municipalityCode, municipalityName]);

  const located = places.filter((p): p is PortalPlace & { lat: number; lng: number } => p.lat !== null && p.lng !== null);
  const unlocated = places.filter((p) => p.lat === null || p.lng === null);
  if (rings === null) return <p role="status">{t('community.places.mapLoading')}</p>;
  const { xy, height } = fitProjection([...rings.flat(), ...located.map((p) => [p.lng, p.lat] as const)], width);

  return (
    <figure className="portal-map">
      {failed ? <Alert tone="warning">{t('community.places.mapError')}</Alert> : null}
      <svg viewBox={`0 0 ${width} ${height}`} role="group" aria-label={t('community.places.mapLabel', { name: municipalityName })} className="portal-map__svg">
        {rings.map((r, i) => (
          <path key={i} d={ringsPath([r], xy)} className="portal-map__area" aria-hidden="true" />
        ))}
        {located.map((p, i) => {
          const [x, y] = xy(p.lng, p.lat);
          return (
            <a
              key={p.id}
              href={placePath(p.id)}
              aria-label={`${i + 1}. ${p.name}`}
              onClick={(e) => {
                e.preventDefault();
                navigate(placePath(p.id));
              }}
            >
              <title>{p.name}</title>
              <circle cx={x} cy={y} r={11} className="portal-map__marker" />
              <text x={x} y={y + 4} textAnchor="middle" className="portal-map__number" aria-hidden="true">
                {i + 1}
              </text>
            </a>
          );
        })}
      </svg>
      <figcaption>
        <ol className="portal-map__legend">
          {located.map((p) => (
            <li key={p.id}>
              <PortalLink to={placePath(p.id)}>{p.name}</PortalLink>
            </li>
          ))}
        </ol>
        {unlocated.length ? <p>{t('community.places.mapNoPosition', { names: unlocated.map((p) => p.name).join('、') })}</p> : null}
        <p className="portal-map__credit">{t('community.places.mapCredit')}</p>
      </figcaption>
    </figure>
  );
}
