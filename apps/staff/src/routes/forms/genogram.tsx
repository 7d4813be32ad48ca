// The genogram and ecomap drawn from the household's 続柄 and the organisations of the case. The SVG is
// decoration for sighted readers (aria-hidden); the same facts follow as a list for screen readers and print.
import { useTranslation } from 'react-i18next';
import { layoutGenogram } from '@kasane/domain';
import type { GenogramNode, GenogramOrganisation, GenogramPerson, GenogramRelation } from '@kasane/domain';

function Symbol({ n, size }: { n: GenogramNode; size: number }) {
  const h = size / 2;
  const shape = (inset: number) =>
    n.sex === 'female' ? (
      <circle cx={n.x} cy={n.y} r={h - inset} fill="none" stroke="currentColor" strokeWidth={2} />
    ) : n.sex === 'male' ? (
      <rect x={n.x - h + inset} y={n.y - h + inset} width={size - inset * 2} height={size - inset * 2} fill="none" stroke="currentColor" strokeWidth={2} />
    ) : (
      <polygon points={`${n.x},${n.y - h + inset} ${n.x + h - inset},${n.y} ${n.x},${n.y + h - inset} ${n.x - h + inset},${n.y}`} fill="none" stroke="currentColor" strokeWidth={2} />
    );
  return (
    <g>
      {shape(0)}
      {n.isSubject ? shape(5) : null}
      {n.deceased ? (
        <g stroke="currentColor" strokeWidth={2}>
          <line x1={n.x - h} y1={n.y - h} x2={n.x + h} y2={n.y + h} />
          <line x1={n.x + h} y1={n.y - h} x2={n.x - h} y2={n.y + h} />
        </g>
      ) : null}
      <text x={n.x} y={n.y + h + 14} textAnchor="middle" fill="currentColor">
        {n.label}
      </text>
    </g>
  );
}

export function Genogram({ persons, relations, organisations }: { persons: GenogramPerson[]; relations: GenogramRelation[]; organisations: GenogramOrganisation[] }) {
  const { t } = useTranslation('staff');
  if (persons.length === 0) return <p>{t('genogram.empty')}</p>;
  const g = layoutGenogram({ persons, relations, organisations });
  return (
    <figure className="genogram" data-testid="genogram">
      <svg viewBox={`0 0 ${g.width} ${g.height}`} width={g.width} height={g.height} aria-hidden="true" focusable="false">
        {g.household ? <rect x={g.household.x} y={g.household.y} width={g.household.width} height={g.household.height} rx={12} fill="none" stroke="currentColor" strokeDasharray="6 4" /> : null}
        <g stroke="currentColor" strokeWidth={1.5}>
          {g.lines.map((l, i) => (
            <line key={i} x1={l.x1} y1={l.y1} x2={l.x2} y2={l.y2} />
          ))}
        </g>
        {g.nodes.map((n) => (
          <Symbol key={n.id} n={n} size={g.size} />
        ))}
        {g.organisations.map((o) => (
          <g key={o.id}>
            <line x1={o.link.x1} y1={o.link.y1} x2={o.link.x2} y2={o.link.y2} stroke="currentColor" strokeDasharray="2 3" />
            <ellipse cx={o.x} cy={o.y} rx={54} ry={16} fill="none" stroke="currentColor" />
            <text x={o.x} y={o.y + 4} textAnchor="middle" fill="currentColor">
              {o.label.length > 9 ? `${o.label.slice(0, 9)}…` : o.label}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>{t('genogram.legend')}</figcaption>
      <h3>{t('genogram.listTitle')}</h3>
      <ul>
        {g.description.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </figure>
  );
}
