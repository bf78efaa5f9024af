import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import { FastifyReply } from 'fastify';
import { Public } from '../http/public.decorator';
import { READINESS_CHECKS, ReadinessCheck } from './readiness';

const CHECK_TIMEOUT_MS = 2000;

@Public()
@Controller('health')
export class HealthController {
  constructor(@Inject(READINESS_CHECKS) private readonly checks: ReadinessCheck[]) {}

  @Get('live')
  @HttpCode(200)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(@Res() reply: FastifyReply): Promise<void> {
    const results = await Promise.all(this.checks.map((c) => runCheck(c)));
    const ok = results.every((r) => r.status === 'up');
    void reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'unavailable', checks: results });
  }
}

async function runCheck(check: ReadinessCheck) {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check.check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS);
      }),
    ]);
    return { name: check.name, status: 'up' as const };
  } catch (error) {
    return { name: check.name, status: 'down' as const, error: String(error) };
  } finally {
    clearTimeout(timer);
  }
}
