import { getTRPCErrorShape, transformTRPCResponse } from '@trpc/server';
import { noteRequestId, transportError } from './error-formatter.js';
import type { TransportRefusal } from './error-formatter.js';
import { appRouter } from './root.js';

/**
 * The body of a refusal the HTTP host makes before tRPC runs (a body over the limit, a body it
 * cannot read), in tRPC's own envelope — one entry per call of a batch — so the apps' tRPC client
 * reads it like any refusal and shows its Japanese message instead of a network error.
 */
export function transportRefusal(kind: TransportRefusal, cause: unknown, request: { paths: string[]; batch: boolean; requestId: string }): { status: number; body: unknown } {
  const config = appRouter._def._config;
  const entries = request.paths.map((path) => {
    const error = transportError(kind, cause);
    noteRequestId(error, request.requestId);
    return { error: getTRPCErrorShape({ config, error, type: 'unknown', path, input: undefined, ctx: undefined }) };
  });
  const status = entries[0]?.error.data.httpStatus ?? 400;
  return { status, body: transformTRPCResponse(config, request.batch ? entries : (entries[0] ?? entries)) };
}
