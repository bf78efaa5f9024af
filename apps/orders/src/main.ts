import 'reflect-metadata';
import { bootstrap, loadEnvOrExit } from '@app/platform';
import { OrdersAppModule } from './orders-app.module';
import { OrdersEnv } from './orders.env';

const env = loadEnvOrExit(OrdersEnv);
void bootstrap({
  name: 'orders',
  module: OrdersAppModule.forRoot(env),
  env,
  consumesKafka: true,
  servesRequests: true,
});
