import { Suspense, lazy, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from '../i18n/react.js';
import { Alert, Button, Loading, PageHeading, SelectField, TextField } from '@kasane/ui';
import { useApiQuery } from '../api.js';
import { feeText, nthText, ruleText } from '../community/format.js';
import { CityContact } from '../community/city-contact.js';
import { Credit, LastConfirmed, WithMunicipality } from '../community/municipality.js';
import type { DayPeriod, PlacesOut, PortalPlace, Weekday } from '../community/types.js';
import { dayPeriods, weekdays } from '../community/types.js';
import { PortalLink, placePath } from '../navigation.js';

// The map and its boundary data load only when the map view is opened (first-load JS stays small).
const PlaceMap = lazy(() => import('../components/place-map.js'));

const audienceIds = ['anyone', 'children', 'parents_with_children', 'older_people', 'disabled_people', 'young_people', 'hikikomori_experience', 'living_alone', 'foreign_residents'] as const;
type View = 'list' | 'calendar' | 'map';
interface Filter {
  audience: string;
  day: string;
  period: string;
  area: string;
  freeOnly: boolean;
  text: string;
}
const emptyFilter: Filter = { audience: '', day: '', period: '', area: '', freeOnly: false, text: '' };

function PlaceCard({ p }: { p: PortalPlace }) {
  const { t, i18n } = useTranslation('portal');
  return (
    <li className="kasane-card portal-entry" data-testid="place">
      <h3>
        <PortalLink to={placePath(p.id)}>{p.name}</PortalLink>
      </h3>
      <p className="kasane-muted">
        {t(`community.kinds.${p.kind}`, { defaultValue: p.kind })}
        {p.area ? ` ／ ${p.area}` : ''}
      </p>
      <ul className="portal-plain-list">
        {p.activities.map((a) => (
          <li key={a.id}>
            <strong>{a.name}</strong>：{a.schedule.map((r) => ruleText(r, t, i18n.language)).join(' ／ ') || t('community.places.noTime')}
            {` ／ ${t('community.places.fee')}：${feeText(a.feeYen ?? p.feeYen, a.feeNote || p.feeNote, t)}`}
          </li>
        ))}
      </ul>
      <p>
        {t('community.places.audience')}：{p.audiences.map((x) => t(`community.audiences.${x}`, { defaultValue: x })).join('、') || '—'}
        {p.activities.length === 0 ? ` ／ ${t('community.places.fee')}：${feeText(p.feeYen, p.feeNote, t)}` : ''}
      </p>
      <LastConfirmed isoDate={p.lastConfirmedAt} />
      <Credit source={p.source} />
    </li>
  );
}

function Calendar({ data }: { data: PlacesOut }) {
  const { t, i18n } = useTranslation('portal');
  return (
    <div className="kasane-table-wrap" tabIndex={0} role="region" aria-labelledby="calendar-caption">
      <table className="kasane-table portal-calendar">
        <caption id="calendar-caption">{t('community.places.calendarCaption')}</caption>
        <thead>
          <tr>
            <td />
            {weekdays.map((d) => (
              <th key={d} scope="col" abbr={t(`community.daysLong.${d}`)}>
                {t(`community.days.${d}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {dayPeriods.map((p) => (
            <tr key={p}>
              <th scope="row">{t(`community.periods.${p}`)}</th>
              {weekdays.map((d) => (
                <td key={d} data-testid={`cell-${d}-${p}`}>
                  <ul className="portal-plain-list">
                    {data.timetable[d][p].map((c, i) => (
                      <li key={`${c.id}-${i}`}>
                        <PortalLink to={placePath(c.id)}>{c.name}</PortalLink>
                        {c.time ? <span className="portal-cell-time"> {c.time}</span> : null}
                        {c.frequency === 'alternate_weeks' ? t('community.places.everyOther') : c.frequency === 'monthly_nth' ? (c.nth.length ? t('community.places.weeks', { nth: nthText(c.nth, t, i18n.language) }) : t('community.places.monthly')) : ''}
                      </li>
                    ))}
                  </ul>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Places({ code, name }: { code: string; name: string }) {
  const { t } = useTranslation('portal');
  const [draft, setDraft] = useState<Filter>(emptyFilter);
  const [filter, setFilter] = useState<Filter>(emptyFilter);
  const [view, setView] = useState<View>('list');
  const key = `places:${code}:${JSON.stringify(filter)}`;
  const result = useApiQuery(
    key,
    (client) =>
      client.portal.place.find.query({
        municipalityCode: code,
        ...(filter.audience ? { audience: filter.audience as (typeof audienceIds)[number] } : {}),
        ...(filter.day ? { day: filter.day as Weekday } : {}),
        ...(filter.period ? { period: filter.period as DayPeriod } : {}),
        ...(filter.area ? { area: filter.area } : {}),
        ...(filter.freeOnly ? { freeOnly: true } : {}),
        ...(filter.text ? { text: filter.text } : {}),
      }),
    { keepPrevious: true },
  );
  const data = result.data;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setFilter({ ...draft, text: draft.text.trim().slice(0, 50) });
  };
  const set = (k: keyof Filter) => (e: { target: { value: string } }) => setDraft((f) => ({ ...f, [k]: e.target.value }));

  return (
    <>
      <p className="portal-lead">{t('community.places.lead')}</p>
      <p className="kasane-muted">{t('community.inMunicipality', { name })}</p>
      <section className="kasane-card" aria-labelledby="filter-title">
        <h2 id="filter-title">{t('community.places.filters')}</h2>
        <form onSubmit={onSubmit} noValidate className="portal-filters">
          <SelectField label={t('community.places.audience')} value={draft.audience} onChange={set('audience')}>
            <option value="">{t('community.places.any')}</option>
            {audienceIds.map((a) => (
              <option key={a} value={a}>
                {t(`community.audiences.${a}`)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('community.places.day')} value={draft.day} onChange={set('day')}>
            <option value="">{t('community.places.any')}</option>
            {weekdays.map((d) => (
              <option key={d} value={d}>
                {t(`community.daysLong.${d}`)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('community.places.period')} value={draft.period} onChange={set('period')}>
            <option value="">{t('community.places.any')}</option>
            {dayPeriods.map((p) => (
              <option key={p} value={p}>
                {t(`community.periods.${p}`)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('community.places.area')} value={draft.area} onChange={set('area')}>
            <option value="">{t('community.places.any')}</option>
            {data?.areas.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </SelectField>
          <TextField label={t('community.places.keyword')} value={draft.text} maxLength={50} autoComplete="off" onChange={set('text')} />
          <div className="portal-check">
            <input id="free-only" type="checkbox" checked={draft.freeOnly} onChange={(e) => setDraft((f) => ({ ...f, freeOnly: e.target.checked }))} />
            <label htmlFor="free-only">{t('community.places.freeOnly')}</label>
          </div>
          <div className="portal-actions">
            <Button type="submit">{t('community.places.apply')}</Button>
            <Button
              variant="text"
              onClick={() => {
                setDraft(emptyFilter);
                setFilter(emptyFilter);
              }}
            >
              {t('community.places.reset')}
            </Button>
          </div>
        </form>
      </section>

      <div className="portal-views" role="group" aria-label={t('community.places.views')}>
        {(['list', 'calendar', 'map'] as const).map((v) => (
          <Button key={v} variant={view === v ? 'primary' : 'secondary'} aria-pressed={view === v} onClick={() => setView(v)}>
            {t(`community.places.${v}`)}
          </Button>
        ))}
      </div>

      {result.isPending ? <Loading /> : null}
      {result.error ? <Alert tone="error">{t('loadError')}</Alert> : null}
      {data ? (
        <section aria-labelledby="results-title">
          <h2 id="results-title">{t(`community.places.${view}`)}</h2>
          <p role="status">
            {data.publishedCount === 0 ? t('community.places.noData', { name }) : data.places.length === 0 ? t('community.places.none') : t('community.places.count', { count: data.places.length })}
          </p>
          {data.publishedCount === 0 ? <CityContact code={code} name={name} showWindows /> : null}
          {view === 'list' ? (
            <ul className="portal-entry-list">
              {data.places.map((p) => (
                <PlaceCard key={p.id} p={p} />
              ))}
            </ul>
          ) : null}
          {view === 'calendar' ? <Calendar data={data} /> : null}
          {view === 'map' ? (
            <Suspense fallback={<p role="status">{t('community.places.mapLoading')}</p>}>
              <PlaceMap municipalityCode={code} municipalityName={name} places={data.places} />
            </Suspense>
          ) : null}
        </section>
      ) : null}
    </>
  );
}

export function PlacesPage() {
  const { t } = useTranslation('portal');
  return (
    <>
      <PageHeading title={t('community.places.title')} appName={t('appName')}>
        {t('community.places.title')}
      </PageHeading>
      <WithMunicipality>{(m) => <Places code={m.code} name={m.name} />}</WithMunicipality>
    </>
  );
}
