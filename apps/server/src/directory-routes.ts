import { TRPCError } from '@trpc/server';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { appRouter, createCallerFactory, createContext, errorSummary, hsdsTableCsv, isHsdsTable, plainHttpError } from '@kasane/api';
import type { ApiDeps, HsdsTable, RequestInfo } from '@kasane/api';

// HSDS files over plain HTTP (ADR 0020). A national file (tens of MB) is far over the 1 MiB body limit of
// /api/trpc, so the upload has a route of its own with a raised limit, read as text and handed to the
// same staff procedures (capability, session, CSRF header, tenant transaction, audit: all decided
// there). The downloads are HSDS documents, not tRPC's envelope.

export const IMPORT_BODY_LIMIT = 50 * 1024 * 1024;
const createCaller = createCallerFactory(appRouter);

interface Query {
  format?: string;
  target?: string;
  mode?: string;
  validOnly?: string;
  sourceName?: string;
  sourceLicence?: string;
  sourceCredit?: string;
  sourceUrl?: string;
}

type InfoOf = (req: FastifyRequest, reply: FastifyReply) => RequestInfo;

export async function directoryRoutes(app: FastifyInstance, opts: { deps: ApiDeps; requestInfo: InfoOf }): Promise<void> {
  const { deps, requestInfo } = opts;
  const caller = async (req: FastifyRequest, reply: FastifyReply) => createCaller(await createContext(deps, requestInfo(req, reply)));
  const refuse = (req: FastifyRequest, reply: FastifyReply, error: unknown) => {
    const r = plainHttpError(error, req.id);
    if (r.internal) req.log.error({ error: errorSummary(error) }, 'directory route failed');
    return reply.code(r.status).type('application/json').send(r.body);
  };
  // Only this plugin reads bodies as plain text (a CSV or JSON file as written); a body over the limit
  // or unreadable is refused with the same message shape.
  app.setErrorHandler((error: FastifyError, req, reply) => {
    const status = error.statusCode ?? 500;
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    return refuse(req, reply, new TRPCError({ code, message: code, cause: error }));
  });
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(['text/csv', 'text/plain', 'application/json', 'application/octet-stream'], { parseAs: 'string', bodyLimit: IMPORT_BODY_LIMIT }, (_req, body, done) => done(null, body));

  app.post('/api/directory/import', { bodyLimit: IMPORT_BODY_LIMIT }, async (req, reply) => {
    const q = req.query as Query;
    const content = typeof req.body === 'string' ? req.body : '';
    const source = q.sourceName || q.sourceCredit || q.sourceLicence || q.sourceUrl ? { name: q.sourceName ?? '', licence: q.sourceLicence ?? '', credit: q.sourceCredit ?? '', url: q.sourceUrl ?? '' } : undefined;
    const input = { format: q.format === 'csv' ? ('csv' as const) : ('json' as const), target: q.target === 'places' ? ('places' as const) : ('windows' as const), content, ...(source ? { source } : {}) };
    try {
      const c = await caller(req, reply);
      if (q.mode === 'refused') {
        const file = await c.staff.directory.refusedRows(input);
        return reply.type(file.contentType).header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.content);
      }
      const result = q.mode === 'import' ? await c.staff.directory.import({ ...input, validOnly: q.validOnly === '1' }) : await c.staff.directory.previewImport(input);
      return reply.type('application/json').send(result);
    } catch (error) {
      return refuse(req, reply, error);
    }
  });

  app.get('/api/directory/export.json', async (req, reply) => {
    try {
      const directory = await (await caller(req, reply)).staff.directory.exportHsds();
      return reply.type('application/json; charset=utf-8').header('content-disposition', `attachment; filename="hsds-${directory?.kasane_municipality_code ?? 'directory'}.json"`).send(JSON.stringify(directory));
    } catch (error) {
      return refuse(req, reply, error);
    }
  });

  // The HSDS tabular form: one CSV per table (organization, service, location, …), each its own download.
  const sendTable = (reply: FastifyReply, directory: { kasane_municipality_code: string; services: Record<string, unknown>[] }, table: HsdsTable) =>
    reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="hsds-${directory.kasane_municipality_code}-${table}.csv"`).send(hsdsTableCsv(directory.services, table));

  app.get('/api/directory/export/:table.csv', async (req, reply) => {
    const { table } = req.params as { table: string };
    if (!isHsdsTable(table)) return reply.code(404).send({ error: 'not found' });
    try {
      const directory = await (await caller(req, reply)).staff.directory.exportHsds();
      if (!directory) return reply.code(404).send({ error: 'not found' });
      return sendTable(reply, directory, table);
    } catch (error) {
      return refuse(req, reply, error);
    }
  });

  app.get('/api/open-data/:code/hsds/:table.csv', async (req, reply) => {
    const { code, table } = req.params as { code: string; table: string };
    if (!isHsdsTable(table)) return reply.code(404).send({ error: 'not found' });
    try {
      const directory = await (await caller(req, reply)).portal.directory.export({ municipalityCode: code });
      if (!directory) return reply.code(404).send({ error: 'not found' });
      return sendTable(reply, directory, table);
    } catch (error) {
      return refuse(req, reply, error);
    }
  });

  app.get('/api/open-data/:code/hsds.json', async (req, reply) => {
    const { code } = req.params as { code: string };
    try {
      const directory = await (await caller(req, reply)).portal.directory.export({ municipalityCode: code });
      if (!directory) return reply.code(404).send({ error: 'not found' });
      return reply.type('application/json; charset=utf-8').header('content-disposition', `attachment; filename="hsds-${code}.json"`).send(JSON.stringify(directory));
    } catch (error) {
      return refuse(req, reply, error);
    }
  });
}
