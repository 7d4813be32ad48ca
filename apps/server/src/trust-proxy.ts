import { isIP } from 'node:net';

// KASANE_TRUST_PROXY (ADR 0018): the addresses of the reverse proxies whose X-Forwarded-For entry is
// believed, as IPs or CIDRs. `true` (every hop) let a client choose its own address and defeat the
// per-address limits; a hop count cannot tell a proxy from a client reaching the server directly,
// and Fastify 5 no longer honours one. Both are refused at start-up with the reason.

function isAddressOrCidr(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (version === 4 ? 32 : 128);
}

export type TrustedProxies = false | string[];

/** `false` (nothing trusted) or the list; throws an Error whose message says what to write instead. */
export function parseTrustProxy(value: string | undefined): TrustedProxies {
  const text = (value ?? '').trim();
  if (text === '' || text === 'false') return false;
  if (text === 'true') {
    throw new Error('KASANE_TRUST_PROXY=true is no longer accepted: it trusted every X-Forwarded-For hop, so anyone could choose their own address. Give the reverse proxy\'s addresses, e.g. KASANE_TRUST_PROXY=10.0.0.5 or 10.0.0.0/24 (comma-separated). / 全ての中継を信頼する設定は使えません。リバースプロキシのアドレスを指定してください。');
  }
  if (/^\d+$/.test(text)) {
    throw new Error(`KASANE_TRUST_PROXY=${text} (a hop count) is not accepted: it cannot tell the proxy from a client that reaches the server directly. Give the reverse proxy's addresses, e.g. KASANE_TRUST_PROXY=10.0.0.5 or 10.0.0.0/24. / 中継の数ではなく、リバースプロキシのアドレスを指定してください。`);
  }
  const entries = text.split(',').map((e) => e.trim()).filter((e) => e !== '');
  const invalid = entries.filter((e) => !isAddressOrCidr(e));
  if (invalid.length > 0) throw new Error(`KASANE_TRUST_PROXY: not an IP address or CIDR: ${invalid.join(', ')} / IPアドレスまたはCIDRではありません。`);
  return entries;
}
