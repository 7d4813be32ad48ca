// Adding a second factor: an authenticator app (QR code drawn by the server, no external service)
// or a passkey. The first factor brings the recovery codes, shown here once.
import { startRegistration } from '@simplewebauthn/browser';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../components/alert.js';
import { Button } from '../components/button.js';
import { TextField } from '../components/text-field.js';
import { mfaApi } from './mfa-client.js';
import { useAction } from './use-action.js';

export type Enrolled = (recoveryCodes: string[] | null) => void;

export function TotpEnrolment({ onEnrolled }: { onEnrolled: Enrolled }) {
  const { t } = useTranslation('mfa');
  const [setup, setSetup] = useState<{ secret: string; qrSvg: string } | null>(null);
  const [code, setCode] = useState('');
  const start = useAction();
  const confirm = useAction();
  if (!setup) {
    return (
      <>
        {start.error ? <Alert tone="error">{start.error}</Alert> : null}
        <Button variant="secondary" busy={start.busy} onClick={() => void start.run(() => mfaApi().mfa.totpBegin.mutate()).then((s) => s && setSetup(s))}>
          {t('totpStart')}
        </Button>
      </>
    );
  }
  return (
    <form
      className="kasane-mfa__form"
      onSubmit={(e) => {
        e.preventDefault();
        void confirm.run(() => mfaApi().mfa.totpConfirm.mutate({ code })).then((r) => r && onEnrolled(r.recoveryCodes));
      }}
    >
      <p>{t('totpScan')}</p>
      <img className="kasane-mfa__qr" src={`data:image/svg+xml;utf8,${encodeURIComponent(setup.qrSvg)}`} alt={t('qrAlt')} width={200} height={200} />
      <p>
        {t('totpManual')} <code data-testid="totp-secret">{setup.secret}</code>
      </p>
      {confirm.error ? <Alert tone="error">{confirm.error}</Alert> : null}
      <TextField label={t('code')} hint={t('codeHint')} inputMode="numeric" autoComplete="one-time-code" value={code} onChange={(e) => setCode(e.target.value)} required />
      <Button type="submit" busy={confirm.busy}>
        {t('totpConfirm')}
      </Button>
    </form>
  );
}

/** The browser's refusal (cancelled, timed out, no authenticator) in words. */
export function passkeyFailure(t: (key: string) => string) {
  return (e: unknown): string | null => {
    if (typeof window !== 'undefined' && !window.PublicKeyCredential) return t('passkeyUnsupported');
    return e instanceof Error && /NotAllowed|Abort|cancel|timed out/i.test(`${e.name} ${e.message}`) ? t('passkeyCancelled') : null;
  };
}

export function PasskeyEnrolment({ onEnrolled }: { onEnrolled: Enrolled }) {
  const { t } = useTranslation('mfa');
  const [name, setName] = useState('');
  const register = useAction();
  return (
    <form
      className="kasane-mfa__form"
      onSubmit={(e) => {
        e.preventDefault();
        void register
          .run(async () => {
            const optionsJSON = await mfaApi().mfa.passkeyRegisterOptions.mutate();
            const response = await startRegistration({ optionsJSON });
            return mfaApi().mfa.passkeyRegister.mutate({ response, name });
          }, passkeyFailure(t))
          .then((r) => r && onEnrolled(r.recoveryCodes));
      }}
    >
      {register.error ? <Alert tone="error">{register.error}</Alert> : null}
      <TextField label={t('passkeyName')} hint={t('passkeyNameHint')} value={name} onChange={(e) => setName(e.target.value)} maxLength={60} required />
      <Button type="submit" variant="secondary" busy={register.busy}>
        {t('passkeyRegister')}
      </Button>
    </form>
  );
}

export function RecoveryCodesShown({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation('mfa');
  return (
    <section aria-labelledby="recovery-shown" className="kasane-mfa__section">
      <h2 id="recovery-shown">{t('recoveryShownTitle')}</h2>
      <p>{t('recoveryShownLead')}</p>
      <ol className="kasane-mfa__codes" data-testid="recovery-codes">
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ol>
      <Button onClick={onDone}>{t('recoveryShownDone')}</Button>
    </section>
  );
}
