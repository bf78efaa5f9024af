import { Controller } from '@nestjs/common';
import { Ctx, KafkaContext, Payload } from '@nestjs/microservices';
import { AppError, PageQuery, RpcPattern, RpcRequest, Topic, validated } from '@app/contracts';
import { EventDispatcher, HandlesEvents, HandlesRequest } from '@app/messaging';
import { statusText } from './notification-texts';
import { ListNotificationsUseCase } from './use-cases/list-notifications.use-case';
import { NotifyCustomerUseCase } from './use-cases/notify-customer.use-case';

@Controller()
export class InboxConsumer {
  constructor(
    private readonly dispatcher: EventDispatcher,
    private readonly notify: NotifyCustomerUseCase,
    private readonly listNotifications: ListNotificationsUseCase,
  ) {}

  @HandlesEvents(Topic.Orders)
  async orders(@Payload() value: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    await this.dispatcher.dispatch('notifications.orders', value, ctx, {
      'order.placed': (d, e, m) =>
        this.notify.execute(m, {
          customerId: d.customerId,
          sourceEventId: e.id,
          kind: 'order_placed',
          ...statusText(d.status),
          orderId: d.orderId,
          at: new Date(e.time),
        }),
      'order.status_changed': (d, e, m) =>
        this.notify.execute(m, {
          customerId: d.customerId,
          sourceEventId: e.id,
          kind: `order_${d.to}`,
          ...statusText(d.to),
          orderId: d.orderId,
          at: new Date(d.at),
        }),
      'order.cancelled': (d, e, m) =>
        this.notify.execute(m, {
          customerId: d.customerId,
          sourceEventId: e.id,
          kind: 'order_cancelled',
          ...statusText('cancelled'),
          orderId: d.orderId,
          at: new Date(d.at),
        }),
    });
  }

  @HandlesRequest(RpcPattern.NotificationsList)
  list(@Payload() request: RpcRequest<PageQuery>) {
    if (!request?.customerId) throw AppError.unauthorized('missing_customer', 'No customer given.');
    return this.listNotifications.execute(
      request.customerId,
      validated(PageQuery, request.payload),
    );
  }
}
