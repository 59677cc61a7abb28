/**
 * Runs a command and measures it: wall time, and peak memory two ways. GNU time's %M is the peak RSS of the
 * largest single process in the tree; a build is several processes (npm → sh → node → the Pagefind binary),
 * so the peak of the whole tree is measured too, by summing VmRSS over the process tree every 100 ms.
 * Linux only (/proc).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';

export interface Measurement {
  /** Wall time in seconds. */
  seconds: number;
  /** Peak of the summed RSS of all processes in the tree, sampled every 100 ms, in bytes. */
  peakTreeBytes: number;
  /** Peak RSS of the largest single process (GNU time %M), in bytes; NaN without /usr/bin/time. */
  peakProcessBytes: number;
  /** Most processes seen in the tree at once. */
  processes: number;
  /** Exit code. */
  code: number;
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** File that receives the command's stdout and stderr. */
  log: string;
  /** Sampling interval in ms; default 100. */
  intervalMs?: number;
}

const TIME = '/usr/bin/time';

/** Parent pid of every process, from /proc/<pid>/stat (the field after the parenthesised command name). */
function parentMap(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // the process ended meanwhile
    }
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
  }
  return children;
}

/** The pids of a process and all its descendants. */
function processTree(root: number): number[] {
  const children = parentMap();
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}

function rssBytes(pid: number): number {
  try {
    const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Runs `command args` under GNU time (when present) and samples its process tree until it exits. */
export function runMeasured(command: string, args: string[], options: RunOptions): Promise<Measurement> {
  const timeFile = `${options.log}.time`;
  const useTime = existsSync(TIME);
  const [cmd, argv] = useTime ? [TIME, ['-f', '%M', '-o', timeFile, command, ...args]] : [command, args];
  const out = createWriteStream(options.log);
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(out, { end: false });
  child.stderr.pipe(out, { end: false });
  let peakTreeBytes = 0;
  let processes = 0;
  const sample = () => {
    if (child.pid === undefined) return;
    const tree = processTree(child.pid);
    processes = Math.max(processes, tree.length - (useTime ? 1 : 0));
    peakTreeBytes = Math.max(peakTreeBytes, tree.reduce((sum, pid) => sum + rssBytes(pid), 0));
  };
  const timer = setInterval(sample, options.intervalMs ?? 100);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      out.end();
      let peakProcessBytes = Number.NaN;
      if (useTime && existsSync(timeFile)) {
        // GNU time writes "Command exited with non-zero status N" before the figure when the command fails.
        peakProcessBytes = Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)) * 1024;
        rmSync(timeFile);
      }
      resolve({ seconds, peakTreeBytes, peakProcessBytes, processes, code: code ?? 1 });
    });
  });
}

/** The last lines of a log, for an error message. */
export function logTail(log: string, lines = 30): string {
  return existsSync(log) ? readFileSync(log, 'utf8').trimEnd().split('\n').slice(-lines).join('\n') : '';
}
