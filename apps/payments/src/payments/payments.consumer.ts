import { Controller } from '@nestjs/common';
import { Ctx, KafkaContext, Payload } from '@nestjs/microservices';
import { Topic } from '@app/contracts';
import { EventDispatcher, HandlesEvents } from '@app/messaging';
import { OpenPaymentUseCase } from './use-cases/open-payment.use-case';
import { RecordCollectionUseCase } from './use-cases/record-collection.use-case';

@Controller()
export class PaymentsConsumer {
  constructor(
    private readonly dispatcher: EventDispatcher,
    private readonly openPayment: OpenPaymentUseCase,
    private readonly recordCollection: RecordCollectionUseCase,
  ) {}

  @HandlesEvents(Topic.Orders)
  async orders(@Payload() value: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    await this.dispatcher.dispatch('payments.orders', value, ctx, {
      'order.placed': (data, _event, manager) => this.openPayment.execute(manager, data),
    });
  }

  @HandlesEvents(Topic.CourierEvents)
  async courier(@Payload() value: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    await this.dispatcher.dispatch('payments.courier', value, ctx, {
      'courier.payment_collected': (data, _event, manager) =>
        this.recordCollection.execute(manager, data),
    });
  }
}
