// A record's date is its date in Japan, whatever the time zone of the terminal showing it: a consent
// given at 00:30 JST on 1 April is dated 1 April everywhere. Each format is built once (Intl is costly).
const timeZone = 'Asia/Tokyo';
const dateFormat = /* @__PURE__ */ new Intl.DateTimeFormat('ja-JP', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone });
const dateTimeFormat = /* @__PURE__ */ new Intl.DateTimeFormat('ja-JP', { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: '2-digit', second: '2-digit', timeZone });
const dateTimeShortFormat = /* @__PURE__ */ new Intl.DateTimeFormat('ja-JP', { dateStyle: 'medium', timeStyle: 'short', timeZone });

/** An instant as the API sends it: a Date (superjson) or an ISO string. */
export type Instant = Date | string | number;

/** 2026/4/1 */
export function formatDateJst(at: Instant): string {
  return dateFormat.format(new Date(at));
}

/** 2026/4/1 0:30:00 */
export function formatDateTimeJst(at: Instant): string {
  return dateTimeFormat.format(new Date(at));
}

/** 2026/04/01 0:30 */
export function formatDateTimeShortJst(at: Instant): string {
  return dateTimeShortFormat.format(new Date(at));
}
