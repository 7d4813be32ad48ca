import { useTranslation } from '../i18n/react.js';
import { Loading, PageHeading } from '@kasane/ui';
import { useApiQuery } from '../api.js';
import { feeText, ruleText } from '../community/format.js';
import { Credit, LastConfirmed, WithMunicipality } from '../community/municipality.js';
import { PortalLink, portalPaths } from '../navigation.js';

function Place({ code, id }: { code: string; id: string }) {
  const { t, i18n } = useTranslation('portal');
  const result = useApiQuery(`place:${code}:${id}`, (client) => client.portal.place.get.query({ municipalityCode: code, id }));
  const p = result.data;
  if (result.isPending) return <Loading />;
  if (result.error || !p) {
    return (
      <>
        <PageHeading title={t('community.places.notFound')} appName={t('appName')}>
          {t('community.places.notFound')}
        </PageHeading>
        <PortalLink to={portalPaths.places}>{t('community.places.back')}</PortalLink>
      </>
    );
  }
  return (
    <>
      <PageHeading title={p.name} appName={t('appName')}>
        {p.name}
      </PageHeading>
      <p className="kasane-muted">
        {t(`community.kinds.${p.kind}`, { defaultValue: p.kind })}
        {p.area ? ` ／ ${p.area}` : ''}
      </p>
      {p.description ? <p>{p.description}</p> : null}
      <LastConfirmed isoDate={p.lastConfirmedAt} />
      <section aria-labelledby="activities-title">
        <h2 id="activities-title">{t('community.places.activities')}</h2>
        <ul className="portal-entry-list">
          {p.activities.map((a) => (
            <li key={a.id} className="kasane-card portal-entry" data-testid="activity">
              <h3>{a.name}</h3>
              <dl className="kasane-dl">
                <dt>{t('community.places.schedule')}</dt>
                <dd>
                  <ul className="portal-plain-list">
                    {a.schedule.map((r, i) => (
                      <li key={i}>{ruleText(r, t, i18n.language)}</li>
                    ))}
                  </ul>
                </dd>
                <dt>{t('community.places.audienceNote')}</dt>
                <dd>
                  {(a.audiences.length ? a.audiences : p.audiences).map((x) => t(`community.audiences.${x}`, { defaultValue: x })).join('、')}
                  {a.audienceNote ? `（${a.audienceNote}）` : ''}
                </dd>
                {feeText(a.feeYen ?? p.feeYen, a.feeNote || p.feeNote, t) ? (
                  <>
                    <dt>{t('community.places.fee')}</dt>
                    <dd>{feeText(a.feeYen ?? p.feeYen, a.feeNote || p.feeNote, t)}</dd>
                  </>
                ) : null}
              </dl>
              {a.description ? <p>{a.description}</p> : null}
              <LastConfirmed isoDate={a.lastConfirmedAt} />
              {a.source && JSON.stringify(a.source) !== JSON.stringify(p.source) ? <Credit source={a.source} /> : null}
            </li>
          ))}
        </ul>
      </section>
      <dl className="kasane-dl">
        {p.organiserName ? (
          <>
            <dt>{t('community.places.organiser')}</dt>
            <dd>{p.organiserName}</dd>
          </>
        ) : null}
        {p.address ? (
          <>
            <dt>{t('community.windows.address')}</dt>
            <dd>{p.address}</dd>
          </>
        ) : null}
        {p.phone ? (
          <>
            <dt>{t('community.places.contact')}</dt>
            <dd>
              <a href={`tel:${p.phone.replace(/[^0-9+]/g, '')}`}>{p.phone}</a>
            </dd>
          </>
        ) : null}
        {p.accessibility.length ? (
          <>
            <dt>{t('community.places.accessibilityLabel')}</dt>
            <dd>{p.accessibility.map((x) => t(`community.accessibility.${x}`, { defaultValue: x })).join('、')}</dd>
          </>
        ) : null}
      </dl>
      <Credit source={p.source} />
      <p>
        <PortalLink to={portalPaths.places}>{t('community.places.back')}</PortalLink>
      </p>
    </>
  );
}

export function PlacePage({ id }: { id: string }) {
  return <WithMunicipality>{(m) => <Place code={m.code} id={id} />}</WithMunicipality>;
}
