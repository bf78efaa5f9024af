export * from './app-process';
export * from './http-client';
export * from './kafka-probe';
export * from './poll';
export * from './test-env';
export * from './test-system';
export {
  freshDatabase,
  killTestKafka,
  readTestInfraState,
  startTestKafka,
  stopTestKafka,
  TestEnv,
} from '@app/local-infra/testing';
export type { FreshDatabase, TestInfraState } from '@app/local-infra/testing';
