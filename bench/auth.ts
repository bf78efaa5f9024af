/**
 * `npm run bench:auth`: what the session guard costs. Against a running gateway
 * (GATEWAY_URL, default http://127.0.0.1:3000) it measures, in one run and with the same
 * load, an authenticated GET /v1/me next to the unauthenticated GET /health/live, and
 * sign-ins per second (each one an argon2id verification).
 *
 * BENCH_DURATION (seconds per endpoint, default 10), split into BENCH_ROUNDS (default 10)
 * alternating rounds; BENCH_CONNECTIONS (default 50); BENCH_SIGNIN_CONNECTIONS (default 8).
 */
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';

interface CannonRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: CannonRequest) => CannonRequest;
}

interface CannonOptions {
  url: string;
  connections: number;
  duration: number;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  requests?: CannonRequest[];
}

interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}

// autocannon ships no types; these are the parts used here.
const autocannon = createRequire(__filename)('autocannon') as (
  options: CannonOptions,
) => Promise<CannonResult>;

const baseUrl = (process.env.GATEWAY_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const duration = Number(process.env.BENCH_DURATION ?? 10);
const rounds = Number(process.env.BENCH_ROUNDS ?? 10);
const roundSeconds = Math.max(1, Math.round(duration / rounds));
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const signInConnections = Number(process.env.BENCH_SIGNIN_CONNECTIONS ?? 8);
const PASSWORD = 'benchmark password 1';

interface Row {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  failed: number;
  /** Gateway CPU time per request, from its own process_cpu_seconds_total. */
  cpuMicros: number;
}

/** The gateway's CPU seconds so far: what a request costs it, whatever else runs on the host. */
async function gatewayCpuSeconds(): Promise<number> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  const match = /^process_cpu_seconds_total ([0-9.e+-]+)$/m.exec(text);
  return match ? Number(match[1]) : NaN;
}

async function run(
  name: string,
  options: Omit<CannonOptions, 'duration'>,
  seconds = roundSeconds,
): Promise<Row> {
  const cpuBefore = await gatewayCpuSeconds();
  const result = await autocannon({ ...options, duration: seconds });
  const cpu = (await gatewayCpuSeconds()) - cpuBefore;
  return {
    cpuMicros: (cpu * 1e6) / Math.max(1, result.requests.total),
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors,
  };
}

interface BenchAccount {
  email: string;
  token: string;
  /** Sent as X-Forwarded-For (198.18.0.0/15 is reserved for benchmarks): each account gets
   *  its own address, so the per-IP throttles measure nothing but themselves. */
  ip: string;
}

const runOctet = Math.floor(Math.random() * 256);

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** One row for several rounds: mean throughput, median of the rounds' percentiles. */
const combine = (xs: Row[]): Row => ({
  name: xs[0]!.name,
  rps: xs.reduce((sum, x) => sum + x.rps, 0) / xs.length,
  p50: median(xs.map((x) => x.p50)),
  p99: median(xs.map((x) => x.p99)),
  failed: xs.reduce((sum, x) => sum + x.failed, 0),
  cpuMicros: median(xs.map((x) => x.cpuMicros)),
});

async function signUp(index: number): Promise<BenchAccount> {
  const email = `bench-${randomUUID()}@example.test`;
  const ip = `198.18.${runOctet}.${index + 1}`;
  const response = await fetch(`${baseUrl}/v1/auth/signup`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'user-agent': 'bench-auth',
      'x-forwarded-for': ip,
    },
    body: JSON.stringify({ email, password: PASSWORD, name: 'Bench' }),
  });
  const body = (await response.json()) as { session?: { token: string } };
  if (response.status !== 201 || !body.session) {
    throw new Error(`sign-up failed: ${response.status} ${JSON.stringify(body)}`);
  }
  return { email, token: body.session.token, ip };
}

const fmt = (n: number, digits = 0) => n.toFixed(digits).padStart(9);

async function main(): Promise<void> {
  const ready = await fetch(`${baseUrl}/health/ready`).catch(() => undefined);
  if (!ready?.ok) throw new Error(`no ready gateway at ${baseUrl} (npm run build && npm start)`);
  // Several accounts, so concurrent sign-ins never look like one client guessing one account.
  const accounts = await Promise.all(
    Array.from({ length: signInConnections * 2 }, (_, i) => signUp(i)),
  );
  const token = accounts[0]!.token;
  const live = { url: `${baseUrl}/health/live`, connections };
  const me = {
    url: `${baseUrl}/v1/me`,
    connections,
    headers: { authorization: `Bearer ${token}` },
  };

  process.stdout.write(
    `gateway ${baseUrl}: ${rounds} rounds of ${roundSeconds} s per endpoint, ${connections} connections\n`,
  );
  // Warm-up: JIT, connection pools and the caches, so neither side pays for them.
  await autocannon({ ...live, duration: 2 });
  await autocannon({ ...me, duration: 2 });
  // Alternating short rounds: a busy neighbour slows both endpoints alike, not just one.
  const liveRounds: Row[] = [];
  const meRounds: Row[] = [];
  for (let i = 0; i < rounds; i += 1) {
    liveRounds.push(await run('GET /health/live', live));
    meRounds.push(await run('GET /v1/me (bearer)', me));
  }
  const ratios = meRounds.map((m, i) => m.rps / liveRounds[i]!.rps);
  const cpuRatios = meRounds.map((m, i) => liveRounds[i]!.cpuMicros / m.cpuMicros);
  const rows = [combine(liveRounds), combine(meRounds)];
  let next = 0;
  const signIns = await run(
    'POST /v1/auth/signin',
    {
      url: `${baseUrl}/v1/auth/signin`,
      connections: signInConnections,
      requests: [
        {
          method: 'POST',
          setupRequest: (request) => {
            const account = accounts[next++ % accounts.length]!;
            return {
              ...request,
              headers: { 'content-type': 'application/json', 'x-forwarded-for': account.ip },
              body: JSON.stringify({ email: account.email, password: PASSWORD }),
            };
          },
        },
      ],
    },
    duration,
  );
  rows.push(signIns);

  process.stdout.write(
    `\n${'endpoint'.padEnd(24)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'failed'.padStart(9)}${'CPU µs/req'.padStart(12)}\n`,
  );
  for (const r of rows) {
    process.stdout.write(
      `${r.name.padEnd(24)}${fmt(r.rps)}${fmt(r.p50, 1)}${fmt(r.p99, 1)}${fmt(r.failed)}${fmt(r.cpuMicros).padStart(12)}\n`,
    );
  }
  const ratio = median(ratios);
  process.stdout.write(
    `\nratio GET /v1/me / GET /health/live: ${ratio.toFixed(2)} (median of rounds ` +
      `${ratios.map((r) => r.toFixed(2)).join(', ')}; goal >= 0.90)\n` +
      // Throughput on a shared host moves with the neighbours; CPU per request does not.
      `capacity ratio from gateway CPU per request: ${median(cpuRatios).toFixed(2)}\n` +
      `sign-ins per second: ${signIns.rps.toFixed(1)} (argon2id, ${signInConnections} connections)\n`,
  );
  if (rows.some((r) => r.failed > 0)) {
    process.stdout.write('warning: some requests failed; the figures above include them\n');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:auth failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
