import { readdirSync, readFileSync } from 'node:fs';

// CPU time from /proc (Linux only): utime + stime of each process, in clock ticks of 10 ms.
const tickMs = 10;

interface ProcStat {
  pid: number;
  ppid: number;
  comm: string;
  ticks: number;
}

function readStat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // comm may hold spaces and parentheses: the fields after it start at the last ')'.
    const close = text.lastIndexOf(')');
    const comm = text.slice(text.indexOf('(') + 1, close);
    const fields = text.slice(close + 2).split(' ');
    return { pid, ppid: Number(fields[1]), comm, ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

function allStats(): ProcStat[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readStat(Number(name)))
    .filter((stat): stat is ProcStat => stat !== null);
}

/** The process and every descendant (tsx runs the script in a child node process). */
function treeOf(rootPid: number, stats: ProcStat[]): ProcStat[] {
  const inTree = new Set([rootPid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const stat of stats) {
      if (!inTree.has(stat.pid) && inTree.has(stat.ppid)) {
        inTree.add(stat.pid);
        grew = true;
      }
    }
  }
  return stats.filter((stat) => inTree.has(stat.pid));
}

/** What to measure: a named process tree, or every process whose name is `comm` (PostgreSQL's backends). */
export type CpuTarget = { name: string; pid: number } | { name: string; comm: string };

type Snapshot = Map<string, Map<number, number>>;

function snapshot(targets: CpuTarget[]): Snapshot {
  const stats = allStats();
  return new Map(
    targets.map((target) => {
      const members = 'pid' in target ? treeOf(target.pid, stats) : stats.filter((s) => s.comm === target.comm);
      return [target.name, new Map(members.map((s) => [s.pid, s.ticks]))];
    }),
  );
}

/**
 * Starts counting CPU time of each target; `stop()` answers the milliseconds each spent since.
 * A process that exits between the two readings is not counted.
 */
export function startCpuMeter(targets: CpuTarget[]): { stop(): Record<string, number> } {
  const before = snapshot(targets);
  return {
    stop() {
      const after = snapshot(targets);
      return Object.fromEntries(
        targets.map(({ name }) => {
          let ticks = 0;
          for (const [pid, now] of after.get(name) ?? []) ticks += now - (before.get(name)?.get(pid) ?? 0);
          return [name, ticks * tickMs];
        }),
      );
    },
  };
}

/** CPU-ms per request of each target, from a meter's result and the requests served meanwhile. */
export const perRequest = (cpuMs: Record<string, number>, requests: number): Record<string, number> =>
  Object.fromEntries(Object.entries(cpuMs).map(([name, ms]) => [name, requests > 0 ? ms / requests : 0]));
