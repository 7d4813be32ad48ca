// 「ログインとセキュリティ」: the own second factors and 「ログイン中の端末」 (issue #9), the same page
// in the staff and the prefecture apps (inside their layout).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../components/alert.js';
import { Button } from '../components/button.js';
import { PageHeading } from '../components/page-heading.js';
import { formatDateTimeJst } from '../lib/jst.js';
import { PasskeyEnrolment, RecoveryCodesShown, TotpEnrolment } from './enrolment.js';
import { mfaApi } from './mfa-client.js';
import { useAction } from './use-action.js';

type Status = Awaited<ReturnType<ReturnType<typeof mfaApi>['mfa']['status']['query']>>;
type OwnSession = Awaited<ReturnType<ReturnType<typeof mfaApi>['sessions']['list']['query']>>[number];

function Factors() {
  const { t } = useTranslation('mfa');
  const [status, setStatus] = useState<Status | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const load = useAction();
  const renew = useAction();
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((v) => v + 1);
  const { run } = load;
  useEffect(() => void run(() => mfaApi().mfa.status.query()).then((s) => s && setStatus(s)), [version]);
  const enrolled = (recoveryCodes: string[] | null) => {
    setCodes(recoveryCodes);
    reload();
  };
  if (codes) return <RecoveryCodesShown codes={codes} onDone={() => setCodes(null)} />;
  if (!status) return load.error ? <Alert tone="error">{load.error}</Alert> : null;
  return (
    <>
      {status.required ? <p>{t('required')}</p> : null}
      <section aria-labelledby="factor-totp" className="kasane-mfa__section">
        <h2 id="factor-totp">{t('totpTitle')}</h2>
        {status.totp ? <p>{t('totpRegistered')}</p> : <TotpEnrolment onEnrolled={enrolled} />}
      </section>
      <section aria-labelledby="factor-passkey" className="kasane-mfa__section">
        <h2 id="factor-passkey">{t('passkeyTitle')}</h2>
        {status.passkeys.length === 0 ? <p>{t('passkeyNone')}</p> : (
          <ul>
            {status.passkeys.map((p) => (
              <li key={p.id}>
                {p.name}（{formatDateTimeJst(p.createdAt)}）
              </li>
            ))}
          </ul>
        )}
        <PasskeyEnrolment onEnrolled={enrolled} />
      </section>
      {status.totp || status.passkeys.length > 0 ? (
        <section aria-labelledby="factor-recovery" className="kasane-mfa__section">
          <h2 id="factor-recovery">{t('recoveryCode')}</h2>
          <p>{t('recoveryLeft', { count: status.recoveryCodesLeft })}</p>
          {renew.error ? <Alert tone="error">{renew.error}</Alert> : null}
          <Button
            variant="secondary"
            busy={renew.busy}
            onClick={() => {
              if (window.confirm(t('recoveryRenewConfirm'))) void renew.run(() => mfaApi().mfa.recoveryRenew.mutate()).then((r) => r && enrolled(r.recoveryCodes));
            }}
          >
            {t('recoveryRenew')}
          </Button>
        </section>
      ) : null}
    </>
  );
}

function Sessions() {
  const { t } = useTranslation('mfa');
  const [sessions, setSessions] = useState<OwnSession[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const action = useAction();
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((v) => v + 1);
  const { run } = action;
  useEffect(() => void run(() => mfaApi().sessions.list.query()).then((s) => s && setSessions(s)), [version]);
  const others = sessions?.filter((s) => !s.current) ?? [];
  return (
    <section aria-labelledby="own-sessions" className="kasane-mfa__section">
      <h2 id="own-sessions">{t('sessionsTitle')}</h2>
      <p>{t('sessionsLead')}</p>
      {action.error ? <Alert tone="error">{action.error}</Alert> : null}
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {sessions ? (
        <table className="kasane-table">
          <thead>
            <tr>
              <th scope="col">{t('device')}</th>
              <th scope="col">{t('signedInAt')}</th>
              <th scope="col">{t('lastSeen')}</th>
              <th scope="col">{t('address')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.id}>
                <td>
                  {s.device}
                  {s.current ? <strong>（{t('thisDevice')}）</strong> : null}
                </td>
                <td>{formatDateTimeJst(s.createdAt)}</td>
                <td>{formatDateTimeJst(s.lastSeenAt)}</td>
                <td>{s.ip ?? '—'}</td>
                <td>
                  {s.current ? null : (
                    <Button variant="secondary" size="small" onClick={() => void action.run(() => mfaApi().sessions.signOut.mutate({ id: s.id })).then(reload)}>
                      {t('signOutSession')}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {others.length > 0 ? (
        <Button
          variant="danger"
          busy={action.busy}
          onClick={() =>
            void action.run(() => mfaApi().sessions.signOutElsewhere.mutate()).then((r) => {
              if (r) setNotice(t('signedOutElsewhere', { count: r.endedSessions }));
              reload();
            })
          }
        >
          {t('signOutElsewhere')}
        </Button>
      ) : sessions ? (
        <p className="kasane-muted">{t('noOtherSessions')}</p>
      ) : null}
    </section>
  );
}

export function SecurityPage({ appName }: { appName: string }) {
  const { t } = useTranslation('mfa');
  return (
    <>
      <PageHeading title={t('securityTitle')} appName={appName}>
        {t('securityTitle')}
      </PageHeading>
      <p>{t('securityLead')}</p>
      <Factors />
      <Sessions />
    </>
  );
}
