import { setTimeout as sleep } from 'node:timers/promises';

export interface WaitForHttpOptions {
  timeoutMs: number;
  /** Checked between polls; a reason string aborts the wait (e.g. the process exited). */
  abortIf?: () => string | undefined;
}

/** Polls a URL until it answers 200; the error says what it answered last. */
export async function waitForHttpOk(url: string, options: WaitForHttpOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let last = 'no answer';
  for (;;) {
    const aborted = options.abortIf?.();
    if (aborted) throw new Error(aborted);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
      last = `HTTP ${response.status} ${(await response.text()).slice(0, 300)}`;
    } catch (error) {
      last = ((error as Error).cause as Error | undefined)?.message ?? (error as Error).message;
    }
    if (Date.now() >= deadline) {
      throw new Error(
        `${url} did not answer 200 within ${options.timeoutMs / 1000} s (last: ${last})`,
      );
    }
    await sleep(250);
  }
}
