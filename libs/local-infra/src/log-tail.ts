import { readFileSync } from 'node:fs';

/** The last lines of a log file, for error messages that explain why a server did not start. */
export function tailOf(file: string, lines = 30): string {
  try {
    const text = readFileSync(file, 'utf8').trimEnd();
    return text.split('\n').slice(-lines).join('\n');
  } catch {
    return `(no log at ${file})`;
  }
}
