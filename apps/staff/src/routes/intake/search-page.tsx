// Search and lists: households, persons, cases, filtered and paged on the server; only rows the
// organisation has a basis for are returned.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Badge, Button, PageHeading, SelectField, Table, TextField } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { Loading, QueryFailure } from '../query-state.js';
import { formatDate } from '../../dates.js';

type Kind = 'persons' | 'households' | 'cases';
interface Filter {
  kind: Kind;
  q: string;
  status: string;
  organisationId: string;
  issueId: string;
  field: string;
}
const initial: Filter = { kind: 'households', q: '', status: '', organisationId: '', issueId: '', field: '' };
const PAGE = 20;

export function SearchPage() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const [filter, setFilter] = useState<Filter>(initial);
  const [page, setPage] = useState(1);
  const { register, handleSubmit } = useForm<Filter>({ defaultValues: initial });
  const vocabulary = useQuery(trpc.staff.intake.vocabulary.queryOptions());
  const organisations = useQuery(trpc.staff.organisation.find.queryOptions());
  const input = {
    page,
    pageSize: PAGE,
    ...(filter.q ? { q: filter.q } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.organisationId ? { organisationId: filter.organisationId } : {}),
    ...(filter.issueId ? { issueId: filter.issueId as never } : {}),
    ...(filter.field ? { field: filter.field as never } : {}),
  };
  const opts = { placeholderData: keepPreviousData };
  const persons = useQuery({ ...trpc.staff.search.persons.queryOptions(input), ...opts, enabled: filter.kind === 'persons' });
  const households = useQuery({ ...trpc.staff.search.households.queryOptions(input), ...opts, enabled: filter.kind === 'households' });
  const cases = useQuery({ ...trpc.staff.search.cases.queryOptions(input), ...opts, enabled: filter.kind === 'cases' });
  const current = filter.kind === 'persons' ? persons : filter.kind === 'households' ? households : cases;

  const heading = (
    <PageHeading title={t('search.title')} appName={t('appName')}>
      {t('search.title')}
    </PageHeading>
  );
  const total = current.data?.total ?? 0;
  // The total is exact: the server counts every row the actor may read (ADR 0011).
  const caption = t('search.caption', { total, from: total ? (page - 1) * PAGE + 1 : 0, to: Math.min(page * PAGE, total) });

  return (
    <>
      {heading}
      <p>{t('search.lead')}</p>
      <form
        className="staff-form staff-filter"
        role="search"
        onSubmit={(ev) =>
          void handleSubmit((v) => {
            setFilter(v);
            setPage(1);
          })(ev)
        }
      >
        <div className="staff-grid">
          <SelectField label={t('search.kind')} {...register('kind')}>
            <option value="households">{t('search.kindHouseholds')}</option>
            <option value="persons">{t('search.kindPersons')}</option>
            <option value="cases">{t('search.kindCases')}</option>
          </SelectField>
          <TextField label={t('search.q')} autoComplete="off" {...register('q')} />
          <SelectField label={t('search.status')} {...register('status')}>
            <option value="">{t('search.any')}</option>
            {vocabulary.data?.caseStatuses.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('search.organisation')} {...register('organisationId')}>
            <option value="">{t('search.any')}</option>
            {organisations.data?.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('search.issue')} {...register('issueId')}>
            <option value="">{t('search.any')}</option>
            {vocabulary.data?.issues.map((i) => (
              <option key={i.id} value={i.id}>
                {i.label}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('search.field')} {...register('field')}>
            <option value="">{t('search.any')}</option>
            {vocabulary.data?.fields.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </SelectField>
        </div>
        <Button type="submit">{t('search.submit')}</Button>
      </form>

      {current.isPending ? <Loading /> : null}
      {current.isError ? <QueryFailure error={current.error} onRetry={() => void current.refetch()} /> : null}
      {filter.kind === 'persons' && persons.data ? (
        <Table<(typeof persons.data.items)[number]>
          caption={caption}
          rows={persons.data.items}
          rowKey={(r) => r.id}
          empty={t('search.empty')}
          columns={[
            {
              key: 'name',
              header: t('search.name'),
              rowHeader: true,
              cell: (r) => (
                <Link to="/households/$householdId" params={{ householdId: r.householdId }}>
                  {r.familyName} {r.givenName}
                </Link>
              ),
            },
            { key: 'kana', header: t('search.kana'), cell: (r) => `${r.familyNameKana} ${r.givenNameKana}` },
            { key: 'birth', header: t('search.birthDate'), cell: (r) => formatDate(r.birthDate) },
            { key: 'address', header: t('search.address'), cell: (r) => <>{r.address} {r.onPublicAssistance ? <Badge tone="info">{t('search.publicAssistance')}</Badge> : null}</> },
            { key: 'basis', header: t('search.basis'), cell: (r) => r.basis.label },
          ]}
        />
      ) : null}
      {filter.kind === 'households' && households.data ? (
        <Table<(typeof households.data.items)[number]>
          caption={caption}
          rows={households.data.items}
          rowKey={(r) => r.id}
          empty={t('search.empty')}
          columns={[
            {
              key: 'address',
              header: t('search.address'),
              rowHeader: true,
              cell: (r) => (
                <Link to="/households/$householdId" params={{ householdId: r.id }}>
                  {r.address}
                </Link>
              ),
            },
            { key: 'members', header: t('search.members'), numeric: true, cell: (r) => r.memberCount },
            { key: 'hints', header: t('casework.householdHints'), cell: (r) => [r.initials.join('、'), r.primaryAgeBand ? t('casework.primaryAgeBand', { band: r.primaryAgeBand }) : ''].filter(Boolean).join(' ／ ') },
            { key: 'open', header: t('search.openCases'), numeric: true, cell: (r) => r.openCases },
            { key: 'pa', header: t('search.publicAssistance'), cell: (r) => (r.onPublicAssistance ? <Badge tone="info">{t('search.publicAssistance')}</Badge> : '—') },
          ]}
        />
      ) : null}
      {filter.kind === 'cases' && cases.data ? (
        <Table<(typeof cases.data.items)[number]>
          caption={caption}
          rows={cases.data.items}
          rowKey={(r) => r.id}
          empty={t('search.empty')}
          columns={[
            {
              key: 'name',
              header: t('search.name'),
              rowHeader: true,
              cell: (r) => (
                <Link to="/households/$householdId" params={{ householdId: r.householdId }}>
                  {r.name}
                </Link>
              ),
            },
            { key: 'status', header: t('search.status'), cell: (r) => r.statusLabel },
            { key: 'issues', header: t('search.issue'), cell: (r) => r.issues.map((i) => i.label).join('、') },
            { key: 'owner', header: t('search.organisation'), cell: (r) => r.owner },
            { key: 'basis', header: t('search.basis'), cell: (r) => r.basis.label },
          ]}
        />
      ) : null}
      <nav className="staff-pager" aria-label={t('search.title')}>
        {page > 1 ? (
          <Button variant="secondary" size="small" onClick={() => setPage((p) => p - 1)}>
            {t('search.prev')}
          </Button>
        ) : null}
        {page * PAGE < total ? (
          <Button variant="secondary" size="small" onClick={() => setPage((p) => p + 1)}>
            {t('search.next')}
          </Button>
        ) : null}
      </nav>
    </>
  );
}
