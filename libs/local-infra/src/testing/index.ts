export * from './fresh-database';
export * from './test-infra';
export * from './test-infra-state';
export * from './test-kafka-control';
