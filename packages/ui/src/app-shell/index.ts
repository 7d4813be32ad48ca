// The staff and prefecture apps' shared shell pages (ADR 0030); a subpath of its own so the portal,
// with its own translator (ADR 0008), never compiles them.
export { QueryFailure } from './query-failure.js';
export { NotFoundPage } from './not-found-page.js';
export { uiShellJa } from './ja.js';
export { SidebarPageLayout } from './sidebar-layout.js';
