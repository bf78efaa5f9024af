import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { commandLine, isAlive, terminate } from '../process-control';

/*
 * Apps run in their own process group, so a launcher killed with SIGKILL leaves them running,
 * holding their ports. The launcher records their pids; the next run stops the survivors.
 */

interface RecordedApp {
  pid: number;
  entry: string;
}

export function recordApps(file: string, apps: RecordedApp[]): void {
  writeFileSync(file, `${JSON.stringify(apps)}\n`);
}

export function forgetApps(file: string): void {
  rmSync(file, { force: true });
}

/** Stops recorded apps that are still alive; returns how many there were. */
export async function stopLeftoverApps(file: string, graceMs: number): Promise<number> {
  if (!existsSync(file)) return 0;
  const recorded = JSON.parse(readFileSync(file, 'utf8')) as RecordedApp[];
  // Only if the pid still runs the same entry point: pids get reused.
  const alive = recorded.filter(
    ({ pid, entry }) => isAlive(pid) && commandLine(pid).includes(entry),
  );
  await Promise.all(alive.map(({ pid }) => terminate(pid, { graceMs })));
  forgetApps(file);
  return alive.length;
}
