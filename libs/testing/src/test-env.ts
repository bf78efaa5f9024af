import { requireTestEnv, TestEnv } from '@app/local-infra/testing';

/** Brokers of the test Kafka (TEST_KAFKA_BROKERS). */
export function testKafkaBrokers(): string[] {
  return requireTestEnv(TestEnv.KafkaBrokers).split(',');
}

/** Superuser URL of the test PostgreSQL server (TEST_ADMIN_DATABASE_URL). */
export function testAdminDatabaseUrl(): string {
  return requireTestEnv(TestEnv.AdminDatabaseUrl);
}
