// A choropleth of the prefecture's municipalities, drawn as SVG from the boundary file. The picture is for
// sighted readers; the same figures are in the table beside it (MapPage), so the shapes are aria-hidden.
import { useMemo } from 'react';
import { boundaryMapCredit, fitProjection, municipalityAreas, ringsPath } from '@kasane/ui/maps';
import type { Topology } from '@kasane/ui/maps';

export interface MapClass {
  key: string;
  label: string;
  /** a CSS class of prefecture.css: the fill of the class */
  className: string;
}

const width = 720;

export function Choropleth({ topology, municipalities, classOf, classes, title, legendTitle }: {
  topology: Topology;
  municipalities: readonly { code: string; name: string }[];
  classOf: (code: string) => string;
  classes: readonly MapClass[];
  title: string;
  legendTitle: string;
}) {
  const drawn = useMemo(() => {
    const areas = municipalityAreas(topology, municipalities);
    const fitted = fitProjection([...areas.values()].flat(2), width);
    return { fitted, paths: municipalities.map((m) => ({ ...m, d: ringsPath(areas.get(m.code) ?? [], fitted.xy) })).filter((p) => p.d !== '') };
  }, [topology, municipalities]);
  const byKey = new Map(classes.map((c) => [c.key, c]));
  return (
    <figure className="pref-map">
      <svg viewBox={`0 0 ${width} ${drawn.fitted.height}`} className="pref-map__svg" aria-hidden="true" focusable="false">
        <defs>
          <pattern id="pref-map-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" className="pref-map__hatch-bg" />
            <line x1="0" y1="0" x2="0" y2="6" className="pref-map__hatch-line" />
          </pattern>
        </defs>
        {drawn.paths.map((p) => (
          <path key={p.code} d={p.d} className={`pref-map__area ${byKey.get(classOf(p.code))?.className ?? ''}`} data-code={p.code} data-class={classOf(p.code)}>
            <title>{`${p.name}：${byKey.get(classOf(p.code))?.label ?? ''}`}</title>
          </path>
        ))}
      </svg>
      <figcaption>
        <p className="pref-map__title">{title}</p>
        <p className="pref-map__legend-title">{legendTitle}</p>
        <ul className="pref-map__legend">
          {classes.map((c) => (
            <li key={c.key}>
              <svg width="20" height="14" aria-hidden="true" focusable="false">
                <rect width="20" height="14" className={`pref-map__swatch ${c.className}`} />
              </svg>
              {c.label}
            </li>
          ))}
        </ul>
        <p className="pref-map__credit">{boundaryMapCredit}</p>
      </figcaption>
    </figure>
  );
}
