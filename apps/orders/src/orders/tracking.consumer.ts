import { Controller } from '@nestjs/common';
import { Ctx, KafkaContext, Payload } from '@nestjs/microservices';
import { Topic } from '@app/contracts';
import { EventDispatcher, HandlesEvents } from '@app/messaging';
import { RecordMilestoneUseCase } from './use-cases/record-milestone.use-case';

/** The kitchen's and the courier's progress, applied once each, in order per order. */
@Controller()
export class TrackingConsumer {
  constructor(
    private readonly dispatcher: EventDispatcher,
    private readonly milestones: RecordMilestoneUseCase,
  ) {}

  @HandlesEvents(Topic.KitchenEvents)
  async kitchen(@Payload() value: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    await this.dispatcher.dispatch('orders.tracking', value, ctx, {
      'kitchen.cooking_started': (d, _e, m) =>
        this.milestones.execute(m, d.orderId, 'cooking_started', new Date(d.at)),
      'kitchen.ready': (d, _e, m) => this.milestones.execute(m, d.orderId, 'ready', new Date(d.at)),
    });
  }

  @HandlesEvents(Topic.CourierEvents)
  async courier(@Payload() value: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    await this.dispatcher.dispatch('orders.tracking', value, ctx, {
      'courier.picked_up': (d, _e, m) =>
        this.milestones.execute(m, d.orderId, 'picked_up', new Date(d.at)),
      'courier.delivered': (d, _e, m) =>
        this.milestones.execute(m, d.orderId, 'delivered', new Date(d.at)),
      'courier.location': (d, _e, m) =>
        this.milestones.recordLocation(m, d.orderId, { lat: d.lat, lng: d.lng, at: d.at }),
    });
  }
}
