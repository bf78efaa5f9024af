import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Pid-based process control. Servers are stopped by pid rather than through a ChildProcess
 * handle because the process that stops them (a test, the jest teardown, the next launcher run)
 * is often not the one that started them.
 */

/** True while the process exists and is not a zombie waiting to be reaped. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no procfs (macOS): trust kill(0)
  }
}

/** The command line of a process, or '' when it is gone or unreadable. */
export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return '';
  }
}

export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await sleep(50);
  }
  return true;
}

export function sendSignal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

export interface TerminateOptions {
  /** The polite signal; servers differ (PostgreSQL's fast shutdown is SIGINT). */
  signal?: NodeJS.Signals;
  /** How long to wait before SIGKILL. */
  graceMs?: number;
}

/** Polite signal, bounded wait, then SIGKILL. Resolves once the process is gone. */
export async function terminate(
  pid: number,
  options: TerminateOptions = {},
): Promise<'exited' | 'killed'> {
  if (!isAlive(pid)) return 'exited';
  sendSignal(pid, options.signal ?? 'SIGTERM');
  if (await waitForExit(pid, options.graceMs ?? 10_000)) return 'exited';
  sendSignal(pid, 'SIGKILL');
  await waitForExit(pid, 10_000);
  return 'killed';
}

export async function killNow(pid: number): Promise<void> {
  sendSignal(pid, 'SIGKILL');
  await waitForExit(pid, 10_000);
}
