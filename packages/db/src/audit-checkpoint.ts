// Checkpoints anchor the audit chains outside the database: the head of every chain, signed with a
// key the database never sees (HMAC-SHA256). Someone who can rewrite the table and recompute every
// hash after it cannot forge the signature, and removing entries makes a signed head disappear.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ChainHead } from './audit.js';

export interface AuditCheckpoint {
  at: string;
  heads: { chain: string; seq: string; hash: string }[];
  mac: string;
}

const MIN_KEY_LENGTH = 32;

function canonical(at: string, heads: AuditCheckpoint['heads']): string {
  return JSON.stringify([at, heads.map((h) => [h.chain, h.seq, h.hash])]);
}

function macOf(key: string, at: string, heads: AuditCheckpoint['heads']): string {
  if (key.length < MIN_KEY_LENGTH) throw new Error(`監査チェックポイントの鍵（KASANE_AUDIT_CHECKPOINT_KEY）は${MIN_KEY_LENGTH}文字以上にしてください。`);
  return createHmac('sha256', key).update(canonical(at, heads)).digest('hex');
}

export function signCheckpoint(key: string, heads: readonly ChainHead[], at: Date): AuditCheckpoint {
  const sorted = [...heads].sort((a, b) => a.chain.localeCompare(b.chain)).map((h) => ({ chain: h.chain, seq: h.seq.toString(), hash: h.hash }));
  return { at: at.toISOString(), heads: sorted, mac: macOf(key, at.toISOString(), sorted) };
}

/** The heads of every checkpoint line whose signature holds; throws naming the first line that does not. */
export function readCheckpoints(key: string, text: string): ChainHead[] {
  const heads: ChainHead[] = [];
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  for (const [i, line] of lines.entries()) {
    let cp: AuditCheckpoint;
    try {
      cp = JSON.parse(line) as AuditCheckpoint;
    } catch {
      throw new Error(`チェックポイントの${i + 1}行目が読めません。`);
    }
    const expected = Buffer.from(macOf(key, cp.at, cp.heads), 'hex');
    const given = Buffer.from(typeof cp.mac === 'string' ? cp.mac : '', 'hex');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new Error(`チェックポイントの${i + 1}行目の署名が一致しません（改ざんされたか、鍵が違います）。`);
    heads.push(...cp.heads.map((h) => ({ chain: h.chain, seq: BigInt(h.seq), hash: h.hash })));
  }
  return heads;
}
