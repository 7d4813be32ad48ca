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

export const isSourceMap = (path: string): boolean => /\.map$/i.test(path.split('?')[0] ?? '');

export function applySecurityHeaders(req: FastifyRequest, reply: FastifyReply): void {
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
