// 実施計画 (法第106条の5, issue #11 item 4; ADR 0026): the factual parts drafted from the records, the
// municipality's own sections (「市町村が記入」) saved per fiscal year, printable on A4; and the status the
// municipality declares to the prefecture (item 5). The administrator writes; the coordinator reads.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, PageHeading, SelectField, Table, TextAreaField, formatFiscalYear } from '@kasane/ui';
import type { TableProps } from '@kasane/ui';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@kasane/api';
import { useTrpc } from '../../api.js';
import { ActionError } from '../coordination/form-kit.js';
import { Loading, QueryFailure } from '../query-state.js';
import { FiscalYearSelect, PrintButton, formText, useFiscalYear } from './kit.js';
import './implementation-plan.css';
import { formatDate, formatDateTime, formatNumber } from '../../dates.js';

type Plan = inferRouterOutputs<AppRouter>['staff']['implementationPlan']['get'];
const statuses = ['implementing', 'transition', 'not_implementing'] as const;

/** One numbered part of the document: its heading, and a table captioned the same. */
function FactTable<Row>({ title, ...table }: { title: string } & TableProps<Row>) {
  return (
    <>
      <h2>{title}</h2>
      <Table {...table} />
    </>
  );
}

function Facts({ plan }: { plan: Plan }) {
  const { t } = useTranslation('staff');
  const none = t('plan.none');
  type Row = { key: string; label: string; mode: string | null; organisationName: string | null; contractFrom: string | null; contractTo: string | null };
  const rows: Row[] = plan.parts.flatMap((p): Row[] =>
    p.deliveries.length ? p.deliveries.map((d, i) => ({ key: `${p.partId}-${i}`, label: p.label, ...d })) : [{ key: p.partId, label: p.label, mode: null, organisationName: null, contractFrom: null, contractTo: null }],
  );
  return (
    <>
      <FactTable
        title={t('plan.partsHeading')}
        caption={t('plan.partsHeading')}
        rows={rows}
        rowKey={(r) => r.key}
        columns={[
          { key: 'part', header: t('plan.part'), rowHeader: true, cell: (r) => r.label },
          { key: 'mode', header: t('plan.mode'), cell: (r) => (r.mode ? t(`backoffice.${r.mode === 'direct' ? 'direct' : 'entrusted'}`) : t('plan.notRegistered')) },
          { key: 'org', header: t('plan.organisation'), cell: (r) => r.organisationName ?? '' },
          { key: 'contract', header: t('plan.contract'), cell: (r) => (r.contractFrom || r.contractTo ? `${r.contractFrom ? formatDate(r.contractFrom) : ''}〜${r.contractTo ? formatDate(r.contractTo) : ''}` : '') },
        ]}
      />

      <FactTable
        title={t('plan.meetingsHeading')}
        caption={t('plan.meetingsHeading')}
        rows={plan.meetingBodies}
        rowKey={(b) => b.name}
        empty={t('plan.noMeetings')}
        columns={[
          { key: 'name', header: t('plan.meetingName'), rowHeader: true, cell: (b) => b.name },
          { key: 'kind', header: t('plan.meetingKind'), cell: (b) => b.kindLabel },
          { key: 'basis', header: t('plan.meetingBasis'), cell: (b) => b.legalBasis },
          { key: 'frequency', header: t('plan.frequency'), cell: (b) => b.frequency ?? '' },
          { key: 'held', header: t('plan.held'), numeric: true, cell: (b) => formatNumber(b.held) },
          { key: 'cases', header: t('plan.cases'), numeric: true, cell: (b) => formatNumber(b.casesDiscussed) },
          { key: 'joint', header: t('plan.joint'), cell: (b) => (b.jointBodies.length ? b.jointBodies.join('、') : none) },
        ]}
      />

      <FactTable
        title={t('plan.windowsHeading')}
        caption={t('plan.windowsHeading')}
        rows={plan.windows}
        rowKey={(w) => `${w.name}-${w.address}`}
        empty={t('plan.noWindows')}
        columns={[
          { key: 'name', header: t('plan.windowName'), rowHeader: true, cell: (w) => w.name },
          { key: 'address', header: t('plan.address'), cell: (w) => w.address },
          { key: 'phone', header: t('plan.phone'), cell: (w) => w.phone },
        ]}
      />

      <FactTable
        title={t('plan.placesHeading')}
        caption={t('plan.placesHeading')}
        rows={plan.places}
        rowKey={(p) => `${p.name}-${p.address}`}
        empty={t('plan.noPlaces')}
        columns={[
          { key: 'name', header: t('plan.placeName'), rowHeader: true, cell: (p) => p.name },
          { key: 'kind', header: t('plan.placeKind'), cell: (p) => p.kindLabel },
          { key: 'address', header: t('plan.address'), cell: (p) => p.address },
          { key: 'activities', header: t('plan.activities'), numeric: true, cell: (p) => formatNumber(p.activities) },
        ]}
      />
    </>
  );
}

function OwnWords({ plan, fiscalYear }: { plan: Plan; fiscalYear: number }) {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const save = useMutation(
    trpc.staff.implementationPlan.saveText.mutationOptions({
      onSuccess: async () => {
        setMessage(t('backoffice.saved'));
        await queryClient.invalidateQueries({ queryKey: trpc.staff.implementationPlan.pathKey() });
      },
    }),
  );
  const onSave = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    save.mutate({ fiscalYear, sections: Object.fromEntries(plan.sections.map((s) => [s.key, formText(f, s.key)])) });
  };
  const label = (key: string) => t(`plan.sections.${key as Plan['sections'][number]['key']}`);
  return (
    <section aria-labelledby="plan-own">
      <h2 id="plan-own">{t('plan.ownHeading')}</h2>
      <p>{t('plan.ownLead')}</p>
      <p className="plan-version">{plan.savedAt ? t('plan.version', { version: plan.version, at: formatDateTime(plan.savedAt) }) : t('plan.notSaved')}</p>
      {/* the text as written, each under its heading: printed always, on screen for those who only read */}
      <div className={plan.canEdit ? 'plan-print-only' : undefined}>
        {plan.canEdit ? null : <p className="staff-no-print">{t('backoffice.readOnly')}</p>}
        {plan.sections.map((s) => (
          <section key={s.key}>
            <h3>{label(s.key)}</h3>
            <p className="plan-text">{s.text || t('plan.empty')}</p>
          </section>
        ))}
      </div>
      {plan.canEdit ? (
        <form className="staff-no-print" onSubmit={onSave} key={`${fiscalYear}-${plan.version}`}>
          {plan.sections.map((s) => (
            <TextAreaField key={s.key} name={s.key} label={label(s.key)} defaultValue={s.text} rows={5} maxLength={8000} />
          ))}
          {message ? <Alert tone="success">{message}</Alert> : null}
          <ActionError error={save.error} />
          <Button type="submit" disabled={save.isPending}>{t('plan.save')}</Button>
        </form>
      ) : null}
    </section>
  );
}

function Declaration({ plan, fiscalYear }: { plan: Plan; fiscalYear: number }) {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const declare = useMutation(trpc.staff.implementationPlan.declareStatus.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.staff.implementationPlan.pathKey() }) }));
  const current = plan.declaredStatus;
  const statusLabel = (s: string) => t(`plan.statuses.${s as (typeof statuses)[number]}`, { defaultValue: s });
  const onDeclare = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const status = formText(new FormData(e.currentTarget), 'status');
    const chosen = statuses.find((s) => s === status);
    if (chosen) declare.mutate({ fiscalYear, status: chosen });
  };
  return (
    <section aria-labelledby="plan-status" className="staff-no-print">
      <h2 id="plan-status">{t('plan.statusHeading')}</h2>
      <p>{t('plan.statusLead')}</p>
      <p role="status">{current ? t('plan.declared', { at: formatDateTime(current.declaredAt), status: statusLabel(current.status) }) : t('plan.notDeclared')}</p>
      {plan.canEdit ? (
        <form onSubmit={onDeclare}>
          <SelectField name="status" label={t('plan.status')} defaultValue={current?.status ?? 'implementing'}>
            {statuses.map((s) => (
              <option key={s} value={s}>{statusLabel(s)}</option>
            ))}
          </SelectField>
          <ActionError error={declare.error} />
          <Button type="submit" disabled={declare.isPending}>{t('plan.declare')}</Button>
        </form>
      ) : null}
    </section>
  );
}

export function ImplementationPlanPage() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const [fiscalYear, setFiscalYear] = useFiscalYear();
  const plan = useQuery(trpc.staff.implementationPlan.get.queryOptions({ fiscalYear }));
  const heading = (
    <PageHeading title={t('plan.title')} appName={t('appName')}>
      {t('plan.title')}
    </PageHeading>
  );
  const tools = (
    <div className="staff-no-print">
      <p>{t('plan.lead')}</p>
      <FiscalYearSelect value={fiscalYear} onChange={setFiscalYear} />
    </div>
  );
  if (plan.isPending) return <>{heading}{tools}<Loading /></>;
  if (plan.isError) return <>{heading}{tools}<QueryFailure error={plan.error} onRetry={() => void plan.refetch()} /></>;
  const p = plan.data;
  return (
    <>
      {heading}
      {tools}
      <PrintButton />
      <article className="plan-document" aria-labelledby="plan-document-title">
        <p id="plan-document-title" className="plan-document__title">{t('plan.document', { municipality: p.municipality.name, year: formatFiscalYear(fiscalYear) })}</p>
        <p className="plan-document__date">{t('plan.drafted', { date: formatDate(new Date()) })}</p>
        <Facts plan={p} />
        <OwnWords plan={p} fiscalYear={fiscalYear} />
      </article>
      <Declaration plan={p} fiscalYear={fiscalYear} />
    </>
  );
}
