import { readFileSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/** CPU time the bench's own processes spent, ms, by part. */
export interface TreeCpu {
  /** Chromium: its browser, renderer, GPU and utility processes together. */
  browserMs: number;
  /** The Groundwork host (the browser-mode server), when one runs. */
  hostMs: number;
  /** This process: the bench's client, and a bare relay where the floor uses one. */
  benchMs: number;
}

/** What the machine had and what was spent of it over a stretch of time. */
export interface CpuShare extends TreeCpu {
  /** The stretch's wall time times the cores: all the CPU there was. */
  availableMs: number;
}

/** Linux counts process CPU in clock ticks of 10 ms (USER_HZ is 100 on every architecture Node runs on). */
const MS_PER_TICK = 10;

/** Each process's parent and CPU so far, read from /proc; null where there is no /proc (macOS, Windows). */
function processTable(): Map<number, { parent: number; cpuMs: number; command: string }> | null {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return null;
  }
  const table = new Map<number, { parent: number; cpuMs: number; command: string }>();
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces; the fields after it are fixed.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      table.set(Number(entry), { parent: Number(fields[1]), cpuMs: (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK, command });
    } catch {
      // The process ended while the table was read.
    }
  }
  return table;
}

/** CPU spent so far by this process's descendants (the browser's processes, the host) and by this process itself. */
function treeCpuNow(hostPid: number | undefined): TreeCpu | null {
  const table = processTable();
  if (!table) return null;
  const cpu: TreeCpu = { browserMs: 0, hostMs: 0, benchMs: process.cpuUsage().user / 1000 + process.cpuUsage().system / 1000 };
  for (const [pid, entry] of table) {
    // Only descendants of this process: nothing else running on the machine is counted.
    let ancestor = entry.parent;
    let hops = 0;
    while (ancestor !== process.pid && ancestor > 1 && hops < 64) {
      ancestor = table.get(ancestor)?.parent ?? 0;
      hops += 1;
    }
    if (ancestor !== process.pid) continue;
    if (pid === hostPid) cpu.hostMs += entry.cpuMs;
    else if (/chrom/i.test(entry.command)) cpu.browserMs += entry.cpuMs;
  }
  return cpu;
}

/**
 * Starts counting the CPU the bench's processes spend; the returned function gives what they spent since, beside all
 * the CPU there was (wall time times cores). Null on a system without /proc. On a machine where the two add up to the
 * same, every window waited for the CPU, which no change to one window's code removes.
 */
export function countCpu(hostPid?: number): (() => CpuShare) | null {
  const before = treeCpuNow(hostPid);
  if (!before) return null;
  const startedAt = performance.now();
  return () => {
    const after = treeCpuNow(hostPid) ?? before;
    return {
      browserMs: Math.round(after.browserMs - before.browserMs),
      hostMs: Math.round(after.hostMs - before.hostMs),
      benchMs: Math.round(after.benchMs - before.benchMs),
      availableMs: Math.round((performance.now() - startedAt) * availableParallelism()),
    };
  };
}
