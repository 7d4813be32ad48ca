export { startServer } from './server.js';
export type { RunningServer } from './server.js';
export { launchBrowser, seriousViolations, screenshot } from './browser.js';
export { signIn, demoPassword } from './sign-in.js';
export { useBrowserSuite } from './suite.js';
export type { BrowserSuite, BrowserSuiteOptions } from './suite.js';
export { fiscalYearNow, openAnnualReport, openFromMenu, printCount, saveGrantLine, submitAnnualReport, submitGrant, watchPrint } from './backoffice.js';
export type { GrantFigures } from './backoffice.js';
export { approvePlanAndStartSupport, noSeriousViolations } from './case-steps.js';
