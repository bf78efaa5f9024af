/** The app's name: the CloudEvents `source`, the Kafka client id and the log's `service`. */
export const SERVICE_NAME = Symbol('SERVICE_NAME');
/** The kafkajs Kafka instance shared by the relay, the dead-letter writer and readiness. */
export const KAFKA_CLIENT = Symbol('KAFKA_CLIENT');
