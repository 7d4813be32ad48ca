import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { noteRequestId, refusalOf } from './error-formatter.js';

// The plain HTTP routes that call a procedure (the HSDS file upload and downloads, which are not in
// tRPC's envelope) answer a refusal with the same Japanese message and code as tRPC would.

export function plainHttpError(error: unknown, requestId: string): { status: number; body: { error: { message: string; code: string; details: Record<string, unknown> | null } }; internal: boolean } {
  const e = error instanceof TRPCError ? error : new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: error });
  noteRequestId(e, requestId);
  const refusal = refusalOf(e, requestId);
  const status = getHTTPStatusCodeFromError(e);
  return { status, body: { error: { message: refusal.message, code: refusal.appCode, details: refusal.details } }, internal: status >= 500 };
}
