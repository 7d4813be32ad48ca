import { TRPCError } from '@trpc/server';

/** 'OK', or the refusal's app code (else its tRPC code): what a test compares a call's outcome by. */
export async function appCodeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'OK';
  } catch (e) {
    if (!(e instanceof TRPCError)) throw e;
    return (e as TRPCError & { appCode?: string }).appCode ?? e.code;
  }
}

/** 'OK', or the refusal's tRPC code (NOT_FOUND, FORBIDDEN, CONFLICT, BAD_REQUEST …). */
export async function trpcCodeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'OK';
  } catch (e) {
    if (!(e instanceof TRPCError)) throw e;
    return e.code;
  }
}
