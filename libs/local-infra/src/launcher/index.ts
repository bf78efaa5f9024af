export * from './app-pid-file';
export * from './dev-stack';
export * from './managed-app';
export * from './prefixed-output';
