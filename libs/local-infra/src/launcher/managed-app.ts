import { ChildProcess, spawn } from 'node:child_process';
import { pipeWithLabel } from './prefixed-output';

export interface AppExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ManagedAppOptions {
  name: string;
  /** The compiled entry point, run with this same Node binary. */
  entry: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Prefix for every output line. */
  label: string;
  onExit: (exit: AppExit) => void;
}

export interface ManagedApp {
  readonly name: string;
  readonly pid: number | undefined;
  /** Set once the process has exited. */
  readonly exit: AppExit | undefined;
  /** SIGTERM, then SIGKILL after graceMs; resolves when the process is gone. */
  stop(graceMs: number): Promise<AppExit>;
  /** Immediate SIGKILL, synchronous (usable from a process 'exit' handler). */
  killNow(): void;
}

export function startManagedApp(options: ManagedAppOptions): ManagedApp {
  // Own process group: a Ctrl-C in the terminal reaches only the launcher, which stops the apps
  // before Kafka and PostgreSQL so they can finish in-flight work and commit offsets.
  const child: ChildProcess = spawn(process.execPath, [options.entry], {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  pipeWithLabel(child.stdout!, process.stdout, options.label);
  pipeWithLabel(child.stderr!, process.stderr, options.label);

  let exit: AppExit | undefined;
  const exited = new Promise<AppExit>((resolve) => {
    const finish = (value: AppExit) => {
      if (exit) return;
      exit = value;
      resolve(value);
      options.onExit(value);
    };
    child.once('exit', (code, signal) => finish({ code, signal }));
    child.once('error', (error) => {
      process.stderr.write(`${options.label}cannot start: ${error.message}\n`);
      finish({ code: null, signal: null });
    });
  });

  return {
    name: options.name,
    pid: child.pid,
    get exit() {
      return exit;
    },
    async stop(graceMs) {
      if (exit) return exit;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
    killNow() {
      if (!exit) child.kill('SIGKILL');
    },
  };
}
