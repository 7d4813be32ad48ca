import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';
import { ZodError, z } from 'zod';
import { AppError } from './errors.js';
import { apiMessage } from './messages.js';
import type { ApiMessageCode } from './messages.js';

// What a refusal looks like to the apps (ADR 0013): always a Japanese message and an
// `appError.code` they can branch on (so the shared errorText shows the message), never an internal
// detail. An error that is neither ours nor a refusal of the request is masked: a generic message
// with the request id, and the real error goes only to the server log under that id.

interface ShapeIn {
  message: string;
  code: number;
  data: { code: TRPC_ERROR_CODE_KEY; httpStatus: number; path?: string | undefined };
}

const requestIds = new WeakMap<object, string>();

/** Called by the HTTP host's onError (which tRPC runs before it formats the error). */
export function noteRequestId(error: object, requestId: string): void {
  requestIds.set(error, requestId);
}

export function requestIdOf(error: object): string | null {
  return requestIds.get(error) ?? null;
}

interface Refusal {
  message: string;
  appCode: string;
  details: Record<string, unknown> | null;
}

function ours(code: ApiMessageCode, vars?: Record<string, string>, details: Record<string, unknown> | null = null): Refusal {
  return { message: apiMessage(code, vars), appCode: code, details };
}

export function refusalOf(error: TRPCError, requestId: string | null): Refusal {
  if (error instanceof AppError) return { message: error.message, appCode: error.appCode, details: error.details ?? null };
  const cause = error.cause;
  if (cause instanceof ZodError) {
    const issues = cause.issues.slice(0, 20).map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
    return { message: issues[0]?.message ?? apiMessage('VALIDATION'), appCode: 'VALIDATION', details: { issues } };
  }
  switch (error.code) {
    case 'INTERNAL_SERVER_ERROR':
      return ours('INTERNAL_ERROR', { requestId: requestId ?? '-' }, { requestId });
    case 'PAYLOAD_TOO_LARGE':
      return ours('PAYLOAD_TOO_LARGE');
    case 'BAD_REQUEST':
    case 'PARSE_ERROR':
      return ours('MALFORMED_REQUEST');
    default:
      return ours('UNSUPPORTED_REQUEST');
  }
}

export function formatError({ shape, error }: { shape: ShapeIn; error: TRPCError }) {
  const requestId = requestIdOf(error);
  const refusal = refusalOf(error, requestId);
  return {
    message: refusal.message,
    code: shape.code,
    data: {
      code: shape.data.code,
      httpStatus: shape.data.httpStatus,
      path: shape.data.path,
      requestId,
      appError: { code: refusal.appCode, details: refusal.details },
      zodError: error.cause instanceof ZodError ? z.flattenError(error.cause) : null,
    },
  };
}

/** A refusal by the HTTP layer (body too large, unreadable body) as a tRPC error for `formatError`. */
const transportCodes = {
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  MALFORMED_REQUEST: 'BAD_REQUEST',
  UNSUPPORTED_REQUEST: 'UNSUPPORTED_MEDIA_TYPE',
  INTERNAL_ERROR: 'INTERNAL_SERVER_ERROR',
} as const satisfies Record<string, TRPC_ERROR_CODE_KEY>;

export type TransportRefusal = keyof typeof transportCodes;

export function transportError(kind: TransportRefusal, cause: unknown): TRPCError {
  return new TRPCError({ code: transportCodes[kind], message: kind, cause });
}
