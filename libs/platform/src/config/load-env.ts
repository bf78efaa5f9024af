import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { fieldErrors } from '@app/contracts';

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment once at start; names every bad or missing variable. */
export function loadEnv<T extends object>(cls: new () => T, env = process.env): T {
  const config = plainToInstance(cls, { ...env });
  const errors = fieldErrors(validateSync(config, { whitelist: false }));
  if (errors.length > 0) {
    const lines = errors.map((e) => `  - ${e.field}: ${e.message}`).join('\n');
    throw new ConfigError(`invalid configuration:\n${lines}`);
  }
  return config;
}

/** For main.ts: a bad environment ends the process with the list of what is wrong. */
export function loadEnvOrExit<T extends object>(cls: new () => T): T {
  try {
    return loadEnv(cls);
  } catch (error) {
    process.stderr.write(`${String(error instanceof Error ? error.message : error)}\n`);
    process.exit(1);
  }
}
