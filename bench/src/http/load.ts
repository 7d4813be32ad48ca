// Load generators: autocannon for one request shape; a small loop of staff sessions for the mixed
// scenario, which needs the latency of each procedure apart.
import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';

export interface Figure {
  rps: number;
  p50: number;
  /** autocannon's nearest percentile above p95 */
  p97_5: number;
  p99: number;
  requests: number;
  errors: number;
}

export async function cannon(opts: { url: string; path: string; seconds: number; connections: number; method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: (n: number) => string }): Promise<Figure> {
  let n = 0;
  const result = await autocannon({
    url: opts.url,
    connections: opts.connections,
    duration: opts.seconds,
    requests: [
      {
        method: opts.method ?? 'GET',
        path: opts.path,
        headers: opts.headers ?? {},
        ...(opts.body ? { setupRequest: (req: autocannon.Request) => ({ ...req, body: opts.body?.((n += 1)) }) } : {}),
      },
    ],
  });
  return { rps: result.requests.average, p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99, requests: result.requests.total, errors: result.errors + result.timeouts + result.non2xx };
}

const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};

export interface Step {
  name: string;
  path: string;
  method?: 'GET' | 'POST';
  body?: (n: number) => string;
}

export interface MixedFigure {
  requests: number;
  errors: number;
  rps: number;
  perProcedure: { name: string; count: number; p50: number; p95: number }[];
}

/** Each session goes through `steps` in turn, one request at a time, until the time is up. */
export async function mixed(base: string, sessions: Record<string, string>[], steps: Step[], seconds: number): Promise<MixedFigure> {
  const times = new Map<string, number[]>(steps.map((s) => [s.name, []]));
  let errors = 0;
  let n = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    sessions.map(async (headers, i) => {
      for (let k = i; performance.now() < end; k += 1) {
        const step = steps[k % steps.length];
        if (!step) break;
        n += 1;
        const t = performance.now();
        try {
          const res = await fetch(base + step.path, { method: step.method ?? 'GET', headers, ...(step.body ? { body: step.body(n) } : {}) });
          await res.arrayBuffer();
          if (!res.ok) errors += 1;
        } catch {
          errors += 1;
        }
        times.get(step.name)?.push(performance.now() - t);
      }
    }),
  );
  const perProcedure = steps.map((s) => {
    const xs = times.get(s.name) ?? [];
    return { name: s.name, count: xs.length, p50: percentile(xs, 50), p95: percentile(xs, 95) };
  });
  const requests = perProcedure.reduce((a, p) => a + p.count, 0);
  return { requests, errors, rps: requests / seconds, perProcedure };
}
