// 相談受付: a form quick enough for a phone call. Possible existing records appear while the name or
// reading is typed (birth date and address rank them): hints only for persons the worker may read,
// for anyone else only that a record may exist (issue #8); the search is audited by the server.
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@kasane/api';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { bind } from 'vanilla-autokana';
import { toKatakana } from 'wanakana';
import { z } from 'zod';
import { Alert, Badge, Button, PageHeading, SelectField, TextAreaField, TextField } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { ActionError, fieldError, zodResolver } from '../coordination/form-kit.js';
import { Loading, QueryFailure } from '../query-state.js';
import './intake.css';
import { useDebounced } from './use-debounced.js';

interface IntakeValues {
  channel: string;
  consulterType: string;
  consulterNote: string;
  anonymous: boolean;
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  birthDate: string;
  relationship: string;
  phone: string;
  address: string;
  issueIds: string[];
  summary: string;
  triage: string;
}

const empty: IntakeValues = {
  channel: 'phone',
  consulterType: 'self',
  consulterNote: '',
  anonymous: false,
  familyName: '',
  givenName: '',
  familyNameKana: '',
  givenNameKana: '',
  birthDate: '',
  relationship: '本人',
  phone: '',
  address: '',
  issueIds: [],
  summary: '',
  triage: '',
};

const KANA = /^[\p{Script=Katakana}\p{Script=Hiragana}ー・\s]*$/u;

export function IntakePage() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const vocabulary = useQuery(trpc.staff.intake.vocabulary.queryOptions());
  const [existing, setExisting] = useState<{ personId: string; name: string } | null>(null);
  const record = useMutation(trpc.staff.intake.record.mutationOptions());

  const schema = z
    .object({
      channel: z.string(),
      consulterType: z.string(),
      consulterNote: z.string(),
      anonymous: z.boolean(),
      familyName: z.string(),
      givenName: z.string(),
      familyNameKana: z.string().regex(KANA, t('intake.errors.kana')),
      givenNameKana: z.string().regex(KANA, t('intake.errors.kana')),
      birthDate: z.union([z.literal(''), z.iso.date(t('intake.errors.birthDate'))]),
      relationship: z.string(),
      phone: z.string(),
      address: z.string(),
      issueIds: z.array(z.string()),
      summary: z.string().trim().min(1, t('intake.errors.summary')),
      triage: z.string(),
    })
    .superRefine((v, ctx) => {
      if (v.anonymous || existing) return;
      if (!v.familyName.trim()) ctx.addIssue({ code: 'custom', path: ['familyName'], message: t('intake.errors.familyName') });
      if (!v.familyNameKana.trim()) ctx.addIssue({ code: 'custom', path: ['familyNameKana'], message: t('intake.errors.familyNameKana') });
      if (!v.address.trim()) ctx.addIssue({ code: 'custom', path: ['address'], message: t('intake.errors.address') });
    });
  const { register, handleSubmit, formState, watch, setValue, getValues, reset, setFocus } = useForm<IntakeValues>({ resolver: zodResolver(schema), defaultValues: empty });

  // Furigana from typing (IME reading), then katakana whatever was typed (ひらがな, romaji).
  const familyRef = useRef<HTMLInputElement | null>(null);
  const givenRef = useRef<HTMLInputElement | null>(null);
  const familyKanaRef = useRef<HTMLInputElement | null>(null);
  const givenKanaRef = useRef<HTMLInputElement | null>(null);
  useEffect(() => {
    // vanilla-autokana 1.x takes element ids ('#id'), not elements.
    if (!familyRef.current || !familyKanaRef.current || !givenRef.current || !givenKanaRef.current) return;
    const a = bind('#intake-family-name', '#intake-family-kana', { katakana: true });
    const b = bind('#intake-given-name', '#intake-given-kana', { katakana: true });
    return () => {
      a.stop();
      b.stop();
    };
  }, [vocabulary.isSuccess]);
  const syncKana = (field: 'familyNameKana' | 'givenNameKana', el: HTMLInputElement | null) => {
    window.setTimeout(() => {
      if (el && el.value !== getValues(field)) setValue(field, el.value);
    }, 60);
  };

  const [familyName, givenName, familyNameKana, givenNameKana, birthDate, address, issueIds, anonymous] = watch(['familyName', 'givenName', 'familyNameKana', 'givenNameKana', 'birthDate', 'address', 'issueIds', 'anonymous']);
  const search = useDebounced(
    {
      name: `${familyName}${givenName}`.trim(),
      kana: `${familyNameKana}${givenNameKana}`.trim(),
      birthDate: /^\d{4}-\d{2}-\d{2}$/.test(birthDate) ? birthDate : '',
      address: address.trim().length >= 3 ? address.trim() : '',
    },
    350,
  );
  const searchInput = {
    ...(search.name ? { name: search.name } : {}),
    ...(search.kana ? { kana: search.kana } : {}),
    ...(search.birthDate ? { birthDate: search.birthDate } : {}),
    ...(search.address ? { address: search.address } : {}),
  };
  // the server needs a name or reading of two letters; an address or birth date alone lists nobody
  const hasSearch = (letters(search.name) >= 2 || letters(search.kana) >= 2) && !existing && !anonymous;
  const candidates = useQuery({ ...trpc.staff.intake.findCandidates.queryOptions(searchInput), enabled: hasSearch, placeholderData: keepPreviousData });
  const classify = useQuery({ ...trpc.staff.intake.classify.queryOptions({ issueIds: (issueIds ?? []) as never[] }), placeholderData: keepPreviousData });

  const heading = (
    <PageHeading title={t('intake.title')} appName={t('appName')}>
      {t('intake.title')}
    </PageHeading>
  );
  if (vocabulary.isPending) return <>{heading}<Loading /></>;
  if (vocabulary.isError) return <>{heading}<QueryFailure error={vocabulary.error} onRetry={() => void vocabulary.refetch()} /></>;
  const v = vocabulary.data;

  if (record.isSuccess) {
    const r = record.data;
    return (
      <>
        {heading}
        <Alert tone="success" title={t('intake.saved')}>
          {r.complex ? <p>{t('intake.complexHint')}</p> : null}
        </Alert>
        <ul className="staff-actions">
          {r.householdId ? (
            <li>
              <Link to="/households/$householdId" params={{ householdId: r.householdId }}>
                {t('intake.openHousehold')}
              </Link>
            </li>
          ) : null}
          {r.primaryPersonId ? (
            <li>
              <Link to="/persons/$personId/consents" params={{ personId: r.primaryPersonId }}>
                {t('intake.recordConsent')}
              </Link>
            </li>
          ) : null}
          {r.caseId ? (
            <li>
              <Link to="/coordination/$caseId" params={{ caseId: r.caseId }}>
                {t('intake.openCase')}
              </Link>
            </li>
          ) : null}
          <li>
            <Button
              variant="secondary"
              onClick={() => {
                record.reset();
                reset(empty);
                setExisting(null);
              }}
            >
              {t('intake.newIntake')}
            </Button>
          </li>
        </ul>
      </>
    );
  }

  const onSubmit = handleSubmit((values) => {
    const person = existing
      ? { existingPersonId: existing.personId }
      : {
          familyName: values.familyName,
          givenName: values.givenName,
          familyNameKana: toKatakana(values.familyNameKana),
          givenNameKana: toKatakana(values.givenNameKana),
          ...(values.birthDate ? { birthDate: values.birthDate } : {}),
          ...(values.relationship ? { relationship: values.relationship } : {}),
          ...(values.phone ? { phone: values.phone } : {}),
        };
    record.mutate({
      channel: values.channel as never,
      consulterType: values.consulterType as never,
      ...(values.consulterNote ? { consulterNote: values.consulterNote } : {}),
      ...(values.anonymous ? {} : { persons: [person] }),
      ...(!values.anonymous && !existing && values.address ? { household: { address: values.address } } : {}),
      issueIds: values.issueIds as never[],
      summary: values.summary,
      ...(values.triage ? { triage: values.triage as never } : {}),
    });
  }, () => undefined);

  const familyReg = register('familyName');
  const givenReg = register('givenName');
  const familyKanaReg = register('familyNameKana');
  const givenKanaReg = register('givenNameKana');
  const e = formState.errors;

  return (
    <>
      {heading}
      <p>{t('intake.lead')}</p>
      <ActionError error={record.error} />
      <div className="staff-intake">
        <form noValidate className="staff-form" onSubmit={(ev) => void onSubmit(ev)} aria-labelledby="intake-form-h">
          <h2 id="intake-form-h" className="kasane-visually-hidden">
            {t('intake.title')}
          </h2>
          <div className="staff-grid">
            <SelectField label={t('intake.channel')} required {...register('channel')}>
              {v.channels.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </SelectField>
            <SelectField label={t('intake.consulterType')} required {...register('consulterType')}>
              {v.consulterTypes.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </SelectField>
          </div>
          <TextField label={t('intake.consulterNote')} hint={t('intake.consulterNoteHint')} {...register('consulterNote')} />

          <fieldset className="staff-fieldset">
            <legend>{t('intake.personTitle')}</legend>
            <label className="staff-check">
              <input type="checkbox" {...register('anonymous')} /> {t('intake.anonymous')}
            </label>
            {existing ? (
              <Alert tone="info" live={false}>
                <p>{t('intake.usingExisting', { name: existing.name })}</p>
                <Button variant="secondary" size="small" onClick={() => setExisting(null)}>
                  {t('intake.useNew')}
                </Button>
              </Alert>
            ) : null}
            <div className="staff-grid" hidden={anonymous || existing !== null}>
              <TextField
                id="intake-family-name"
                label={t('intake.familyName')}
                required
                autoComplete="off"
                error={fieldError(e.familyName)}
                {...familyReg}
                ref={(el) => {
                  familyReg.ref(el);
                  familyRef.current = el;
                }}
                onInput={() => syncKana('familyNameKana', familyKanaRef.current)}
              />
              <TextField
                id="intake-given-name"
                label={t('intake.givenName')}
                autoComplete="off"
                {...givenReg}
                ref={(el) => {
                  givenReg.ref(el);
                  givenRef.current = el;
                }}
                onInput={() => syncKana('givenNameKana', givenKanaRef.current)}
              />
              <TextField
                id="intake-family-kana"
                label={t('intake.familyNameKana')}
                required
                autoComplete="off"
                hint={t('intake.kanaHint')}
                error={fieldError(e.familyNameKana)}
                {...familyKanaReg}
                ref={(el) => {
                  familyKanaReg.ref(el);
                  familyKanaRef.current = el;
                }}
                onBlur={(ev) => {
                  setValue('familyNameKana', toKatakana(ev.target.value), { shouldValidate: formState.isSubmitted });
                  void familyKanaReg.onBlur(ev);
                }}
              />
              <TextField
                id="intake-given-kana"
                label={t('intake.givenNameKana')}
                autoComplete="off"
                error={fieldError(e.givenNameKana)}
                {...givenKanaReg}
                ref={(el) => {
                  givenKanaReg.ref(el);
                  givenKanaRef.current = el;
                }}
                onBlur={(ev) => {
                  setValue('givenNameKana', toKatakana(ev.target.value), { shouldValidate: formState.isSubmitted });
                  void givenKanaReg.onBlur(ev);
                }}
              />
              <TextField label={t('intake.birthDate')} type="date" hint={t('intake.birthDateHint')} error={fieldError(e.birthDate)} {...register('birthDate')} />
              <TextField label={t('intake.relationship')} {...register('relationship')} />
              <TextField label={t('intake.phone')} type="tel" autoComplete="off" {...register('phone')} />
              <TextField label={t('intake.address')} required hint={t('intake.addressHint')} autoComplete="off" error={fieldError(e.address)} {...register('address')} />
            </div>
          </fieldset>

          <fieldset className="staff-fieldset">
            <legend>{t('intake.issues')}</legend>
            <p className="kasane-field__hint">{t('intake.issuesHint')}</p>
            <div className="staff-checks">
              {v.issues.map((i) => (
                <label key={i.id} className="staff-check">
                  <input type="checkbox" value={i.id} {...register('issueIds')} /> {i.label}
                </label>
              ))}
            </div>
            <div role="status" aria-live="polite" className="staff-complex">
              {classify.data && (issueIds ?? []).length > 0 ? (
                <>
                  {classify.data.complex ? <Badge tone="required">{t('intake.complex')}</Badge> : <span>{t('intake.notComplex')}</span>}{' '}
                  <span>{t('intake.fieldsInvolved', { fields: classify.data.fields.map((f) => f.label).join('・') })}</span>
                  {classify.data.complex ? <p className="kasane-field__hint">{t('intake.complexHint')}</p> : null}
                </>
              ) : null}
            </div>
          </fieldset>

          <TextAreaField label={t('intake.summary')} required rows={5} error={fieldError(e.summary)} {...register('summary')} />
          <SelectField label={t('intake.triage')} {...register('triage')}>
            <option value="">{t('intake.triageNone')}</option>
            {v.triageOutcomes.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </SelectField>
          <Button type="submit" busy={record.isPending}>
            {t('intake.submit')}
          </Button>
        </form>

        <aside className="staff-candidates kasane-card" aria-labelledby="candidates-h">
          <h2 id="candidates-h">{t('intake.candidatesTitle')}</h2>
          <p className="kasane-field__hint">{t('intake.candidatesLead')}</p>
          <div role="status" aria-live="polite">
            {hasSearch && candidates.data ? (
              candidates.data.items.length === 0 ? (
                <p>{t('intake.candidatesEmpty')}</p>
              ) : (
                <p>{t('intake.candidatesCount', { count: candidates.data.items.length })}</p>
              )
            ) : null}
          </div>
          {hasSearch && candidates.isError ? <QueryFailure error={candidates.error} onRetry={() => void candidates.refetch()} /> : null}
          {hasSearch && candidates.data ? <CandidateList data={candidates.data} onUse={(c) => { setExisting(c); setFocus('summary'); }} /> : null}
        </aside>
      </div>
    </>
  );
}

const letters = (s: string) => (s.normalize('NFKC').match(/\p{L}/gu) ?? []).length;

type Candidates = inferRouterOutputs<AppRouter>['staff']['intake']['findCandidates'];

/** Hints to records the worker may read; for the others only that one may exist, and whom to ask. */
function CandidateList({ data, onUse }: { data: Candidates; onUse: (c: { personId: string; name: string }) => void }) {
  const { t } = useTranslation('staff');
  const hints = data.items.flatMap((c) => (c.kind === 'hint' ? [c] : []));
  const possible = data.items.length - hints.length;
  return (
    <>
      {hints.length > 0 ? (
        <ul className="staff-candidate-list">
          {hints.map((c) => (
            <li key={c.personId}>
              <span className="staff-candidate-name">{c.name}</span>
              <span>{c.birthYear ? t('intake.candidateBirthYear', { year: c.birthYear }) : t('intake.candidateUnknownBirth')}</span>
              <span>{c.district}</span>
              {c.sameBirthYear ? <Badge tone="info">{t('intake.sameBirthYear')}</Badge> : null}
              <Button variant="secondary" size="small" onClick={() => onUse({ personId: c.personId, name: c.name })}>
                {t('intake.useCandidate')}
                <span className="kasane-visually-hidden">（{c.name}）</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {possible > 0 ? <Alert tone="info">{t('intake.possibleMatch', { count: possible })}</Alert> : null}
      {data.capped ? <p className="kasane-field__hint">{t('intake.candidatesCapped')}</p> : null}
    </>
  );
}
