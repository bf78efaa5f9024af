import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MessagingModule } from '@app/messaging';
import { PlatformModule, typeOrmOptions } from '@app/platform';
import { CatalogConsumer } from './menu/catalog.consumer';
import { DemoDataLoader } from './menu/demo/demo-data.loader';
import { MenuConsumer } from './menu/menu.consumer';
import { Ingredient } from './menu/persistence/ingredient.entity';
import { MenuItem } from './menu/persistence/menu-item.entity';
import { Restaurant } from './menu/persistence/restaurant.entity';
import { StockRepository } from './menu/persistence/stock.repository';
import { ApplyCatalogChangeUseCase } from './menu/use-cases/apply-catalog-change.use-case';
import { GetMenuItemUseCase } from './menu/use-cases/get-menu-item.use-case';
import { GetMenuUseCase } from './menu/use-cases/get-menu.use-case';
import { ListRestaurantsUseCase } from './menu/use-cases/list-restaurants.use-case';
import { UpdateStockUseCase } from './menu/use-cases/update-stock.use-case';
import { OrdersSchema1764700000100 } from './migrations/1764700000100-orders-schema';
import { Ordering1764701000000 } from './migrations/1764701000000-ordering';
import { EstimateDurations1764800000000 } from './migrations/1764800000000-estimate-durations';
import { ORDERS_CONFIG } from './orders-config';
import { OrdersEnv, ordersConfigFrom } from './orders.env';
import { OrdersConsumer } from './orders/orders.consumer';
import { OrderLine } from './orders/persistence/order-line.entity';
import { OrderMilestone } from './orders/persistence/order-milestone.entity';
import { OrderReservation } from './orders/persistence/order-reservation.entity';
import { Order } from './orders/persistence/order.entity';
import { OrderLoader } from './orders/persistence/order.loader';
import { TrackingConsumer } from './orders/tracking.consumer';
import { CancelOrderUseCase } from './orders/use-cases/cancel-order.use-case';
import { ExpireUnpaidOrdersUseCase } from './orders/use-cases/expire-unpaid-orders.use-case';
import { GetOrderUseCase } from './orders/use-cases/get-order.use-case';
import { ListOrdersUseCase } from './orders/use-cases/list-orders.use-case';
import { ListPendingOrdersUseCase } from './orders/use-cases/list-pending-orders.use-case';
import { MarkWarehouseStartedUseCase } from './orders/use-cases/mark-warehouse-started.use-case';
import { PlaceOrderUseCase } from './orders/use-cases/place-order.use-case';
import { RecordMilestoneUseCase } from './orders/use-cases/record-milestone.use-case';
import { WarehouseConsumer } from './orders/warehouse.consumer';

const ENTITIES = [
  Restaurant,
  MenuItem,
  Ingredient,
  Order,
  OrderLine,
  OrderMilestone,
  OrderReservation,
];
const MIGRATIONS = [
  OrdersSchema1764700000100,
  Ordering1764701000000,
  EstimateDurations1764800000000,
];

@Module({})
export class OrdersAppModule {
  static forRoot(env: OrdersEnv): DynamicModule {
    return {
      module: OrdersAppModule,
      imports: [
        TypeOrmModule.forRoot(typeOrmOptions(env, ENTITIES, MIGRATIONS)),
        TypeOrmModule.forFeature(ENTITIES),
        MessagingModule.forRoot({ serviceName: 'orders', kafka: env }),
        PlatformModule.forRoot(),
      ],
      controllers: [
        MenuConsumer,
        CatalogConsumer,
        OrdersConsumer,
        TrackingConsumer,
        WarehouseConsumer,
      ],
      providers: [
        { provide: ORDERS_CONFIG, useValue: ordersConfigFrom(env) },
        ...(env.DEMO_DATA === 'true' ? [DemoDataLoader] : []),
        StockRepository,
        ListRestaurantsUseCase,
        GetMenuUseCase,
        GetMenuItemUseCase,
        ApplyCatalogChangeUseCase,
        UpdateStockUseCase,
        OrderLoader,
        PlaceOrderUseCase,
        GetOrderUseCase,
        ListOrdersUseCase,
        ListPendingOrdersUseCase,
        CancelOrderUseCase,
        ExpireUnpaidOrdersUseCase,
        MarkWarehouseStartedUseCase,
        RecordMilestoneUseCase,
      ],
    };
  }
}
