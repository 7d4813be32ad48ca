// The step after the password (ADR 0017): show a second factor, or — where the rule requires one
// and the account has none — enrol one. Nothing else of the app opens before it (the API refuses).
import { startAuthentication } from '@simplewebauthn/browser';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../components/alert.js';
import { AppHeader } from '../components/app-header.js';
import { Button } from '../components/button.js';
import { PageHeading } from '../components/page-heading.js';
import { PageLayout } from '../components/page-layout.js';
import { TextField } from '../components/text-field.js';
import { PasskeyEnrolment, RecoveryCodesShown, TotpEnrolment, passkeyFailure } from './enrolment.js';
import { mfaApi } from './mfa-client.js';
import { useAction } from './use-action.js';

export interface MfaStepPageProps {
  appName: string;
  footer: string;
  step: 'verify' | 'enrol';
  /** the step is done: the app reads its session again and goes on */
  onDone: () => Promise<void>;
  onSignOut: () => void;
}

function CodeForm({ label, hint, submit, onSubmit, busy, error }: { label: string; hint: string; submit: string; onSubmit: (code: string) => void; busy: boolean; error: string | null }) {
  const [code, setCode] = useState('');
  return (
    <form
      className="kasane-mfa__form"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(code);
      }}
    >
      {error ? <Alert tone="error">{error}</Alert> : null}
      <TextField label={label} hint={hint} autoComplete="one-time-code" value={code} onChange={(e) => setCode(e.target.value)} required />
      <Button type="submit" busy={busy}>
        {submit}
      </Button>
    </form>
  );
}

function Verify({ onDone }: { onDone: () => Promise<void> }) {
  const { t } = useTranslation('mfa');
  const [factors, setFactors] = useState<{ totp: boolean; passkeys: number } | null>(null);
  const totp = useAction();
  const passkey = useAction();
  const recovery = useAction();
  useEffect(() => {
    void mfaApi().mfa.status.query().then((s) => setFactors({ totp: s.totp, passkeys: s.passkeys.length }), () => setFactors({ totp: true, passkeys: 0 }));
  }, []);
  const done = (r: unknown) => (r === undefined ? undefined : onDone());
  return (
    <>
      <p>{t('verifyLead')}</p>
      {factors?.totp ? (
        <CodeForm label={t('code')} hint={t('codeHint')} submit={t('verify')} busy={totp.busy} error={totp.error} onSubmit={(code) => void totp.run(() => mfaApi().mfa.totpVerify.mutate({ code })).then(done)} />
      ) : null}
      {factors && factors.passkeys > 0 ? (
        <div className="kasane-mfa__form">
          {passkey.error ? <Alert tone="error">{passkey.error}</Alert> : null}
          <Button
            variant={factors.totp ? 'secondary' : 'primary'}
            busy={passkey.busy}
            onClick={() =>
              void passkey
                .run(async () => {
                  const optionsJSON = await mfaApi().mfa.passkeyVerifyOptions.mutate();
                  return mfaApi().mfa.passkeyVerify.mutate({ response: await startAuthentication({ optionsJSON }) });
                }, passkeyFailure(t))
                .then(done)
            }
          >
            {t('usePasskey')}
          </Button>
        </div>
      ) : null}
      <details className="kasane-mfa__recovery">
        <summary>{t('recoveryTitle')}</summary>
        <CodeForm label={t('recoveryCode')} hint={t('recoveryHint')} submit={t('useRecovery')} busy={recovery.busy} error={recovery.error} onSubmit={(code) => void recovery.run(() => mfaApi().mfa.recoveryVerify.mutate({ code })).then(done)} />
        <p className="kasane-muted">{t('otherWay')}</p>
      </details>
    </>
  );
}

function Enrol({ onDone }: { onDone: () => Promise<void> }) {
  const { t } = useTranslation('mfa');
  const [codes, setCodes] = useState<string[] | null>(null);
  if (codes) return <RecoveryCodesShown codes={codes} onDone={() => void onDone()} />;
  const enrolled = (recoveryCodes: string[] | null) => (recoveryCodes ? setCodes(recoveryCodes) : void onDone());
  return (
    <>
      <p>{t('enrolLead')}</p>
      <section aria-labelledby="enrol-totp" className="kasane-mfa__section">
        <h2 id="enrol-totp">{t('totpTitle')}</h2>
        <TotpEnrolment onEnrolled={enrolled} />
      </section>
      <section aria-labelledby="enrol-passkey" className="kasane-mfa__section">
        <h2 id="enrol-passkey">{t('passkeyTitle')}</h2>
        <PasskeyEnrolment onEnrolled={enrolled} />
      </section>
    </>
  );
}

export function MfaStepPage({ appName, footer, step, onDone, onSignOut }: MfaStepPageProps) {
  const { t } = useTranslation('mfa');
  return (
    <PageLayout
      header={
        <AppHeader
          brand={appName}
          context={t('stepTitle')}
          tools={
            <Button variant="secondary" size="small" onClick={onSignOut}>
              {t('signOut')}
            </Button>
          }
        />
      }
      footer={footer}
    >
      <div className="kasane-form-page">
        <PageHeading title={t('stepTitle')} appName={appName}>
          {t('stepTitle')}
        </PageHeading>
        {step === 'verify' ? <Verify onDone={onDone} /> : <Enrol onDone={onDone} />}
      </div>
    </PageLayout>
  );
}
