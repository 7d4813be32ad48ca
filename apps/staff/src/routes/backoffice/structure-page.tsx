// 体制 (issue #11 item 1): who delivers each of the 13 parts in the fiscal year, what is still missing,
// and the profile the prefecture compares. The administrator edits; the coordinator reads.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, PageHeading, SelectField, Table, TextAreaField, TextField } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { ActionError } from '../coordination/form-kit.js';
import { Loading, QueryFailure } from '../query-state.js';
import { FiscalYearSelect, PrintButton, formText as text, useFiscalYear, wholeNumber } from './kit.js';

const dateOrNull = (f: FormData, k: string) => text(f, k) || null;

export function StructurePage() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const [fiscalYear, setFiscalYear] = useFiscalYear();
  const structure = useQuery(trpc.staff.structure.get.queryOptions({ fiscalYear }));
  const [message, setMessage] = useState<string | null>(null);
  const done = {
    onSuccess: async () => {
      setMessage(t('backoffice.saved'));
      await queryClient.invalidateQueries({ queryKey: trpc.staff.structure.pathKey() });
    },
  };
  const add = useMutation(trpc.staff.structure.addDelivery.mutationOptions(done));
  const update = useMutation(trpc.staff.structure.updateDelivery.mutationOptions({ onSuccess: async () => { setEditingId(null); await done.onSuccess(); } }));
  const [editingId, setEditingId] = useState<string | null>(null);
  const remove = useMutation(trpc.staff.structure.deleteDelivery.mutationOptions(done));
  const copy = useMutation(trpc.staff.structure.copyPreviousYear.mutationOptions(done));
  const saveProfile = useMutation(trpc.staff.structure.saveProfile.mutationOptions(done));

  const heading = (
    <PageHeading title={t('structure.title')} appName={t('appName')}>
      {t('structure.title')}
    </PageHeading>
  );
  const picker = <FiscalYearSelect value={fiscalYear} onChange={setFiscalYear} />;
  if (structure.isPending) return <>{heading}{picker}<Loading /></>;
  if (structure.isError) return <>{heading}{picker}<QueryFailure error={structure.error} onRetry={() => void structure.refetch()} /></>;
  const s = structure.data;
  const p = s.profile;

  const editing = s.deliveries.find((d) => d.id === editingId) ?? null;
  const onAdd = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const organisationId = text(f, 'organisationId') || null;
    const data = {
        partId: text(f, 'partId') as (typeof s.parts)[number]['id'],
        mode: text(f, 'mode') === 'entrusted' ? ('entrusted' as const) : ('direct' as const),
        organisationId,
        contractFrom: dateOrNull(f, 'contractFrom'),
        contractTo: dateOrNull(f, 'contractTo'),
        dedicatedStaff: wholeNumber(text(f, 'dedicatedStaff') || '0'),
        concurrentStaff: wholeNumber(text(f, 'concurrentStaff') || '0'),
        qualifications: text(f, 'qualifications').split(/[、,，]/).map((q) => q.trim()).filter(Boolean),
    };
    if (editing) update.mutate({ id: editing.id, data });
    else add.mutate({ fiscalYear, data });
  };
  const onProfile = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const population = text(f, 'population');
    saveProfile.mutate({
      fiscalYear,
      data: {
        population: population === '' ? null : wholeNumber(population),
        lead: text(f, 'lead'), coordinators: text(f, 'coordinators'), participationApproach: text(f, 'participationApproach'), communityApproach: text(f, 'communityApproach'),
        notes: text(f, 'notes'), contactName: text(f, 'contactName'), contactPhone: text(f, 'contactPhone'), contactEmail: text(f, 'contactEmail'),
      },
    });
  };

  return (
    <>
      {heading}
      <p>{t('structure.lead')}</p>
      {picker}
      <PrintButton />
      {s.canEdit ? null : <Alert tone="info" live={false}>{t('backoffice.readOnly')}</Alert>}
      {message ? <Alert tone="success">{message}</Alert> : null}
      <ActionError error={add.error ?? update.error ?? remove.error ?? copy.error ?? saveProfile.error} />
      {s.coverage.complete ? (
        <Alert tone="success" live={false}>{t('structure.complete')}</Alert>
      ) : (
        <section aria-labelledby="structure-missing">
          <h2 id="structure-missing">{t('structure.missing', { count: s.coverage.missing.length })}</h2>
          <ul>{s.coverage.missing.map((m) => <li key={m.partId}>{m.label}</li>)}</ul>
          {s.coverage.warnings.length ? <ul>{s.coverage.warnings.map((w) => <li key={w}>{w}</li>)}</ul> : null}
        </section>
      )}
      <h2>{t('structure.deliveries')}</h2>
      <Table
        caption={t('structure.deliveries')}
        rows={s.deliveries}
        rowKey={(d) => d.id}
        empty={t('structure.empty')}
        columns={[
          { key: 'part', header: t('structure.part'), rowHeader: true, cell: (d) => d.partLabel },
          { key: 'mode', header: t('structure.mode'), cell: (d) => t(`backoffice.${d.mode === 'entrusted' ? 'entrusted' : 'direct'}`) },
          { key: 'org', header: t('structure.organisation'), cell: (d) => d.organisationName ?? t('structure.none') },
          { key: 'contract', header: t('structure.contract'), cell: (d) => (d.contractFrom || d.contractTo ? `${d.contractFrom ?? ''}〜${d.contractTo ?? ''}` : t('structure.none')) },
          { key: 'staff', header: t('structure.staff'), cell: (d) => t('structure.staffValue', { dedicated: d.dedicatedStaff, concurrent: d.concurrentStaff }) },
          { key: 'q', header: t('structure.qualifications'), cell: (d) => d.qualifications.join('、') || t('structure.none') },
          ...(s.canEdit
            ? [{
                key: 'actions',
                header: '',
                cell: (d: (typeof s.deliveries)[number]) => (
                  <>
                    <Button variant="secondary" size="small" aria-label={t('structure.editOf', { part: d.partLabel })} onClick={() => { setMessage(null); setEditingId(d.id); }}>{t('structure.edit')}</Button>{' '}
                    <Button variant="secondary" size="small" onClick={() => remove.mutate({ id: d.id })}>{t('structure.remove')}</Button>
                  </>
                ),
              }]
            : []),
        ]}
      />
      {s.canEdit && s.deliveries.length === 0 && !p ? <Button variant="secondary" onClick={() => copy.mutate({ fiscalYear })}>{t('structure.copy')}</Button> : null}
      {s.canEdit ? (
        <form key={editing?.id ?? 'new'} className="staff-form staff-no-print" onSubmit={onAdd} aria-label={editing ? t('structure.editTitle', { part: editing.partLabel }) : t('structure.add')}>
          {editing ? <h3>{t('structure.editTitle', { part: editing.partLabel })}</h3> : null}
          <SelectField name="partId" label={t('structure.part')} required defaultValue={editing?.partId}>
            {s.parts.map((part) => <option key={part.id} value={part.id}>{part.label}</option>)}
          </SelectField>
          <SelectField name="mode" label={t('structure.mode')} required defaultValue={editing?.mode}>
            <option value="direct">{t('backoffice.direct')}</option>
            <option value="entrusted">{t('backoffice.entrusted')}</option>
          </SelectField>
          <SelectField name="organisationId" label={t('structure.organisation')} defaultValue={editing?.organisationId ?? ''}>
            <option value="">{t('structure.none')}</option>
            {s.organisations.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </SelectField>
          <TextField name="contractFrom" type="date" label={t('structure.contractFrom')} defaultValue={editing?.contractFrom ?? ''} />
          <TextField name="contractTo" type="date" label={t('structure.contractTo')} defaultValue={editing?.contractTo ?? ''} />
          <TextField name="dedicatedStaff" inputMode="numeric" label={t('structure.dedicated')} defaultValue={String(editing?.dedicatedStaff ?? 0)} />
          <TextField name="concurrentStaff" inputMode="numeric" label={t('structure.concurrent')} defaultValue={String(editing?.concurrentStaff ?? 0)} />
          <TextField name="qualifications" label={t('structure.qualifications')} hint={t('structure.qualificationsHint')} defaultValue={editing?.qualifications.join('、') ?? ''} />
          {editing ? (
            <>
              <Button type="submit" busy={update.isPending}>{t('structure.update')}</Button>{' '}
              <Button variant="secondary" onClick={() => setEditingId(null)}>{t('structure.cancelEdit')}</Button>
            </>
          ) : (
            <Button type="submit" busy={add.isPending}>{t('structure.add')}</Button>
          )}
        </form>
      ) : null}
      <h2>{t('structure.meetingBodies')}</h2>
      <Table
        caption={t('structure.meetingBodies')}
        rows={s.meetingBodies}
        rowKey={(b) => b.name}
        empty={t('structure.none')}
        columns={[
          { key: 'name', header: t('structure.meetingName'), rowHeader: true, cell: (b) => b.name },
          { key: 'kind', header: t('structure.meetingKind'), cell: (b) => b.kindLabel },
          { key: 'frequency', header: t('structure.frequency'), cell: (b) => b.frequency ?? t('structure.none') },
          { key: 'held', header: t('structure.held'), cell: (b) => b.held },
          { key: 'cases', header: t('structure.cases'), cell: (b) => b.casesDiscussed },
        ]}
      />
      <h2>{t('structure.profile')}</h2>
      <form key={`${fiscalYear}-${p?.updatedAt.toString() ?? ''}`} className="staff-form" onSubmit={onProfile} aria-label={t('structure.profile')}>
        <fieldset disabled={!s.canEdit}>
          <TextField name="population" inputMode="numeric" label={t('structure.population')} hint={t('structure.populationHint')} defaultValue={p?.population ?? ''} />
          <TextAreaField name="lead" label={t('structure.leadBy')} defaultValue={p?.lead ?? ''} />
          <TextAreaField name="coordinators" label={t('structure.coordinators')} defaultValue={p?.coordinators ?? ''} />
          <TextAreaField name="participationApproach" label={t('structure.participationApproach')} defaultValue={p?.participationApproach ?? ''} />
          <TextAreaField name="communityApproach" label={t('structure.communityApproach')} defaultValue={p?.communityApproach ?? ''} />
          <TextAreaField name="notes" label={t('structure.notes')} defaultValue={p?.notes ?? ''} />
          <TextField name="contactName" label={t('structure.contactName')} defaultValue={p?.contactName ?? ''} />
          <TextField name="contactPhone" type="tel" label={t('structure.contactPhone')} defaultValue={p?.contactPhone ?? ''} />
          <TextField name="contactEmail" type="email" label={t('structure.contactEmail')} defaultValue={p?.contactEmail ?? ''} />
          {s.canEdit ? <Button type="submit" busy={saveProfile.isPending}>{t('structure.saveProfile')}</Button> : null}
        </fieldset>
      </form>
    </>
  );
}
