import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import type { FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import Fastify from 'fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { appRouter, createContext } from '@kasane/api';
import type { ApiDeps, AppRouter, RequestInfo } from '@kasane/api';
import { repoRoot } from './env.js';

export interface HttpOptions {
  deps: ApiDeps;
  logLevel: string;
  trustProxy: boolean;
  /** Serve the built apps (off in API tests). */
  serveApps: boolean;
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

export async function buildHttpServer(options: HttpOptions): Promise<FastifyInstance> {
  const { deps } = options;
  const app = Fastify({
    logger: { level: options.logLevel, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] },
    trustProxy: options.trustProxy,
    bodyLimit: 1024 * 1024,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    // No external assets at all (LGWAN): everything comes from this server.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
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

  await app.register(fastifyTRPCPlugin, {
    prefix: '/api/trpc',
    trpcOptions: {
      router: appRouter,
      createContext: ({ req, res }) => createContext(deps, requestInfo(req, res, deps.config.production)),
      onError: ({ path, error }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR') app.log.error({ path, err: error.cause ?? error }, 'procedure failed');
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  if (options.serveApps) {
    let first = true;
    for (const a of apps) {
      const root = join(repoRoot, a.dir);
      if (!existsSync(root)) throw new Error(`${a.dir} is missing: run "pnpm build" first`);
      await app.register(fastifyStatic, { root, prefix: a.prefix, decorateReply: first, wildcard: false, index: ['index.html'] });
      first = false;
    }
    // Client-side routes of each app fall back to its index.html; the API answers JSON 404s.
    app.setNotFoundHandler((req, reply) => {
      const path = req.url.split('?')[0] ?? '/';
      if (req.method !== 'GET' || path.startsWith('/api/') || /\.[a-z0-9]+$/i.test(path)) {
        return reply.code(404).send({ error: 'not found' });
      }
      const target = apps.find((a) => path.startsWith(a.prefix) || path === a.prefix.slice(0, -1)) ?? apps[2];
      return reply.type('text/html').sendFile('index.html', join(repoRoot, target.dir));
    });
  }
  return app;
}
