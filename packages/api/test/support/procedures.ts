import { appRouter } from '../../src/root.js';

export interface ProcedureInfo {
  path: string;
  type: 'query' | 'mutation' | 'subscription';
}

/** Every procedure of the router, read from the router itself so a new one cannot slip by. */
export function allProcedures(): ProcedureInfo[] {
  const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: ProcedureInfo['type'] } }>;
  return Object.entries(procedures).map(([path, p]) => ({ path, type: p._def.type }));
}

/** Calls `path` on a tRPC caller, e.g. 'staff.home.get'. */
export function invoke(caller: unknown, path: string, input: unknown): Promise<unknown> {
  const fn = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (i: unknown) => Promise<unknown>)(input);
}
