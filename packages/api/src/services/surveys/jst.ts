// Date and time as the back office's files show them: JST, 2026/11/20 10:00.
const format = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });

export const jstDateTime = (at: Date | null): string => (at ? format.format(at) : '');
