import { formatWareki } from './fiscal-year.js';
import { toDate, tokyoDateOf } from './tokyo-date.js';
import type { Instant } from './tokyo-date.js';

// The one way Kasane shows a date and a date-time to people (issue #10): 和暦 as official documents
// write it, with the 西暦 year beside it so nobody has to convert. Always the date in Japan.

const clock = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** 令和8年12月10日（2026年） */
export const formatDisplayDate = (at: Instant): string => `${formatWareki(at)}（${tokyoDateOf(at).year}年）`;

/** 令和8年12月10日（2026年） 14:05 */
export const formatDisplayDateTime = (at: Instant): string => `${formatDisplayDate(at)} ${clock.format(toDate(at))}`;
