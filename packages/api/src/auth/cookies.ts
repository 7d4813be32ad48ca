export const sessionCookie = 'kasane_session';
/** Readable by the page: it echoes the value in X-CSRF-Token (double submit, bound to the session). */
export const csrfCookie = 'kasane_csrf';
