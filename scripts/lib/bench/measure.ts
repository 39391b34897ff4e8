/**
 * Run a command as a child process and measure it: wall time, peak memory of
 * the whole process tree (RSS summed over the child and its descendants,
 * sampled from /proc every 100 ms), peak RSS of the largest single process
 * (GNU time's "Maximum resident set size", when /usr/bin/time exists), and a
 * timestamp for every output line, so phases of a long command (Astro's
 * content sync, bundling, page generation, Pagefind) can be timed from its log.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';

export interface Measured {
  command: string;
  code: number;
  seconds: number;
  /** Peak of the RSS summed over the process tree, bytes (sampled). */
  treeRss: number;
  /** Peak RSS of the largest single process, bytes (GNU time), or null. */
  maxRss: number | null;
  /** CPU seconds (user + system) of the process and the children it waited for (GNU time), or null: steadier than wall time on a busy machine. */
  cpu: number | null;
  /** Every output line (stdout and stderr) with seconds since start. */
  lines: Array<{ t: number; text: string }>;
}

export const GNU_TIME = '/usr/bin/time';
export const hasGnuTime = (): boolean => existsSync(GNU_TIME);

const PAGE = 4096;

function children(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: fields start after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = map.get(ppid) ?? [];
      list.push(Number(name));
      map.set(ppid, list);
    } catch {
      // the process ended meanwhile
    }
  }
  return map;
}

/** RSS of `pid` and all its descendants, bytes. */
export function treeRss(pid: number): number {
  const kids = children();
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      total += Number(readFileSync(`/proc/${p}/statm`, 'utf8').split(' ')[1]) * PAGE;
    } catch {
      // gone
    }
    stack.push(...(kids.get(p) ?? []));
  }
  return total;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Echo output lines as they come (prefixed). */
  echo?: (line: string) => void;
}

export function run(argv: string[], options: RunOptions = {}): Promise<Measured> {
  const timeFile = `/tmp/casebook-bench-time-${process.pid}-${Date.now()}.txt`;
  const useTime = hasGnuTime();
  const full = useTime ? [GNU_TIME, '-f', '%M %U %S', '-o', timeFile, ...argv] : argv;
  const started = performance.now();
  const child = spawn(full[0]!, full.slice(1), { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: Measured['lines'] = [];
  let peak = 0;
  const sample = () => {
    if (child.pid) peak = Math.max(peak, treeRss(child.pid));
  };
  const timer = setInterval(sample, 100);
  const collect = (stream: NodeJS.ReadableStream) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const t = (performance.now() - started) / 1000;
      const parts = (rest + chunk).split('\n');
      rest = parts.pop()!;
      for (const text of parts) {
        lines.push({ t, text });
        options.echo?.(text);
      }
    });
    stream.on('end', () => {
      if (rest) lines.push({ t: (performance.now() - started) / 1000, text: rest });
    });
  };
  collect(child.stdout!);
  collect(child.stderr!);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      let maxRss: number | null = null;
      let cpu: number | null = null;
      if (useTime && existsSync(timeFile)) {
        const [kb, user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
        if (Number.isFinite(kb)) maxRss = kb! * 1024;
        if (Number.isFinite(user) && Number.isFinite(sys)) cpu = user! + sys!;
        rmSync(timeFile, { force: true });
      }
      resolve({ command: argv.join(' '), code: code ?? 1, seconds, treeRss: peak, maxRss, cpu, lines });
    });
  });
}

/** Seconds at which the first line matching `re` appeared, or null. */
export function lineTime(m: Measured, re: RegExp): number | null {
  return m.lines.find((l) => re.test(l.text))?.t ?? null;
}

export function loadAverage(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'n/a';
  }
}
