import type { FastifyReply, FastifyRequest } from 'fastify';

// Headers on every response beyond helmet's defaults (ADR 0013).

/** No external assets at all (LGWAN): everything, fonts included, comes from this server. */
export const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  styleSrc: ["'self'", "'unsafe-inline'"],
  scriptSrc: ["'self'"],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

// The portal asks for the position to find the nearest 窓口; nothing else needs a device feature.
export const permissionsPolicy = 'accelerometer=(), camera=(), geolocation=(self), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()';

export const strictTransportSecurity = 'max-age=31536000; includeSubDomains';

/**
 * Vite names every file under assets/ by its content hash: a year, never revalidated. Everything
 * else (index.html, maps in public/) is revalidated on each use, so a new release is seen at once.
 */
const immutable = 'public, max-age=31536000, immutable';
export const staticCacheControl = (filePath: string): string =>
  /[\\/]assets[\\/][^\\/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+(?:\.(?:br|gz))?$/i.test(filePath) ? immutable : 'no-cache';

export const isSourceMap = (path: string): boolean => /\.map$/i.test(path.split('?')[0] ?? '');

/**
 * Headers that govern a document (what it may load, frame or do) and mean nothing on a script or
 * stylesheet: left off hashed assets, whose every byte counts on a slow line (issue #12 item 11).
 * nosniff and Cross-Origin-Resource-Policy stay, as they do apply to subresources.
 */
const documentOnlyHeaders = [
  // an immutable asset is never revalidated, so its validators are bytes for nothing
  'etag', 'last-modified', 'accept-ranges',
  'content-security-policy', 'cross-origin-opener-policy', 'origin-agent-cluster', 'referrer-policy', 'x-dns-prefetch-control',
  'x-download-options', 'x-frame-options', 'x-permitted-cross-domain-policies', 'x-xss-protection',
];

export function applySecurityHeaders(req: FastifyRequest, reply: FastifyReply): void {
  const asset = reply.getHeader('cache-control') === immutable;
  if (asset) {
    for (const h of documentOnlyHeaders) void reply.removeHeader(h);
    return;
  }
  void reply.header('permissions-policy', permissionsPolicy);
  void reply.header('x-request-id', req.id);
  const path = req.url.split('?')[0] ?? '';
  // Personal data must not stay in a browser's or a proxy's cache.
  if (path.startsWith('/api/') || path === '/healthz') void reply.header('cache-control', 'no-store');
  // Over plain HTTP (a test, a LAN without TLS) HSTS would lock browsers out; behind a TLS proxy
  // req.protocol follows X-Forwarded-Proto when KASANE_TRUST_PROXY is set.
  if (req.protocol === 'https') void reply.header('strict-transport-security', strictTransportSecurity);
}

/** `Retry-After` for a refusal that says how long to wait (sign-in throttling, the portal's limit). */
export function retryAfterHeader(responses: readonly unknown[]): { headers?: Record<string, string> } {
  let seconds = 0;
  for (const r of responses) {
    const details = (r as { error?: { data?: { appError?: { details?: { retryAfterSeconds?: unknown } | null } } } }).error?.data?.appError?.details;
    const s = details?.retryAfterSeconds;
    if (typeof s === 'number' && Number.isFinite(s)) seconds = Math.max(seconds, Math.ceil(s));
  }
  return seconds > 0 ? { headers: { 'retry-after': String(seconds) } } : {};
}
