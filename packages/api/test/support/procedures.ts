import { appRouter } from '../../src/root.js';

export interface ProcedureInfo {
  path: string;
  type: 'query' | 'mutation' | 'subscription';
  /** what the procedure declares of itself (trpc.ts ProcedureMeta), e.g. its capability */
  meta: Record<string, unknown> | undefined;
}

/** Every procedure of the router, read from the router itself so a new one cannot slip by. */
export function allProcedures(): ProcedureInfo[] {
  const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: ProcedureInfo['type']; meta?: Record<string, unknown> } }>;
  return Object.entries(procedures).map(([path, p]) => ({ path, type: p._def.type, meta: p._def.meta }));
}

/** Calls `path` on a tRPC caller, e.g. 'staff.home.get'. */
export function invoke(caller: unknown, path: string, input: unknown): Promise<unknown> {
  const fn = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (i: unknown) => Promise<unknown>)(input);
}
