/** The facts a benchmark figure needs beside it: machine, date, commit, Node. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';

function git(root: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

/** A Markdown list: CPUs, memory, CPU model, date, commit (marked when the working tree has changes), Node. */
export function machineFacts(root: string, now = new Date()): string {
  const cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? 'unknown';
  const commit = git(root, ['rev-parse', '--short', 'HEAD']) || 'unknown';
  const dirty = git(root, ['status', '--porcelain']) !== '';
  return [
    `- machine: ${availableParallelism()} CPUs (nproc), ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory, ${cpu}`,
    `- date: ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- commit: ${commit}${dirty ? ' (with uncommitted changes)' : ''}`,
    `- node: ${process.version}`,
  ].join('\n');
}
