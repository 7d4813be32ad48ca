// Talks to the real server the way the staff app does: tRPC over HTTP with superjson, the session
// cookie and the double-submit CSRF token.
export const demoPassword = 'kasane-demo';

export interface Session {
  cookie: string;
  csrf: string;
}

const cookiesOf = (res: Response): Record<string, string> =>
  Object.fromEntries(res.headers.getSetCookie().map((c) => c.split(';')[0]?.split('=') ?? []).filter((kv): kv is [string, string] => kv.length === 2));

export const queryPath = (procedure: string, input: unknown): string => `/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

export async function signIn(base: string, loginId: string, app: 'staff' | 'prefecture' = 'staff', password = demoPassword): Promise<Session> {
  const first = cookiesOf(await fetch(`${base}/api/trpc/auth.session`));
  const csrf0 = first.kasane_csrf ?? '';
  const res = await fetch(`${base}/api/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrf0, cookie: `kasane_csrf=${csrf0}` },
    body: JSON.stringify({ json: { loginId, password, app } }),
  });
  if (!res.ok) throw new Error(`sign-in of ${loginId} failed: ${res.status} ${await res.text()}`);
  const set = cookiesOf(res);
  const session = set.kasane_session;
  const csrf = set.kasane_csrf;
  if (!session || !csrf) throw new Error('sign-in set no session cookie');
  return { cookie: `kasane_session=${session}; kasane_csrf=${csrf}`, csrf };
}

export const headersOf = (s: Session): Record<string, string> => ({ cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' });

export async function query<T>(base: string, session: Session, procedure: string, input: unknown): Promise<T> {
  const res = await fetch(base + queryPath(procedure, input), { headers: headersOf(session) });
  if (!res.ok) throw new Error(`${procedure} failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { result: { data: { json: T } } }).result.data.json;
}

/** A new consultation with a new household and person, as the intake form sends it. */
export const intakeBody = (n: number): string =>
  JSON.stringify({
    json: {
      channel: 'window',
      consulterType: 'self',
      household: { address: `土浦市見本町${1 + (n % 40)}-${1 + (n % 7)}` },
      persons: [{ familyName: '見本', givenName: '花子', familyNameKana: 'ミホン', givenNameKana: 'ハナコ' }],
      issueIds: [],
      summary: 'ベンチマーク用の相談',
    },
  });

export async function mutate<T>(base: string, session: Session, procedure: string, input: unknown): Promise<T> {
  const res = await fetch(`${base}/api/trpc/${procedure}`, { method: 'POST', headers: headersOf(session), body: JSON.stringify({ json: input }) });
  if (!res.ok) throw new Error(`${procedure} failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { result: { data: { json: T } } }).result.data.json;
}
