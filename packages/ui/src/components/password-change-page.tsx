import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from './alert.js';
import { PageHeading } from './page-heading.js';
import { PasswordChangeForm } from './password-change-form.js';
import type { PasswordChangeValues } from './password-change-form.js';

export interface PasswordChangePageProps {
  appName: string;
  /** The way back once changed, e.g. the router's `<Link to="/">ホームへ</Link>`. */
  homeLink: ReactNode;
  /** Signed in with a password an administrator set: it must be replaced before anything else. */
  mustChange: boolean;
  done: boolean;
  submitting: boolean;
  /** The failed call, if any; shown in the user's language. */
  /** the refusal to show, already in words (see the hooks in trpc/account-hooks.ts) */
  error: string | null;
  onSubmit: (values: PasswordChangeValues) => Promise<void>;
}

/** The own-password page of the staff and the prefecture apps; the other sessions end. */
export function PasswordChangePage({ appName, homeLink, mustChange, done, submitting, error, onSubmit }: PasswordChangePageProps) {
  const { t } = useTranslation('ui');
  return (
    <>
      <PageHeading title={t('passwordPage.title')} appName={appName}>
        {t('passwordPage.title')}
      </PageHeading>
      {done ? (
        <Alert tone="success">
          <p>{t('passwordPage.done')}</p>
          <p>{homeLink}</p>
        </Alert>
      ) : (
        <>
          {mustChange ? <Alert tone="warning">{t('passwordPage.mustChange')}</Alert> : null}
          <p>{t('passwordPage.lead')}</p>
          <div className="kasane-form-page">
            <PasswordChangeForm submitting={submitting} error={error} onSubmit={onSubmit} />
          </div>
        </>
      )}
    </>
  );
}
