import { brokerPidAt, startKafka, stopKafkaAt } from '../kafka-server';
import { killNow } from '../process-control';
import { readTestInfraState, TestInfraState } from './test-infra-state';

/*
 * For tests of outages ("an event written while Kafka is down is published once it is back"):
 * the broker is found through the state file, so these work from any test file or worker.
 */

function localKafka(): NonNullable<TestInfraState['kafka']> {
  const { kafka } = readTestInfraState();
  if (!kafka)
    throw new Error(
      'the tests use external Kafka (KAFKA_BROKERS); it cannot be stopped from a test',
    );
  return kafka;
}

/** Clean broker shutdown (SIGTERM); resolves once the JVM has exited. */
export async function stopTestKafka(): Promise<void> {
  await stopKafkaAt(localKafka().dataDir);
}

/** A broker crash (SIGKILL). */
export async function killTestKafka(): Promise<void> {
  const pid = brokerPidAt(localKafka().dataDir);
  if (pid !== undefined) await killNow(pid);
}

/** Starts the broker again on the same data dir and ports; a no-op while it is running. */
export async function startTestKafka(): Promise<string[]> {
  const kafka = localKafka();
  const brokers = [`127.0.0.1:${kafka.port}`];
  if (brokerPidAt(kafka.dataDir) !== undefined) return brokers;
  await startKafka({
    dataDir: kafka.dataDir,
    port: kafka.port,
    controllerPort: kafka.controllerPort,
  });
  return brokers;
}
