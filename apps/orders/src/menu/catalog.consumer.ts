import { Controller } from '@nestjs/common';
import { Ctx, KafkaContext, Payload } from '@nestjs/microservices';
import { Topic } from '@app/contracts';
import { EventDispatcher, HandlesEvents } from '@app/messaging';
import { ApplyCatalogChangeUseCase } from './use-cases/apply-catalog-change.use-case';
import { UpdateStockUseCase } from './use-cases/update-stock.use-case';

/** Menu, recipes and stock replicated from the platform's catalog and warehouse. */
@Controller()
export class CatalogConsumer {
  constructor(
    private readonly dispatcher: EventDispatcher,
    private readonly catalog: ApplyCatalogChangeUseCase,
    private readonly stock: UpdateStockUseCase,
  ) {}

  @HandlesEvents(Topic.Catalog)
  async catalogChanged(@Payload() value: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    await this.dispatcher.dispatch('orders.catalog', value, ctx, {
      'catalog.restaurant_upserted': (d, _e, m) => this.catalog.upsertRestaurant(m, d),
      'catalog.item_upserted': (d, _e, m) => this.catalog.upsertItem(m, d),
      'catalog.item_removed': (d, _e, m) => this.catalog.removeItem(m, d),
    });
  }

  @HandlesEvents(Topic.WarehouseStock)
  async stockChanged(@Payload() value: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    await this.dispatcher.dispatch('orders.stock', value, ctx, {
      'warehouse.stock_updated': (d, _e, m) => this.stock.execute(m, d),
    });
  }
}
