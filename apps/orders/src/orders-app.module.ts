import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MessagingModule } from '@app/messaging';
import { PlatformModule, typeOrmOptions } from '@app/platform';
import { DemoDataLoader } from './menu/demo/demo-data.loader';
import { MenuConsumer } from './menu/menu.consumer';
import { MenuItem } from './menu/persistence/menu-item.entity';
import { Restaurant } from './menu/persistence/restaurant.entity';
import { GetMenuUseCase } from './menu/use-cases/get-menu.use-case';
import { ListRestaurantsUseCase } from './menu/use-cases/list-restaurants.use-case';
import { OrdersSchema1764700000100 } from './migrations/1764700000100-orders-schema';
import { ORDERS_CONFIG } from './orders-config';
import { OrdersEnv } from './orders.env';
import { OrdersConsumer } from './orders/orders.consumer';
import { OrderLine } from './orders/persistence/order-line.entity';
import { OrderMilestone } from './orders/persistence/order-milestone.entity';
import { Order } from './orders/persistence/order.entity';
import { OrderLoader } from './orders/persistence/order.loader';
import { TrackingConsumer } from './orders/tracking.consumer';
import { GetOrderUseCase } from './orders/use-cases/get-order.use-case';
import { PlaceOrderUseCase } from './orders/use-cases/place-order.use-case';
import { RecordMilestoneUseCase } from './orders/use-cases/record-milestone.use-case';

const ENTITIES = [Restaurant, MenuItem, Order, OrderLine, OrderMilestone];

@Module({})
export class OrdersAppModule {
  static forRoot(env: OrdersEnv): DynamicModule {
    return {
      module: OrdersAppModule,
      imports: [
        TypeOrmModule.forRoot(typeOrmOptions(env, ENTITIES, [OrdersSchema1764700000100])),
        TypeOrmModule.forFeature(ENTITIES),
        MessagingModule.forRoot({ serviceName: 'orders', kafka: env }),
        PlatformModule.forRoot(),
      ],
      controllers: [MenuConsumer, OrdersConsumer, TrackingConsumer],
      providers: [
        {
          provide: ORDERS_CONFIG,
          useValue: {
            currency: env.CURRENCY ?? 'USD',
            deliveryFeeMinor: env.DELIVERY_FEE_MINOR ?? 299,
          },
        },
        ...(env.DEMO_DATA === 'true' ? [DemoDataLoader] : []),
        ListRestaurantsUseCase,
        GetMenuUseCase,
        OrderLoader,
        PlaceOrderUseCase,
        GetOrderUseCase,
        RecordMilestoneUseCase,
      ],
    };
  }
}
