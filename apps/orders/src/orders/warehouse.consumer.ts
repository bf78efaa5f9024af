import { Controller } from '@nestjs/common';
import { Ctx, KafkaContext, Payload } from '@nestjs/microservices';
import { Topic } from '@app/contracts';
import { EventDispatcher, HandlesEvents } from '@app/messaging';
import { MarkWarehouseStartedUseCase } from './use-cases/mark-warehouse-started.use-case';

/** The warehouse's progress on our transfer requests (`warehouse.events.v1`). */
@Controller()
export class WarehouseConsumer {
  constructor(
    private readonly dispatcher: EventDispatcher,
    private readonly started: MarkWarehouseStartedUseCase,
  ) {}

  @HandlesEvents(Topic.WarehouseEvents)
  async warehouse(@Payload() value: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    await this.dispatcher.dispatch('orders.warehouse', value, ctx, {
      'warehouse.transfer_started': (d, _e, m) =>
        this.started.execute(m, d.orderId, new Date(d.at)),
    });
  }
}
