import 'reflect-metadata';
import { BaseEnv, bootstrap, loadEnvOrExit } from '@app/platform';
import { NotificationsAppModule } from './notifications-app.module';

const env = loadEnvOrExit(BaseEnv);
void bootstrap({
  name: 'notifications',
  module: NotificationsAppModule.forRoot(env),
  env,
  consumesKafka: true,
  servesRequests: true,
});
