import {
  Body,
  Controller,
  Get,
  Headers,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import {
  AppError,
  MenuView,
  OrderView,
  Page,
  PlaceOrderCommand,
  PlaceOrderRequest,
  RestaurantView,
  RpcPattern,
} from '@app/contracts';
import { AuthenticatedCustomer, CurrentCustomer } from '@app/auth';
import { RpcClient } from '@app/messaging';
import { IdempotencyService } from '../idempotency/idempotency.service';

const uuid = new ParseUUIDPipe({
  exceptionFactory: () => AppError.notFound('not_found', 'No such resource.'),
});

/** Menu and orders: validated here, answered by the orders service over Kafka. */
@Controller('v1')
export class OrderingController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Get('restaurants')
  restaurants(@CurrentCustomer() auth: AuthenticatedCustomer): Promise<Page<RestaurantView>> {
    return this.rpc.call(RpcPattern.OrdersListRestaurants, {
      customerId: auth.customerId,
      payload: {},
    });
  }

  @Get('restaurants/:id/menu')
  menu(
    @CurrentCustomer() auth: AuthenticatedCustomer,
    @Param('id', uuid) id: string,
  ): Promise<MenuView> {
    return this.rpc.call(RpcPattern.OrdersGetMenu, {
      customerId: auth.customerId,
      payload: { restaurantId: id },
    });
  }

  @Post('orders')
  async place(
    @CurrentCustomer() auth: AuthenticatedCustomer,
    @Headers('idempotency-key') key: string | undefined,
    @Body() order: PlaceOrderRequest,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<unknown> {
    const result = await this.idempotency.run(
      auth.customerId,
      key,
      'place-order',
      request.body,
      201,
      () => {
        if (!order.deliveryAddress) {
          throw AppError.unprocessable(
            'default_address_missing',
            'Give a deliveryAddress; saved default addresses are not available yet.',
          );
        }
        const payload: PlaceOrderCommand = { idempotencyKey: key!, order };
        return this.rpc.call<OrderView>(RpcPattern.OrdersPlaceOrder, {
          customerId: auth.customerId,
          payload,
        });
      },
    );
    void reply.status(result.status);
    if (result.replayed) void reply.header('idempotent-replayed', 'true');
    return result.body;
  }

  @Get('orders/:id')
  order(
    @CurrentCustomer() auth: AuthenticatedCustomer,
    @Param('id', uuid) id: string,
  ): Promise<OrderView> {
    return this.rpc.call(RpcPattern.OrdersGetOrder, {
      customerId: auth.customerId,
      payload: { orderId: id },
    });
  }
}
