/** Progress lines go to stderr so they never mix with JSON logs an app writes to stdout. */
export function infraLog(message: string): void {
  process.stderr.write(`[infra] ${message}\n`);
}

export function secondsSince(startedAt: number): string {
  return `${((Date.now() - startedAt) / 1000).toFixed(1)} s`;
}
