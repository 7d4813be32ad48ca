// A URL as the log keeps it: the path and the names of query parameters, never their values — a
// tRPC query in a URL carries its input (a searched name, a birth date).
const keptValues = new Set(['batch']);

export function redactUrl(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const params = new URLSearchParams(url.slice(at + 1));
  const kept = [...params.keys()].map((k) => (keptValues.has(k) ? `${k}=${params.get(k) ?? ''}` : `${k}=[redacted]`));
  return `${url.slice(0, at)}?${kept.join('&')}`;
}
