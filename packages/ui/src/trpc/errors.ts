import { TRPCClientError } from '@trpc/client';
import type { TFunction } from 'i18next';

export interface AppErrorInfo {
  code: string | null;
  message: string | null;
  httpStatus: number | null;
}

/** What the server said (`data.appError.code` and its Japanese message), or nulls for a network failure. */
export function appErrorOf(error: unknown): AppErrorInfo {
  if (error instanceof TRPCClientError) {
    const data = (error.data ?? null) as { appError?: { code?: unknown } | null; httpStatus?: unknown } | null;
    const code = typeof data?.appError?.code === 'string' ? data.appError.code : null;
    const httpStatus = typeof data?.httpStatus === 'number' ? data.httpStatus : null;
    return { code, message: data ? error.message : null, httpStatus };
  }
  return { code: null, message: null, httpStatus: null };
}

export function isAppError(error: unknown, code: string): boolean {
  return appErrorOf(error).code === code;
}

/**
 * The text to show for a failed call. The server's message is already Japanese and carries the
 * details (seconds to wait when throttled); without a code (network down, proxy error page) the
 * app's own wording is used.
 */
export function errorText(error: unknown, t: TFunction<'ui'>, options: { serverMessage?: boolean } = {}): string {
  const info = appErrorOf(error);
  // The portal in English or やさしい日本語 passes serverMessage: false and shows its own wording.
  if (info.code && info.message && options.serverMessage !== false) return info.message;
  if (info.code) return t(`errors.${info.code}`, { defaultValue: t('errors.unexpected') });
  if (error instanceof TRPCClientError && error.data) return t('errors.unexpected');
  return t('errors.network');
}
