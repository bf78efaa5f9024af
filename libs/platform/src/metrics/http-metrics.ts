import { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Histogram } from 'prom-client';

let started = false;

/** Process metrics plus a request histogram by route template (never the raw URL). */
export function registerHttpMetrics(fastify: FastifyInstance): void {
  if (!started) {
    collectDefaultMetrics();
    started = true;
  }
  const histogram = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by method, route and status.',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    histogram.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
    done();
  });
}
