/**
 * The console of a run: what it says, what it keeps of that for a later run
 * to say again, and (CASEBOOK_INGEST_TIMES=1) seconds per step on stderr.
 */

export interface IngestLog {
  /** Said even with --quiet (skips, warnings, problems, the summary), and kept in `notes`. */
  log: (line: string) => void;
  /** Said unless --quiet (a line per seed). */
  say: (line: string) => void;
  /** Every line `log` said so far: a run that finds nothing changed says again what the last full run said. */
  notes: string[];
  /** Marks the end of a step: its wall and CPU seconds on stderr with CASEBOOK_INGEST_TIMES=1 (for profiling; not part of the report). */
  phase: (name: string) => void;
  /** Seconds since the run started. */
  seconds: () => number;
}

export function ingestLog(options: { quiet?: boolean; log?: (line: string) => void }): IngestLog {
  const print = options.log ?? ((line: string) => console.log(line));
  const notes: string[] = [];
  const started = performance.now();
  return {
    log: (line) => {
      notes.push(line);
      print(line);
    },
    say: options.quiet ? () => {} : print,
    notes,
    phase: process.env.CASEBOOK_INGEST_TIMES === '1' ? phaseTimer(started) : () => {},
    seconds: () => (performance.now() - started) / 1000,
  };
}

function phaseTimer(started: number): (name: string) => void {
  let lap = started;
  let lapCpu = process.cpuUsage();
  return (name) => {
    const now = performance.now();
    const cpu = process.cpuUsage(lapCpu); // user + system of the whole process (worker threads included)
    process.stderr.write(`ingest: phase ${name} ${((now - lap) / 1000).toFixed(2)} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s)\n`);
    lap = now;
    lapCpu = process.cpuUsage();
  };
}
