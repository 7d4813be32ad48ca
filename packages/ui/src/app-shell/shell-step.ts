// The staff and prefecture apps guard their signed-in screens the same way (issue #11: one app shell):
// not signed in → sign-in (remembering where to return); a second factor owed → /mfa (ADR 0017);
// a password set by an administrator → /password before anything else.

export interface ShellSession {
  mfaStep?: unknown;
  mustChangePassword?: boolean;
}

export type ShellStep = { to: '/login'; search: { redirect?: string } } | { to: '/mfa' } | { to: '/password' } | null;

export function shellStep(signedIn: boolean, session: ShellSession | undefined, location: { href: string; pathname: string }): ShellStep {
  if (!signedIn) return { to: '/login', search: location.href === '/' ? {} : { redirect: location.href } };
  if (session?.mfaStep) return { to: '/mfa' };
  if (session?.mustChangePassword && location.pathname !== '/password') return { to: '/password' };
  return null;
}
