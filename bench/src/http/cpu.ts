// Where the CPU of a load goes (Linux /proc): the server process's own, and the whole machine's
// (server, database, load generator). On a saturated machine the throughput is bounded by CPU per
// request, not by waiting; these two figures say which part of the machine a request costs.
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';

const TICK_MS = 10; // USER_HZ is 100 on Linux

function processTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return Number(fields[11]) + Number(fields[12]);
}

function machineBusyTicks(): number {
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/).slice(1).map(Number) ?? [];
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = cpu;
  return user + nice + system + irq + softirq + steal;
}

export interface CpuFigure {
  /** server process CPU per request, ms */
  serverMs: number;
  /** whole-machine CPU per request, ms (all cores) */
  machineMs: number;
  /** cores busy on average during the load, of `cores` */
  coresBusy: number;
  cores: number;
}

/** Runs `load` and reports its CPU per request; null where /proc is not there. */
export async function withCpu<T extends { requests: number }>(pid: number | undefined, seconds: number, load: () => Promise<T>): Promise<T & { cpu: CpuFigure | null }> {
  if (!pid || !existsSync('/proc/stat')) return { ...(await load()), cpu: null };
  const server0 = processTicks(pid);
  const machine0 = machineBusyTicks();
  const result = await load();
  const requests = Math.max(result.requests, 1);
  const machine = (machineBusyTicks() - machine0) * TICK_MS;
  return {
    ...result,
    cpu: { serverMs: ((processTicks(pid) - server0) * TICK_MS) / requests, machineMs: machine / requests, coresBusy: machine / (seconds * 1000), cores: cpus().length },
  };
}
