import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';
import type { DomainError } from '@kasane/domain';
import { apiMessage } from './messages.js';
import type { ApiMessageCode } from './messages.js';

/** A refusal the apps can branch on: `data.appError.code`, with a Japanese message. */
/** A refused access to a person, to be audited as `denied` after its transaction rolled back. */
export interface DeniedAccess {
  recordType: string;
  recordId: string;
  /** the refusing rule's code, e.g. CONSENT_SCOPE */
  rule: string;
}

export class AppError extends TRPCError {
  denied?: DeniedAccess;
  constructor(
    trpcCode: TRPC_ERROR_CODE_KEY,
    readonly appCode: string,
    message: string,
    readonly details?: Record<string, unknown>,
    cause?: Error,
  ) {
    super({ code: trpcCode, message, ...(cause ? { cause } : {}) });
  }
}

const apiCodeToTrpc: Record<ApiMessageCode, TRPC_ERROR_CODE_KEY> = {
  UNAUTHENTICATED: 'UNAUTHORIZED',
  CSRF: 'FORBIDDEN',
  LOGIN_FAILED: 'UNAUTHORIZED',
  LOGIN_THROTTLED: 'TOO_MANY_REQUESTS',
  DEMO_ACCOUNT_IN_PRODUCTION: 'FORBIDDEN',
  ACCOUNT_DISABLED: 'FORBIDDEN',
  PASSWORD_CHANGE_REQUIRED: 'FORBIDDEN',
  MFA_REQUIRED: 'FORBIDDEN',
  MFA_ENROLMENT_REQUIRED: 'FORBIDDEN',
  MFA_CODE_WRONG: 'BAD_REQUEST',
  WRONG_APP: 'FORBIDDEN',
  ROLE_FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  VALIDATION: 'BAD_REQUEST',
  MALFORMED_REQUEST: 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_REQUEST: 'BAD_REQUEST',
  INTERNAL_ERROR: 'INTERNAL_SERVER_ERROR',
};

export function apiError(code: ApiMessageCode, vars?: Record<string, string | number>): AppError {
  return new AppError(apiCodeToTrpc[code], code, apiMessage(code, vars));
}

// One table from domain codes to transport codes (CONVENTIONS.md "Errors").
const domainCodeToTrpc: Partial<Record<string, TRPC_ERROR_CODE_KEY>> = {
  VALIDATION: 'BAD_REQUEST',
  INVALID_TRANSITION: 'CONFLICT',
  RATE_ABOVE_CAP: 'BAD_REQUEST',
  INVALID_LGCODE: 'BAD_REQUEST',
  NOT_FOUND: 'NOT_FOUND',
  MEETING_TYPE_IN_USE: 'CONFLICT',
  MEETING_TYPE_RETIRED: 'CONFLICT',
};

// A refusal never names the basis behind it (a consent, a meeting): that would tell an organisation
// without a basis about another's records (issue #8). Stripped here, for every service at once.
const basisKeys = new Set(['consentId', 'consentIds', 'meetingId', 'meetingIds', 'referralId']);
const withoutBasisKeys = (details: Record<string, unknown> | undefined) =>
  details === undefined ? undefined : Object.fromEntries(Object.entries(details).filter(([k]) => !basisKeys.has(k)));

export function domainError(e: DomainError): AppError {
  return new AppError(domainCodeToTrpc[e.code] ?? 'FORBIDDEN', e.code, e.message, withoutBasisKeys(e.details));
}
