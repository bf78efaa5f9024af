import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The repository root, found by walking up from this file: the same code runs from
 * `libs/local-infra/src` (ts-jest) and from `dist/libs/local-infra/src` (compiled).
 */
export function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'tools', 'kafka', 'pom.xml'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find the repository root above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

/** Git-ignored working area for downloaded tools and local data. */
export function localDir(...parts: string[]): string {
  return path.join(repoRoot(), '.local', ...parts);
}
