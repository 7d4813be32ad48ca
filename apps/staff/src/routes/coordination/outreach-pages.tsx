import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Alert, Badge, Button, PageHeading, SelectField, Table, TextAreaField, TextField } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { Loading, QueryFailure } from '../query-state.js';
import { ActionError, fieldError, zodResolver } from './form-kit.js';
import { formatDate, formatDateTime, fromJapanLocal } from '../../dates.js';

const methods = { visit: '訪問', phone: '電話', letter: '手紙・置き手紙', via_neighbour: '近所の方を通じて', via_minsei: '民生委員を通じて', other: 'その他' } as const;
const outcomes = { met: '会えた', talked: '話ができた', no_answer: '応答なし', declined: '断られた', message_left: '伝言・手紙を残した', heard_about: '周囲から様子を聞いた' } as const;
const stages = { aware: '把握のみ（まだ会えていない）', first_contact: '初めて接触できた', building: '関係づくり中', trusted: '信頼関係ができてきた', consented: '本人が支援を希望（同意あり）', ended: '関わりを終了' } as const;

export function OutreachListPage() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.staff.outreach.find.queryOptions());
  const create = useMutation(trpc.staff.outreach.create.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.staff.outreach.pathKey() }) }));
  const schema = z.object({ label: z.string().trim().min(1, t('outreach.labelRequired')), areaNote: z.string(), referredBy: z.string() });
  const { register, handleSubmit, formState, reset } = useForm<{ label: string; areaNote: string; referredBy: string }>({ resolver: zodResolver(schema), defaultValues: { label: '', areaNote: '', referredBy: '' } });
  const heading = (
    <PageHeading title={t('outreach.title')} appName={t('appName')}>
      {t('outreach.title')}
    </PageHeading>
  );
  if (list.isPending) return <>{heading}<Loading /></>;
  if (list.isError) return <>{heading}<QueryFailure error={list.error} onRetry={() => void list.refetch()} /></>;
  return (
    <>
      {heading}
      <p>{t('outreach.lead')}</p>
      <Table
        caption={t('outreach.caption', { count: list.data.length })}
        rows={list.data}
        rowKey={(s) => s.id}
        empty={t('outreach.empty')}
        columns={[
          {
            key: 'label',
            header: t('outreach.label'),
            rowHeader: true,
            cell: (s) => (
              <Link to="/outreach/$outreachId" params={{ outreachId: s.id }}>
                {s.label}
              </Link>
            ),
          },
          { key: 'stage', header: t('outreach.stage'), cell: (s) => s.stageLabel },
          { key: 'contacts', header: t('outreach.contacts'), numeric: true, cell: (s) => s.contactCount },
          { key: 'last', nowrap: true, header: t('outreach.last'), cell: (s) => (s.lastContactAt ? formatDate(s.lastContactAt) : '—') },
        ]}
      />
      <section aria-labelledby="new-outreach-h" className="staff-section">
        <h2 id="new-outreach-h">{t('outreach.createTitle')}</h2>
        <ActionError error={create.error} />
        <form
          noValidate
          className="staff-form"
          onSubmit={(ev) =>
            void handleSubmit((v) => {
              create.mutate({ label: v.label, ...(v.areaNote.trim() ? { areaNote: v.areaNote } : {}), ...(v.referredBy.trim() ? { referredBy: v.referredBy } : {}) });
              reset();
            })(ev)
          }
        >
          <TextField label={t('outreach.label')} hint={t('outreach.labelHint')} required error={fieldError(formState.errors.label)} {...register('label')} />
          <TextField label={t('outreach.area')} {...register('areaNote')} />
          <TextField label={t('outreach.referredBy')} {...register('referredBy')} />
          <Button type="submit" busy={create.isPending}>
            {t('outreach.create')}
          </Button>
        </form>
      </section>
    </>
  );
}

type ContactValues = { method: keyof typeof methods; outcome: keyof typeof outcomes; stageAfter: keyof typeof stages; contactedAt: string; note: string };
type ConvertValues = { familyName: string; givenName: string; familyNameKana: string; givenNameKana: string; birthDate: string; address: string; method: 'written' | 'oral'; organisationIds: string[]; coordinatorOrganisationId: string };

export function OutreachPage() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const { outreachId } = useParams({ from: '/authed/outreach/$outreachId' });
  const subject = useQuery(trpc.staff.outreach.get.queryOptions({ id: outreachId }));
  const organisations = useQuery(trpc.staff.organisation.find.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.staff.outreach.pathKey() });
  const contact = useMutation(trpc.staff.outreach.addContact.mutationOptions({ onSuccess: refresh }));
  const convert = useMutation(trpc.staff.outreach.convertToCase.mutationOptions({ onSuccess: refresh }));
  const contactSchema = z.object({
    method: z.enum(Object.keys(methods) as [keyof typeof methods]),
    outcome: z.enum(Object.keys(outcomes) as [keyof typeof outcomes]),
    stageAfter: z.enum(Object.keys(stages) as [keyof typeof stages]),
    contactedAt: z.string().min(1, t('meetings.whenRequired')),
    note: z.string(),
  });
  const contactForm = useForm<ContactValues>({ resolver: zodResolver(contactSchema), defaultValues: { method: 'visit', outcome: 'met', stageAfter: 'building', contactedAt: '', note: '' } });
  const req = (field: string) => z.string().trim().min(1, t('outreach.required', { field }));
  const kana = (field: string) => req(field).regex(/^[\p{Script=Katakana}ー・\s]+$/u, t('outreach.kana'));
  const convertSchema = z.object({
    familyName: req(t('outreach.familyName')),
    givenName: req(t('outreach.givenName')),
    familyNameKana: kana(t('outreach.familyNameKana')),
    givenNameKana: kana(t('outreach.givenNameKana')),
    birthDate: z.string(),
    address: req(t('outreach.address')),
    method: z.enum(['written', 'oral']),
    organisationIds: z.array(z.string()).min(1, t('outreach.orgsRequired')),
    coordinatorOrganisationId: z.string().min(1, t('coordination.orgRequired')),
  });
  const convertForm = useForm<ConvertValues>({
    resolver: zodResolver(convertSchema),
    defaultValues: { familyName: '', givenName: '', familyNameKana: '', givenNameKana: '', birthDate: '', address: '', method: 'written', organisationIds: [], coordinatorOrganisationId: '' },
  });
  const heading = (title: string) => (
    <PageHeading title={title} appName={t('appName')}>
      {title}
    </PageHeading>
  );
  if (subject.isPending) return <>{heading(t('outreach.title'))}<Loading /></>;
  if (subject.isError) return <>{heading(t('outreach.title'))}<QueryFailure error={subject.error} onRetry={() => void subject.refetch()} /></>;
  const s = subject.data;
  const orgs = organisations.data ?? [];
  const ce = contactForm.formState.errors;
  const ve = convertForm.formState.errors;
  const open = s.stage !== 'converted' && s.stage !== 'ended';
  return (
    <>
      {heading(s.label)}
      <p>
        <Badge tone="info">{s.stageLabel}</Badge> {s.areaNote ?? ''} {s.referredBy ? `（${t('outreach.referredBy')}：${s.referredBy}）` : ''}
      </p>
      {convert.data ? (
        <Alert tone="success" title={t('outreach.converted')}>
          <Link to="/coordination/$caseId" params={{ caseId: convert.data.caseId }}>
            {t('outreach.openCase')}
          </Link>
        </Alert>
      ) : s.caseId ? (
        <p>
          <Link to="/coordination/$caseId" params={{ caseId: s.caseId }}>
            {t('outreach.openCase')}
          </Link>
        </p>
      ) : null}
      <section aria-labelledby="contacts-h" className="staff-section">
        <h2 id="contacts-h">{t('outreach.history')}</h2>
        <Table
          caption={t('outreach.history')}
          rows={s.contacts}
          rowKey={(c) => c.id}
          empty={t('outreach.empty')}
          columns={[
            { key: 'at', nowrap: true, header: t('outreach.contactedAt'), rowHeader: true, cell: (c) => formatDateTime(c.contactedAt) },
            { key: 'method', header: t('outreach.method'), cell: (c) => c.methodLabel },
            { key: 'outcome', header: t('outreach.outcome'), cell: (c) => c.outcomeLabel },
            { key: 'stage', header: t('outreach.stageAfter'), cell: (c) => c.stageAfterLabel },
            { key: 'note', header: t('outreach.note'), cell: (c) => c.note ?? '' },
          ]}
        />
      </section>
      {open ? (
        <section aria-labelledby="contact-h" className="staff-section">
          <h2 id="contact-h">{t('outreach.contactTitle')}</h2>
          <ActionError error={contact.error} />
          <form
            noValidate
            className="staff-form"
            onSubmit={(ev) =>
              void contactForm.handleSubmit((v) => {
                contact.mutate({ id: s.id, expectedVersion: s.version, method: v.method, outcome: v.outcome, stageAfter: v.stageAfter, contactedAt: fromJapanLocal(v.contactedAt), ...(v.note.trim() ? { note: v.note } : {}) });
                contactForm.reset();
              })(ev)
            }
          >
            <SelectField label={t('outreach.method')} required {...contactForm.register('method')}>
              {Object.entries(methods).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </SelectField>
            <SelectField label={t('outreach.outcome')} required {...contactForm.register('outcome')}>
              {Object.entries(outcomes).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </SelectField>
            <SelectField label={t('outreach.stageAfter')} required {...contactForm.register('stageAfter')}>
              {Object.entries(stages).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </SelectField>
            <TextField type="datetime-local" label={t('outreach.contactedAt')} required error={fieldError(ce.contactedAt)} {...contactForm.register('contactedAt')} />
            <TextAreaField label={t('outreach.note')} rows={2} {...contactForm.register('note')} />
            <Button type="submit" busy={contact.isPending}>
              {t('outreach.saveContact')}
            </Button>
          </form>
        </section>
      ) : null}
      {open ? (
        <section aria-labelledby="convert-h" className="staff-section">
          <h2 id="convert-h">{t('outreach.convertTitle')}</h2>
          <p>{t('outreach.convertLead')}</p>
          <ActionError error={convert.error} />
          <form
            noValidate
            className="staff-form"
            onSubmit={(ev) =>
              void convertForm.handleSubmit((v) =>
                convert.mutate({
                  id: s.id,
                  expectedVersion: s.version,
                  person: { familyName: v.familyName, givenName: v.givenName, familyNameKana: v.familyNameKana, givenNameKana: v.givenNameKana, address: v.address, ...(v.birthDate ? { birthDate: v.birthDate } : {}) },
                  consent: { method: v.method, organisationIds: v.organisationIds, purposes: ['coordination', 'support', 'meeting'] },
                  coordinatorOrganisationId: v.coordinatorOrganisationId,
                  issueIds: [],
                }),
              )(ev)
            }
          >
            <TextField label={t('outreach.familyName')} required error={fieldError(ve.familyName)} {...convertForm.register('familyName')} />
            <TextField label={t('outreach.givenName')} required error={fieldError(ve.givenName)} {...convertForm.register('givenName')} />
            <TextField label={t('outreach.familyNameKana')} required error={fieldError(ve.familyNameKana)} {...convertForm.register('familyNameKana')} />
            <TextField label={t('outreach.givenNameKana')} required error={fieldError(ve.givenNameKana)} {...convertForm.register('givenNameKana')} />
            <TextField type="date" label={t('outreach.birthDate')} {...convertForm.register('birthDate')} />
            <TextField label={t('outreach.address')} required error={fieldError(ve.address)} {...convertForm.register('address')} />
            <SelectField label={t('outreach.consentMethod')} required {...convertForm.register('method')}>
              <option value="written">書面</option>
              <option value="oral">口頭</option>
            </SelectField>
            <fieldset className="staff-fieldset" aria-describedby={ve.organisationIds ? 'consent-orgs-error' : undefined}>
              <legend>{t('outreach.consentOrgs')}</legend>
              {orgs.map((o) => (
                <label key={o.id} className="staff-check">
                  <input type="checkbox" value={o.id} {...convertForm.register('organisationIds')} /> {o.name}
                </label>
              ))}
              {ve.organisationIds ? (
                <p className="kasane-field__error" id="consent-orgs-error">
                  {ve.organisationIds.message}
                </p>
              ) : null}
            </fieldset>
            <SelectField label={t('outreach.coordinator')} required error={fieldError(ve.coordinatorOrganisationId)} {...convertForm.register('coordinatorOrganisationId')}>
              <option value="">{t('coordination.choose')}</option>
              {orgs
                .filter((o) => o.parts.some((p) => p.partId === 'coordination'))
                .map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
            </SelectField>
            <Button type="submit" busy={convert.isPending}>
              {t('outreach.convert')}
            </Button>
          </form>
        </section>
      ) : null}
    </>
  );
}
