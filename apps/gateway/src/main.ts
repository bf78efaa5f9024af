import 'reflect-metadata';
import { bootstrap, loadEnvOrExit } from '@app/platform';
import { GatewayAppModule } from './gateway-app.module';
import { GatewayEnv } from './gateway.env';

const env = loadEnvOrExit(GatewayEnv);
void bootstrap({
  name: 'gateway',
  module: GatewayAppModule.forRoot(env),
  env,
  consumesKafka: false,
  bodyLimitBytes: 64 * 1024,
});
