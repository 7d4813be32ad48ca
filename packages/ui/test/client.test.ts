import { describe, expect, it } from 'vitest';
import type { AnyTRPCRouter } from '@trpc/server';
import { createKasaneClient } from '../src/trpc/client.js';

describe('createKasaneClient', () => {
  it('sends a query as POST with its input in the body, never in the URL', async () => {
    const seen: { method: string; url: string; body: string }[] = [];
    const fetch = async (url: string | URL | Request, init?: RequestInit) => {
      seen.push({ method: init?.method ?? 'GET', url: typeof url === 'string' ? url : url instanceof URL ? url.href : url.url, body: typeof init?.body === 'string' ? init.body : '' });
      return new Response(JSON.stringify([{ result: { data: { json: [] } } }]), { headers: { 'content-type': 'application/json' } });
    };
    const client = createKasaneClient<AnyTRPCRouter>({ url: 'http://localhost/api/trpc', fetch }) as unknown as {
      staff: { search: { persons: { query(input: unknown): Promise<unknown> } } };
    };
    await client.staff.search.persons.query({ q: '山田 花子', birthDate: '1950-04-01' });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.method).toBe('POST');
    expect(seen[0]?.url).not.toContain('input=');
    expect(decodeURIComponent(seen[0]?.url ?? '')).not.toContain('山田');
    expect(seen[0]?.body).toContain('山田 花子');
  });
});
