import { Logger } from '@nestjs/common';
import { PeriodicJob } from './periodic-job';

describe('PeriodicJob', () => {
  const logger = { warn: jest.fn() } as unknown as Logger;
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('never starts a run while the previous one is still going, and stop waits for it', async () => {
    let finish!: () => void;
    let runs = 0;
    let done = false;
    const job = new PeriodicJob(
      'test job',
      100,
      () => {
        runs += 1;
        return new Promise<void>((resolve) => (finish = resolve)).then(() => (done = true));
      },
      logger,
    );
    job.start();
    await jest.advanceTimersByTimeAsync(350);
    expect(runs).toBe(1);

    const stopped = job.stop();
    let stoppedYet = false;
    void stopped.then(() => (stoppedYet = true));
    await Promise.resolve();
    expect(stoppedYet).toBe(false);
    finish();
    await stopped;
    expect(done).toBe(true);
    await jest.advanceTimersByTimeAsync(500);
    expect(runs).toBe(1);
  });

  it('logs a failed run and tries again on the next tick', async () => {
    let runs = 0;
    const job = new PeriodicJob(
      'flaky job',
      100,
      async () => {
        runs += 1;
        if (runs === 1) throw new Error('database went away');
      },
      logger,
    );
    job.start();
    await jest.advanceTimersByTimeAsync(250);
    await job.stop();
    expect(runs).toBe(2);
    expect(logger.warn).toHaveBeenCalledWith('flaky job failed: Error: database went away');
  });
});
