import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from '../i18n/react.js';
import { Alert, Badge, Button, Loading, PageHeading, TextField } from '@kasane/ui';
import { useApiQuery } from '../api.js';
import { CityContact } from '../community/city-contact.js';
import { hoursLines } from '../community/format.js';
import { LastConfirmed, SourceCredit, WithMunicipality } from '../community/municipality.js';
import type { PortalWindow } from '../community/types.js';
import { PortalLink, portalPaths } from '../navigation.js';

type Origin = { kind: 'none' } | { kind: 'position'; lat: number; lng: number } | { kind: 'near'; text: string };

function WindowCard({ w }: { w: PortalWindow }) {
  const { t } = useTranslation('portal');
  return (
    <li className="kasane-card portal-entry" data-testid="window">
      <h3>{w.name}</h3>
      <p>
        {w.openNow ? <Badge tone="info">{t('community.windows.openNow')}</Badge> : <span className="kasane-muted">{t('community.windows.closedNow')}</span>}
        {w.distanceKm !== null ? <span className="portal-distance"> {t('community.windows.distance', { km: w.distanceKm })}</span> : null}
      </p>
      <dl className="kasane-dl">
        <dt>{t('community.windows.hours')}</dt>
        <dd>
          {w.hours.spans.length === 0 && !w.hours.text ? '—' : null}
          {w.hours.text ? <p className="portal-hours-text">{w.hours.text}</p> : null}
          <ul className="portal-plain-list">
            {hoursLines(w.hours.spans, t).map((line) => (
              <li key={line}>{line}</li>
            ))}
            {w.hours.closedOnHolidays ? <li>{t('community.windows.closedOnHolidays')}</li> : null}
          </ul>
        </dd>
        {w.phone ? (
          <>
            <dt>{t('community.windows.phone')}</dt>
            <dd>
              <a href={`tel:${w.phone.replace(/[^0-9+]/g, '')}`}>{w.phone}</a>
            </dd>
          </>
        ) : null}
        {w.address ? (
          <>
            <dt>{t('community.windows.address')}</dt>
            <dd>{w.address}</dd>
          </>
        ) : null}
        {w.languages.length ? (
          <>
            <dt>{t('community.windows.languages')}</dt>
            <dd>{w.languages.map((l) => t(`community.languages.${l}`, { defaultValue: l })).join(' / ')}</dd>
          </>
        ) : null}
        {w.topics.length ? (
          <>
            <dt>{t('community.windows.topics')}</dt>
            <dd>{w.topics.map((x) => t(`community.topics.${x}`, { defaultValue: x })).join(' / ')}</dd>
          </>
        ) : null}
      </dl>
      {w.note ? <p>{w.note}</p> : null}
      <SourceCredit w={w} />
      <LastConfirmed isoDate={w.lastConfirmedAt} />
    </li>
  );
}

function Windows({ code, name }: { code: string; name: string }) {
  const { t } = useTranslation('portal');
  const [origin, setOrigin] = useState<Origin>({ kind: 'none' });
  const [text, setText] = useState('');
  const [locating, setLocating] = useState(false);
  const [locationError, setLocationError] = useState(false);
  const key = `windows:${code}:${JSON.stringify(origin)}`;
  const result = useApiQuery(
    key,
    (client) =>
      client.portal.window.find.query({
        municipalityCode: code,
        ...(origin.kind === 'position' ? { lat: origin.lat, lng: origin.lng } : {}),
        ...(origin.kind === 'near' ? { near: origin.text } : {}),
      }),
    { keepPrevious: true },
  );

  const useLocation = () => {
    setLocationError(false);
    if (!('geolocation' in navigator)) {
      setLocationError(true);
      return;
    }
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setLocating(false);
        // Only coordinates inside Japan are meaningful; the API refuses the rest.
        if (p.coords.latitude < 20 || p.coords.latitude > 46 || p.coords.longitude < 122 || p.coords.longitude > 154) setLocationError(true);
        else setOrigin({ kind: 'position', lat: Math.round(p.coords.latitude * 1e4) / 1e4, lng: Math.round(p.coords.longitude * 1e4) / 1e4 });
      },
      () => {
        setLocating(false);
        setLocationError(true);
      },
      { maximumAge: 600_000, timeout: 10_000 },
    );
  };
  const onNear = (e: FormEvent) => {
    e.preventDefault();
    const v = text.trim().slice(0, 50);
    setOrigin(v ? { kind: 'near', text: v } : { kind: 'none' });
  };
  const data = result.data;

  return (
    <>
      <p className="portal-lead">{t('community.windows.anyWindow')}</p>
      <p className="kasane-muted">{t('community.inMunicipality', { name })}</p>
      <section className="kasane-card" aria-labelledby="near-title">
        <h2 id="near-title">{t('community.windows.nearTitle')}</h2>
        <Button variant="secondary" busy={locating} onClick={useLocation}>
          {t('community.windows.useLocation')}
        </Button>
        <p className="kasane-muted">{t('community.windows.locationHint')}</p>
        {locationError ? <Alert tone="warning">{t('community.windows.locationDenied')}</Alert> : null}
        <form onSubmit={onNear} noValidate>
          <TextField label={t('community.windows.nearLabel')} hint={t('community.windows.nearHint')} value={text} maxLength={50} autoComplete="off" onChange={(e) => setText(e.target.value)} />
          <Button type="submit">{t('community.windows.nearSubmit')}</Button>
        </form>
      </section>
      {result.isPending ? <Loading /> : null}
      {result.error ? <Alert tone="error">{t('loadError')}</Alert> : null}
      {data ? (
        <section aria-labelledby="window-list-title">
          <h2 id="window-list-title">{t('community.windows.title')}</h2>
          <p role="status">
            {data.nearNotFound && origin.kind === 'near' ? t('community.windows.nearNotFound', { text: origin.text }) : data.sortedBy === 'distance' ? t('community.windows.sortedByDistance') : ''}
            {data.today.isHoliday ? ` ${t('community.windows.holidayToday')}` : ''}
          </p>
          {data.windows.length === 0 ? (
            <>
              <p>{t('community.windows.none', { name })}</p>
              <CityContact code={code} name={name} showWindows={false} />
            </>
          ) : null}
          <ul className="portal-entry-list">
            {data.windows.map((w) => (
              <WindowCard key={w.id} w={w} />
            ))}
          </ul>
        </section>
      ) : null}
      <p>
        <PortalLink to={portalPaths.request}>{t('community.nav.request')}</PortalLink>
      </p>
    </>
  );
}

export function WindowsPage() {
  const { t } = useTranslation('portal');
  return (
    <>
      <PageHeading title={t('community.windows.title')} appName={t('appName')}>
        {t('community.windows.title')}
      </PageHeading>
      <WithMunicipality>{(m) => <Windows code={m.code} name={m.name} />}</WithMunicipality>
    </>
  );
}
