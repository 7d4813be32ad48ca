import type { ApiDeps, Context, RequestInfo } from './context.js';
import { resolveSession } from './auth/session-service.js';

export async function createContext(deps: ApiDeps, req: RequestInfo): Promise<Context> {
  return { deps, req, session: await resolveSession(deps, req) };
}
