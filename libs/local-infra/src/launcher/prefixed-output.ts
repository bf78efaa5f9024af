import { createInterface } from 'node:readline';
import { Readable, Writable } from 'node:stream';

const COLOURS = [36, 35, 33, 32, 34, 31];

/** `name | ` padded to a common width, coloured on a terminal. */
export function makeLabel(name: string, width: number, index: number, tty: boolean): string {
  const padded = name.padEnd(width);
  return tty ? `\x1b[${COLOURS[index % COLOURS.length]}m${padded} |\x1b[0m ` : `${padded} | `;
}

/**
 * Copies a child's output line by line behind a label. The line itself is untouched, so a JSON
 * log record stays parseable after the `name | ` prefix (e.g. `cut -d'|' -f2- | jq`).
 */
export function pipeWithLabel(input: Readable, output: Writable, label: string): void {
  createInterface({ input, crlfDelay: Infinity }).on('line', (line) =>
    output.write(`${label}${line}\n`),
  );
}
