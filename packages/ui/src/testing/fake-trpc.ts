// A stand-in for the server in component tests: it speaks tRPC's batch wire format with
// superjson, so the apps' real client, links and error handling run unchanged.
import superjson from 'superjson';

export class FakeAppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly httpStatus = 400,
    /** `data.appError.details`, e.g. the per-field messages of a VALIDATION refusal */
    readonly details: Record<string, unknown> | null = null,
  ) {
    super(message);
  }
}

export type FakeHandler = (input: unknown) => unknown;

export interface FakeCall {
  path: string;
  input: unknown;
  method: string;
  headers: Record<string, string>;
}

const trpcCodes: Record<number, [string, number]> = {
  400: ['BAD_REQUEST', -32600],
  401: ['UNAUTHORIZED', -32001],
  403: ['FORBIDDEN', -32003],
  404: ['NOT_FOUND', -32004],
  409: ['CONFLICT', -32009],
  429: ['TOO_MANY_REQUESTS', -32029],
};

function headersOf(init: RequestInit | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  new Headers(init?.headers).forEach((value, key) => {
    out[key] = value;
  });
  return out;
}

function decodeInput(raw: unknown): unknown {
  if (raw && typeof raw === 'object' && 'json' in raw) return superjson.deserialize(raw as Parameters<typeof superjson.deserialize>[0]);
  return raw;
}

export function fakeTrpcFetch(handlers: Record<string, FakeHandler>) {
  const calls: FakeCall[] = [];
  const fetch = async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const u = new URL(typeof url === 'string' ? url : url instanceof URL ? url.href : url.url, 'http://localhost');
    const paths = decodeURIComponent(u.pathname.replace(/^.*\/api\/trpc\//, '')).split(',');
    const method = init?.method ?? 'GET';
    const rawInputs = (method === 'POST' ? JSON.parse(typeof init?.body === 'string' ? init.body : '{}') : JSON.parse(u.searchParams.get('input') ?? '{}')) as Record<string, unknown>;
    let status = 200;
    const body = await Promise.all(
      paths.map(async (path, i) => {
        const input = decodeInput(rawInputs[String(i)]);
        calls.push({ path, input, method, headers: headersOf(init) });
        const handler = handlers[path];
        try {
          if (!handler) throw new FakeAppError('NOT_FOUND', `no fake handler for ${path}`, 404);
          const data: unknown = await handler(input);
          return { result: { data: superjson.serialize(data) } };
        } catch (error) {
          if (!(error instanceof FakeAppError)) throw error;
          status = error.httpStatus;
          const [code, rpc] = trpcCodes[error.httpStatus] ?? ['INTERNAL_SERVER_ERROR', -32603];
          return { error: superjson.serialize({ message: error.message, code: rpc, data: { code, httpStatus: error.httpStatus, path, appError: { code: error.code, details: error.details }, zodError: null } }) };
        }
      }),
    );
    return new Response(JSON.stringify(body), { status: paths.length > 1 && status !== 200 ? 207 : status, headers: { 'content-type': 'application/json' } });
  };
  return { fetch, calls };
}
