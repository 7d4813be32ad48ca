import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Badge, PageHeading, Table } from '@kasane/ui';
import { useTrpc } from '../api.js';
import { Loading, QueryFailure } from './query-state.js';
import { MyWork } from './intake/my-work.js';

export function HomePage() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const home = useQuery(trpc.staff.home.get.queryOptions());
  const heading = (
    <PageHeading title={t('home.title')} appName={t('appName')}>
      {t('home.title')}
    </PageHeading>
  );
  if (home.isPending) return <>{heading}<Loading /></>;
  if (home.isError) return <>{heading}<QueryFailure error={home.error} onRetry={() => void home.refetch()} /></>;
  const { user, organisation, municipality, parts } = home.data;

  return (
    <>
      {heading}
      <p>{t('home.greeting', { name: user.displayName })}</p>
      <MyWork />

      <section className="kasane-card" aria-labelledby="home-organisation">
        <h2 id="home-organisation">{t('home.organisation')}</h2>
        <dl className="kasane-dl">
          <dt>{t('home.name')}</dt>
          <dd>
            {organisation.name}
            {organisation.isPublicAssistanceOffice ? (
              <>
                {' '}
                <Badge tone="info">{t('home.publicAssistance')}</Badge>
              </>
            ) : null}
          </dd>
          <dt>{t('home.kind')}</dt>
          <dd>{t(`organisationKind.${organisation.kind}`, { defaultValue: organisation.kind })}</dd>
          <dt>{t('home.phone')}</dt>
          <dd>{organisation.phone ?? t('home.notSet')}</dd>
          <dt>{t('home.address')}</dt>
          <dd>{organisation.address ?? t('home.notSet')}</dd>
        </dl>
      </section>

      <section className="kasane-card" aria-labelledby="home-municipality">
        <h2 id="home-municipality">{t('home.municipality')}</h2>
        <dl className="kasane-dl">
          <dt>{t('home.municipalityName')}</dt>
          <dd>
            {municipality.prefectureName} {municipality.name}（{municipality.kana}）
          </dd>
          <dt>{t('home.municipalityCode')}</dt>
          <dd>{municipality.code}</dd>
        </dl>
      </section>

      <section aria-labelledby="home-parts">
        <h2 id="home-parts">{t('home.parts')}</h2>
        <Table
          caption={t('home.partsCaption', { organisation: organisation.name })}
          rows={parts}
          rowKey={(p) => `${p.partId}:${p.mode}`}
          empty={t('home.noParts')}
          columns={[
            { key: 'name', header: t('home.partName'), rowHeader: true, cell: (p) => p.name },
            { key: 'mode', header: t('home.mode'), cell: (p) => t(`mode.${p.mode}`, { defaultValue: p.mode }) },
          ]}
        />
      </section>
    </>
  );
}
