import { Counter } from 'prom-client';

export const consumerMetrics = new Counter({
  name: 'events_consumed_total',
  help: 'Kafka events handled, by consumer, topic and outcome (applied, duplicate, ignored, dead-lettered).',
  labelNames: ['consumer', 'topic', 'outcome'],
});
