import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from '../i18n/react.js';
import { Alert, Button, Loading, PageHeading, SelectField, TextAreaField, TextField, appErrorOf, csrfCookieName, readCookie } from '@kasane/ui';
import { useApi, useApiQuery } from '../api.js';
import { CityContact, loadProfile } from '../community/city-contact.js';
import { isLanguage } from '../i18n/index.js';
import { refusalTexts } from '../i18n/refusals.js';
import type { RefusalKey } from '../i18n/refusals.js';
import { formatDateTime } from '../community/format.js';
import { WithMunicipality } from '../community/municipality.js';

type Kind = 'consultation' | 'offer';
type ContactMethod = 'none' | 'phone' | 'email' | 'letter';
const MESSAGE_MAX = 2000;
const publicTextProblems = ['too_long', 'control', 'bidi', 'invisible', 'required'] as const;
/** the server's limits per field (portal-request-service), for the too-long message */
const fieldMax = { name: 50, contact: 100, preferredTime: 100, message: MESSAGE_MAX, area: 100 } as const;

/**
 * The server's refusal in the portal's language: `data.appError.code` (and its details) mapped to
 * the portal's texts; a code the portal does not know keeps the server's own (Japanese) message.
 */
export function refusalText(error: unknown, language: string, contactTyped: boolean): string | null {
  const info = appErrorOf(error);
  if (!info.code) return info.message;
  const texts = refusalTexts[isLanguage(language) ? language : 'ja'];
  const fill = (key: RefusalKey, vars: Record<string, string | number> = {}) => texts[key].replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k] ?? ''));
  const data = (error as { data?: { appError?: { details?: Record<string, unknown> | null } | null } | null }).data;
  const details = data?.appError?.details ?? {};
  switch (info.code) {
    case 'RATE_LIMITED':
      return fill('RATE_LIMITED', { minutes: typeof details.retryAfterMinutes === 'number' ? details.retryAfterMinutes : 15 });
    case 'CSRF':
    case 'NOT_FOUND':
      return fill(info.code);
    case 'VALIDATION': {
      const problem = publicTextProblems.find((p) => p === details.problem);
      const field = (Object.keys(fieldMax) as (keyof typeof fieldMax)[]).find((f) => f === details.field);
      if (problem) return fill(problem, { field: field ? texts.fields[field] : '', max: field ? fieldMax[field] : '' });
      if (field === 'contact') return fill(contactTyped ? 'VALIDATION_email' : 'VALIDATION_contact');
      return fill('VALIDATION');
    }
    default:
      return info.message;
  }
}

function RequestForm({ kind, code, name }: { kind: Kind; code: string; name: string }) {
  const { t, i18n } = useTranslation('portal');
  const api = useApi();
  const [anonymous, setAnonymous] = useState(false);
  const [person, setPerson] = useState('');
  const [contactMethod, setContactMethod] = useState<ContactMethod>('phone');
  const [contact, setContact] = useState('');
  const [preferredTime, setPreferredTime] = useState('');
  const [message, setMessage] = useState('');
  const [area, setArea] = useState('');
  const [doNotContactHome, setDoNotContactHome] = useState(false);
  const [website, setWebsite] = useState('');
  const [errors, setErrors] = useState<{ message?: string; contact?: string }>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [receipt, setReceipt] = useState<{ reference: string; receivedAt: string } | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const next: typeof errors = {};
    if (message.trim() === '') next.message = t('community.request.messageRequired');
    else if ([...message].length > MESSAGE_MAX) next.message = t('community.request.tooLong', { max: MESSAGE_MAX });
    if (!anonymous && contactMethod !== 'none' && contact.trim() === '') next.contact = t('community.request.contactRequired');
    setErrors(next);
    setServerError(null);
    if (Object.keys(next).length) return;
    setBusy(true);
    try {
      // The double-submit cookie: ask the server for one if this visit has none yet.
      if (!readCookie(csrfCookieName)) await api.client.auth.session.query();
      const input = { municipalityCode: code, anonymous, name: anonymous ? '' : person, contactMethod: anonymous ? ('none' as const) : contactMethod, contact: anonymous ? '' : contact, preferredTime, message, area, website };
      const r = kind === 'consultation' ? await api.client.portal.request.submitConsultation.mutate({ ...input, doNotContactHome }) : await api.client.portal.request.submitOffer.mutate(input);
      setReceipt(r);
      setTimeout(() => resultRef.current?.focus(), 0);
    } catch (error) {
      setServerError(refusalText(error, i18n.language, contact.trim() !== '') ?? t('loadError'));
      setTimeout(() => errorRef.current?.focus(), 0);
    } finally {
      setBusy(false);
    }
  };

  if (receipt) {
    return (
      <div ref={resultRef} tabIndex={-1} className="kasane-card" data-testid="receipt">
        <Alert tone="success" title={t('community.request.done')}>
          <p>
            {t('community.request.reference')}：<strong className="portal-reference">{receipt.reference}</strong>
          </p>
          <p>{t('community.request.referenceHint')}</p>
          <p>{t('community.request.receivedAt', { date: formatDateTime(receipt.receivedAt, i18n.language) })}</p>
        </Alert>
        <Button
          variant="secondary"
          onClick={() => {
            setReceipt(null);
            setMessage('');
          }}
        >
          {t('community.request.again')}
        </Button>
      </div>
    );
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="portal-request-form">
      <p className="portal-lead">{t(kind === 'consultation' ? 'community.request.lead' : 'community.request.offerLead')}</p>
      {kind === 'consultation' ? <Alert tone="warning">{t('community.request.urgent')}</Alert> : null}
      <section className="kasane-card" aria-labelledby="data-handling">
        <h2 id="data-handling">{t('community.request.dataHandling')}</h2>
        <p>{t('community.request.dataHandlingBody', { name })}</p>
      </section>
      {serverError ? (
        <div ref={errorRef} tabIndex={-1}>
          <Alert tone="error" title={t('community.request.errorTitle')}>
            {serverError}
          </Alert>
        </div>
      ) : null}
      <TextAreaField
        label={t(kind === 'consultation' ? 'community.request.message' : 'community.request.offerMessage')}
        hint={t('community.request.messageHint')}
        required
        className="portal-textarea"
        rows={8}
        value={message}
        onChange={(e) => setMessage(e.target.value)}
        maxLength={MESSAGE_MAX + 100}
        error={errors.message}
      />
      {kind === 'consultation' ? (
        <div className="portal-check">
          <input id="anonymous" type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} aria-describedby="anonymous-hint" />
          <label htmlFor="anonymous">{t('community.request.anonymous')}</label>
          <p id="anonymous-hint" className="kasane-field__hint">
            {t('community.request.anonymousHint')}
          </p>
        </div>
      ) : null}
      {!anonymous ? (
        <>
          <TextField label={t('community.request.name')} value={person} maxLength={50} autoComplete="nickname" onChange={(e) => setPerson(e.target.value)} />
          <SelectField label={t('community.request.contactMethod')} value={contactMethod} onChange={(e) => setContactMethod(e.target.value as ContactMethod)}>
            <option value="phone">{t('community.request.contactPhone')}</option>
            <option value="email">{t('community.request.contactEmail')}</option>
            <option value="letter">{t('community.request.contactLetter')}</option>
            <option value="none">{t('community.request.contactNone')}</option>
          </SelectField>
          {contactMethod !== 'none' ? (
            <TextField label={t('community.request.contact')} value={contact} maxLength={100} autoComplete="off" error={errors.contact} onChange={(e) => setContact(e.target.value)} />
          ) : null}
          <TextField label={t('community.request.preferredTime')} hint={t('community.request.preferredTimeHint')} value={preferredTime} maxLength={100} onChange={(e) => setPreferredTime(e.target.value)} />
        </>
      ) : null}
      <TextField label={t('community.request.area')} value={area} maxLength={100} onChange={(e) => setArea(e.target.value)} />
      {kind === 'consultation' ? (
        <div className="portal-check">
          <input id="no-home" type="checkbox" checked={doNotContactHome} onChange={(e) => setDoNotContactHome(e.target.checked)} aria-describedby="no-home-hint" />
          <label htmlFor="no-home">{t('community.request.doNotContactHome')}</label>
          <p id="no-home-hint" className="kasane-field__hint">
            {t('community.request.doNotContactHomeHint')}
          </p>
        </div>
      ) : null}
      {/* Honeypot: people never see or reach it; bots that fill every field are answered but not stored. */}
      <div className="portal-honeypot" aria-hidden="true">
        <label htmlFor="website">{t('community.request.honeypot')}</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" value={website} onChange={(e) => setWebsite(e.target.value)} />
      </div>
      <Button type="submit" busy={busy}>
        {busy ? t('community.request.sending') : t('community.request.submit')}
      </Button>
    </form>
  );
}

/** The form only where someone will read what is sent (issue #12 item 6); elsewhere, who to contact instead. */
function RequestOrContact({ kind, code, name }: { kind: Kind; code: string; name: string }) {
  const { t } = useTranslation('portal');
  const profile = useApiQuery(...loadProfile(code));
  if (profile.isPending) return <Loading />;
  if (profile.data && !profile.data.receives[kind]) {
    return (
      <>
        <Alert tone="warning" title={t('community.request.noReceiverTitle', { name })}>
          {t('community.request.noReceiverBody', { name })}
        </Alert>
        {kind === 'consultation' ? <Alert tone="warning">{t('community.request.urgent')}</Alert> : null}
        <CityContact code={code} name={name} showWindows />
      </>
    );
  }
  return <RequestForm kind={kind} code={code} name={name} />;
}

export function RequestPage({ kind }: { kind: Kind }) {
  const { t } = useTranslation('portal');
  const title = t(kind === 'consultation' ? 'community.request.title' : 'community.request.offerTitle');
  return (
    <>
      <PageHeading title={title} appName={t('appName')}>
        {title}
      </PageHeading>
      <WithMunicipality>{(m) => <RequestOrContact kind={kind} code={m.code} name={m.name} />}</WithMunicipality>
    </>
  );
}
