// One process at a time on a PGlite data folder (issue #9, ADR 0018): two PGlite instances on the
// same files corrupt them ("RuntimeError: Aborted()"). The lock is a file beside the folder
// (`<dataDir>.lock`), so a restore that swaps the folder keeps it; it names its holder, and a holder
// whose process is gone (kill -9, power cut) leaves a stale lock that the next opener takes over.
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';

export interface LockHolder {
  pid: number;
  startedAt: string;
  purpose: string;
  host: string;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `データフォルダ ${dataDir} は別のプロセスが使用中です（${holder.purpose}、pid ${holder.pid}、${holder.startedAt} 開始）。そのプロセスを止めてから、もう一度実行してください。\n` +
        `The data folder ${dataDir} is in use by ${holder.purpose} (pid ${holder.pid}, started at ${holder.startedAt}). Stop it and try again.`,
    );
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  release(): void;
}

const lockPath = (dataDir: string) => `${dataDir}.lock`;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to another user
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): LockHolder | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    return typeof parsed.pid === 'number' ? { pid: parsed.pid, startedAt: String(parsed.startedAt), purpose: String(parsed.purpose), host: String(parsed.host) } : null;
  } catch {
    return null;
  }
}

/** Takes the lock, or throws DataDirLockedError naming the live holder. */
export function lockDataDir(dataDir: string, purpose: string, now: Date = new Date()): DataDirLock {
  const path = lockPath(dataDir);
  const mine: LockHolder = { pid: process.pid, startedAt: now.toISOString(), purpose, host: hostname() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(path, JSON.stringify(mine), { flag: 'wx', mode: 0o600 });
      return {
        release() {
          const holder = readHolder(path);
          if (holder?.pid === mine.pid && holder.startedAt === mine.startedAt) unlinkSync(path);
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = readHolder(path);
    // Another host's pid cannot be checked: a folder on a shared disk stays locked until removed by hand.
    if (holder && (holder.host !== mine.host || isAlive(holder.pid))) throw new DataDirLockedError(dataDir, holder);
    try {
      unlinkSync(path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
  const holder = readHolder(path);
  throw new DataDirLockedError(dataDir, holder ?? { pid: 0, startedAt: '?', purpose: '?', host: '?' });
}
