import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import type { FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import Fastify from 'fastify';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { appRouter, createContext, errorSummary, noteRequestId, transportRefusal } from '@kasane/api';
import type { ApiDeps, AppRouter, RequestInfo, TransportRefusal } from '@kasane/api';
import { repoRoot } from './env.js';
import { applySecurityHeaders, contentSecurityPolicy, isSourceMap, retryAfterHeader, staticCacheControl } from './http-headers.js';
import { redactUrl } from './http-log.js';
import { isPortalPath, registerPortalPages } from './portal-pages.js';
import type { TrustedProxies } from './trust-proxy.js';
import { directoryRoutes } from './directory-routes.js';

export interface HttpOptions {
  deps: ApiDeps;
  logLevel: string;
  /** the reverse proxies whose X-Forwarded-For entry is believed (KASANE_TRUST_PROXY), or none */
  trustProxy: TrustedProxies;
  /** Serve the built apps (off in API tests). */
  serveApps: boolean;
  /** Where the built apps are (default: the repository); tests point it at a small fixture. */
  appsRoot?: string;
  /** Log destination (default stdout); tests capture it to check that no personal data is logged. */
  logStream?: { write(line: string): void };
}

/** The three apps: the portal at /, the staff app at /staff/, the prefecture dashboard at /prefecture/. */
const apps = [
  { prefix: '/staff/', dir: 'apps/staff/dist' },
  { prefix: '/prefecture/', dir: 'apps/prefecture/dist' },
  { prefix: '/', dir: 'apps/portal/dist' },
] as const;

function requestInfo(req: FastifyRequest, reply: FastifyReply, secure: boolean): RequestInfo {
  const header = req.headers['x-csrf-token'];
  return {
    ip: req.ip,
    userAgent: req.headers['user-agent'] ?? null,
    cookies: req.cookies,
    csrfHeader: Array.isArray(header) ? header[0] : header,
    setCookie: (name, value, options) => {
      void reply.setCookie(name, value, { path: '/', sameSite: 'strict', secure, httpOnly: options.httpOnly, ...(options.maxAgeSeconds ? { maxAge: options.maxAgeSeconds } : {}) });
    },
    clearCookie: (name) => {
      void reply.clearCookie(name, { path: '/' });
    },
  };
}

/** The calls of a tRPC request (`/api/trpc/a,b?batch=1`), to answer each of them. */
function trpcCallsOf(url: string): { paths: string[]; batch: boolean } {
  const [path = '', query = ''] = url.split('?');
  let names = path.replace(/^\/api\/trpc\/?/, '');
  try {
    names = decodeURIComponent(names);
  } catch {
    // a malformed escape: the names stay as sent
  }
  return { paths: names ? names.split(',') : [''], batch: new URLSearchParams(query).get('batch') === '1' };
}

export async function buildHttpServer(options: HttpOptions): Promise<FastifyInstance> {
  const { deps } = options;
  const app = Fastify({
    logger: {
      level: options.logLevel,
      redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'],
      // Query strings can carry a search (a name, a birth date): logged as keys only (ADR 0013).
      serializers: { req: (req: FastifyRequest) => ({ method: req.method, url: redactUrl(req.url), host: req.host, remoteAddress: req.ip }) },
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    trustProxy: options.trustProxy,
    bodyLimit: 1024 * 1024,
    // A tRPC batch names every procedure in the path (`a.b,c.d,…`): Fastify's default of 100 characters refused a
    // page's batch of four queries with 414.
    routerOptions: { maxParamLength: 2000 },
    // Quoted to the user in a masked error and found again in the log.
    // randomUUID draws from a buffered pool (randomBytes(6) was a system call per request); its last
    // group is 12 random hex digits.
    genReqId: () => randomUUID().slice(-12),
  });
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { directives: contentSecurityPolicy },
    crossOriginEmbedderPolicy: false,
    // Sent by applySecurityHeaders, and only over TLS.
    strictTransportSecurity: false,
  });
  app.addHook('onSend', async (req, reply) => {
    applySecurityHeaders(req, reply);
  });

  app.get('/healthz', async (_req, reply) => {
    try {
      await deps.db.prisma.$queryRaw`SELECT 1`;
      return { status: 'ok', database: { kind: deps.db.kind, reachable: true } };
    } catch (error) {
      app.log.error({ err: error }, 'health check: database unreachable');
      return reply.code(503).send({ status: 'error', database: { kind: deps.db.kind, reachable: false } });
    }
  });

  await app.register(async (api) => {
    // Refusals before tRPC runs (body over the limit, unreadable body) in tRPC's envelope.
    api.setErrorHandler((error: FastifyError, req, reply) => {
      const status = error.statusCode ?? 500;
      const kind: TransportRefusal = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 415 ? 'UNSUPPORTED_REQUEST' : status < 500 ? 'MALFORMED_REQUEST' : 'INTERNAL_ERROR';
      if (kind === 'INTERNAL_ERROR') req.log.error({ error: errorSummary(error) }, 'request failed');
      const refusal = transportRefusal(kind, error, { ...trpcCallsOf(req.url), requestId: req.id });
      return reply.code(refusal.status).type('application/json').send(JSON.stringify(refusal.body));
    });
    await api.register(fastifyTRPCPlugin, {
      prefix: '/api/trpc',
      trpcOptions: {
        router: appRouter,
        // The apps send queries as POST too, so that search terms never sit in a URL (ADR 0013).
        allowMethodOverride: true,
        createContext: ({ req, res }) => createContext(deps, requestInfo(req, res, deps.config.production)),
        responseMeta: ({ data }) => retryAfterHeader(data),
        onError: ({ path, error, req }) => {
          noteRequestId(error, req.id);
          if (error.code === 'INTERNAL_SERVER_ERROR') req.log.error({ path, error: errorSummary(error.cause ?? error) }, 'procedure failed');
        },
      } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
    });
  });

  await app.register(directoryRoutes, { deps, requestInfo: (req, reply) => requestInfo(req, reply, deps.config.production) });

  const appsRoot = options.appsRoot ?? repoRoot;
  if (options.serveApps) {
    let first = true;
    for (const a of apps) {
      const root = join(appsRoot, a.dir);
      if (!existsSync(root)) throw new Error(`${a.dir} is missing: run "pnpm build" first`);
      // Source maps stay on the server: a request for one gets the JSON 404 below.
      await app.register(fastifyStatic, {
        root, prefix: a.prefix, decorateReply: first, wildcard: false, index: ['index.html'], allowedPath: (path) => !isSourceMap(path),
        // The build writes .br and .gz beside each file (scripts/precompress.mjs); caching by file below.
        preCompressed: true, cacheControl: false, setHeaders: (reply, path) => void reply.header('cache-control', staticCacheControl(path)),
      });
      first = false;
    }
    registerPortalPages(app, { deps, portalDir: join(appsRoot, 'apps/portal/dist'), requestInfo: (req, reply) => requestInfo(req, reply, deps.config.production) });
  }
  // Client-side routes of each app fall back to its index.html; the API answers JSON 404s. (Fastify's
  // own 404 would log the whole URL, query string included.)
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '/';
    if (!options.serveApps || req.method !== 'GET' || path.startsWith('/api/') || /\.[a-z0-9]+$/i.test(path)) {
      return reply.code(404).send({ error: 'not found' });
    }
    const target = apps.find((a) => path.startsWith(a.prefix) || path === a.prefix.slice(0, -1)) ?? apps[2];
    // The portal's own pages are known here; anything else is a real 404 (its page says so).
    if (target === apps[2] && !isPortalPath(path)) void reply.code(404);
    return reply.type('text/html').sendFile('index.html', join(appsRoot, target.dir));
  });
  return app;
}
