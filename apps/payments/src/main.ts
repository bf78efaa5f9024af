import 'reflect-metadata';
import { BaseEnv, bootstrap, loadEnvOrExit } from '@app/platform';
import { PaymentsAppModule } from './payments-app.module';

const env = loadEnvOrExit(BaseEnv);
void bootstrap({
  name: 'payments',
  module: PaymentsAppModule.forRoot(env),
  env,
  consumesKafka: true,
});
