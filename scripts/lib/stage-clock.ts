/**
 * Wall and CPU seconds per stage of a build, where the stages are child
 * processes (the policy check, Astro, Pagefind's indexer) as much as this one.
 * CPU time is what to compare on a shared machine: wall time there says more
 * about the other work than about the build.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's times (USER_HZ: 100 on every Linux this runs on). */
const TICKS = 100;

/** The fields of a /proc/<pid>/stat after the command name (which may hold spaces and parentheses): state is [0], ppid [1], cutime [13], cstime [14]. */
function statFields(pid: number | 'self'): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** This process's children that are running or not yet reaped. */
function children(): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (Number(statFields(Number(name))[1]) === process.pid) pids.push(Number(name));
    } catch {
      // the process ended meanwhile
    }
  }
  return pids;
}

/**
 * Resolves once every child of this process has ended and been reaped (or after `ms`). Pagefind's
 * indexer is killed, not awaited, when its index is written: until Node reaps it, its CPU time is in
 * no account of this process, and if this process exits first, in none at all (GNU time's included).
 */
export async function childrenReaped(ms = 5000): Promise<void> {
  const until = performance.now() + ms;
  try {
    while (children().length > 0 && performance.now() < until) await new Promise((r) => setTimeout(r, 10));
  } catch {
    // no /proc: nothing to wait for
  }
}

/**
 * CPU seconds (user + system) of this process and of every child it has reaped (theirs included).
 * Children's time comes from /proc; without it, only this process's.
 */
export function cpuSeconds(): number {
  const own = process.cpuUsage();
  let ticks = 0;
  try {
    const self = statFields('self');
    ticks = Number(self[13]) + Number(self[14]);
  } catch {
    // no /proc: this process's time alone
  }
  return (own.user + own.system) / 1e6 + (Number.isFinite(ticks) ? ticks / TICKS : 0);
}

export interface StageTime {
  stage: string;
  seconds: number;
  cpu: number;
}

/** A clock that records each stage's wall and CPU seconds as it ends. */
export function stageClock() {
  const stages: StageTime[] = [];
  let wall = performance.now();
  let cpu = cpuSeconds();
  return {
    stages,
    /** Ends the stage that ran since the last call (or since the clock started). */
    lap(stage: string): void {
      const nowWall = performance.now();
      const nowCpu = cpuSeconds();
      stages.push({ stage, seconds: (nowWall - wall) / 1000, cpu: nowCpu - cpu });
      wall = nowWall;
      cpu = nowCpu;
    },
  };
}

/** One line: `build: stage times: astro 80.1 s (CPU 95.2 s), …`; the bench reads it back (parseStageTimes). */
export function formatStageTimes(stages: StageTime[]): string {
  return `build: stage times: ${stages.map((s) => `${s.stage} ${s.seconds.toFixed(1)} s (CPU ${s.cpu.toFixed(1)} s)`).join(', ')}`;
}

/** The stages of a line formatStageTimes wrote, or null for any other line. */
export function parseStageTimes(line: string): StageTime[] | null {
  const at = line.indexOf('build: stage times: ');
  if (at < 0) return null;
  const stages: StageTime[] = [];
  for (const m of line.slice(at).matchAll(/([a-z][a-z -]*?) ([\d.]+) s \(CPU ([\d.]+) s\)/g)) {
    stages.push({ stage: m[1]!, seconds: Number(m[2]), cpu: Number(m[3]) });
  }
  return stages;
}
