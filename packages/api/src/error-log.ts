// What the server log keeps of a failed procedure: enough to find the fault (kind, codes, frames),
// nothing the request carried. Messages are left out on purpose: PostgreSQL quotes the offending
// value (22P02 `invalid input syntax … "山田"`) and Prisma prints the query's arguments (ADR 0013).

const MAX_DEPTH = 4;

export interface ErrorSummary {
  type: string;
  code?: string | number;
  /** a database error's own code under Prisma's (P2010 → 22021) */
  dbCode?: string;
  frames?: string[];
  cause?: ErrorSummary;
}

function codeOf(value: unknown): string | number | undefined {
  return typeof value === 'string' || typeof value === 'number' ? value : undefined;
}

export function errorSummary(error: unknown, depth = 0): ErrorSummary {
  if (!(error instanceof Error)) return { type: typeof error };
  const e = error as Error & { code?: unknown; meta?: { code?: unknown } };
  const summary: ErrorSummary = { type: error.constructor.name || error.name };
  const code = codeOf(e.code);
  if (code !== undefined) summary.code = code;
  const dbCode = codeOf(e.meta?.code);
  if (dbCode !== undefined) summary.dbCode = String(dbCode);
  const frames = (error.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 8).map((l) => l.trim());
  if (frames.length > 0) summary.frames = frames;
  if (error.cause !== undefined && depth < MAX_DEPTH) summary.cause = errorSummary(error.cause, depth + 1);
  return summary;
}
