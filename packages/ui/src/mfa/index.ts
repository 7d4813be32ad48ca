// Multi-factor sign-in and 「ログイン中の端末」 (ADR 0017), shared by the staff and prefecture apps.
// Its own entry point (`@kasane/ui/mfa`): the portal never loads it.
export { uiMfaJa } from './ja.js';
export { MfaStepPage } from './mfa-step-page.js';
export type { MfaStepPageProps } from './mfa-step-page.js';
export { SecurityPage } from './security-page.js';
