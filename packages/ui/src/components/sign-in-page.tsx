import type { ReactNode } from 'react';
import { AppHeader } from './app-header.js';
import { LoginForm } from './login-form.js';
import type { LoginValues } from './login-form.js';
import { PageHeading } from './page-heading.js';
import { PageLayout } from './page-layout.js';

export interface SignInPageProps {
  appName: string;
  appSubtitle: string;
  footer: string;
  title: string;
  lead: string;
  /** Below the form: where to sign in instead (the other app). */
  otherApp: ReactNode;
  submitting: boolean;
  /** The failed call, if any; shown in the user's language. */
  /** the refusal to show, already in words (see the hooks in trpc/account-hooks.ts) */
  error: string | null;
  onSubmit: (values: LoginValues) => Promise<void>;
}

/** The sign-in page of the staff and the prefecture apps. */
export function SignInPage({ appName, appSubtitle, footer, title, lead, otherApp, submitting, error, onSubmit }: SignInPageProps) {
  return (
    <PageLayout header={<AppHeader brand={appName} context={appSubtitle} />} footer={footer}>
      <div className="kasane-form-page">
        <PageHeading title={title} appName={appName}>
          {title}
        </PageHeading>
        <p>{lead}</p>
        <LoginForm onSubmit={onSubmit} submitting={submitting} error={error} />
        <p className="kasane-muted">{otherApp}</p>
      </div>
    </PageLayout>
  );
}
