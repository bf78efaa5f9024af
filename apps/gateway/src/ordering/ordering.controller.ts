import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import {
  AppError,
  ListOrdersQuery,
  MenuFilter,
  MenuItemView,
  MenuView,
  OrderSummaryView,
  OrderView,
  Page,
  PlaceOrderCommand,
  PlaceOrderRequest,
  RestaurantView,
  RpcPattern,
} from '@app/contracts';
import { AuthenticatedCustomer, CurrentCustomer } from '@app/auth';
import { RpcClient } from '@app/messaging';
import { OrderingProfiles } from '../accounts/ordering-profile';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { OrderViewCache } from '../tracking/order-view-cache';
import { CancelOrderDto } from './dto/cancel-order.dto';

const uuid = new ParseUUIDPipe({
  exceptionFactory: () => AppError.notFound('not_found', 'No such resource.'),
});

/** Menu and orders: validated here, answered by the orders service over Kafka. */
@Controller('v1')
export class OrderingController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly idempotency: IdempotencyService,
    private readonly profiles: OrderingProfiles,
    private readonly views: OrderViewCache,
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
    @Query() filter: MenuFilter,
  ): Promise<MenuView> {
    return this.rpc.call(RpcPattern.OrdersGetMenu, {
      customerId: auth.customerId,
      payload: { restaurantId: id, ...filter },
    });
  }

  @Get('menu/items/:id')
  menuItem(
    @CurrentCustomer() auth: AuthenticatedCustomer,
    @Param('id', uuid) id: string,
  ): Promise<MenuItemView> {
    return this.rpc.call(RpcPattern.OrdersGetMenuItem, {
      customerId: auth.customerId,
      payload: { itemId: id },
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
    const startedAt = this.views.now();
    const result = await this.idempotency.run(
      auth.customerId,
      key,
      'place-order',
      request.body,
      201,
      async () => {
        const profile = await this.profiles.get(auth.customerId);
        const deliveryAddress = order.useDefaultAddress
          ? profile.defaultAddress
          : order.deliveryAddress;
        if (order.useDefaultAddress && order.deliveryAddress) {
          throw AppError.badRequest('validation_failed', 'Give one address, not both.', [
            { field: 'deliveryAddress', message: 'not allowed with useDefaultAddress' },
          ]);
        }
        if (!deliveryAddress) {
          throw AppError.unprocessable(
            'default_address_missing',
            order.useDefaultAddress
              ? 'You have no default delivery address; give a deliveryAddress.'
              : 'Give a deliveryAddress or useDefaultAddress: true.',
          );
        }
        // The orders service sees one resolved address; `useDefaultAddress` stays ours.
        const { useDefaultAddress: _useDefault, ...rest } = order;
        const payload: PlaceOrderCommand = {
          idempotencyKey: key!,
          order: { ...rest, deliveryAddress },
          diet: {
            dietaryRestrictions: profile.dietaryRestrictions,
            allergensToAvoid: profile.allergensToAvoid,
          },
        };
        return this.rpc.call<OrderView>(RpcPattern.OrdersPlaceOrder, {
          customerId: auth.customerId,
          payload,
        });
      },
    );
    void reply.status(result.status);
    if (result.replayed) void reply.header('idempotent-replayed', 'true');
    // The new order is what its customer reads next, while following it.
    else this.views.put(result.body as OrderView, startedAt);
    return result.body;
  }

  @Get('orders')
  orders(
    @CurrentCustomer() auth: AuthenticatedCustomer,
    @Query() query: ListOrdersQuery,
  ): Promise<Page<OrderSummaryView>> {
    return this.rpc.call(RpcPattern.OrdersListOrders, {
      customerId: auth.customerId,
      payload: { ...query },
    });
  }

  // Declared before `orders/:id` so "pending" is never taken for an id.
  @Get('orders/pending')
  pending(@CurrentCustomer() auth: AuthenticatedCustomer): Promise<Page<OrderView>> {
    return this.rpc.call(RpcPattern.OrdersListPending, {
      customerId: auth.customerId,
      payload: {},
    });
  }

  /** Served from this process's order views when it has one (see OrderViewCache). */
  @Get('orders/:id')
  async order(
    @CurrentCustomer() auth: AuthenticatedCustomer,
    @Param('id', uuid) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    void reply.type('application/json; charset=utf-8');
    const cached = this.views.get(id, auth.customerId);
    if (cached !== undefined) return cached;
    const startedAt = this.views.now();
    const view = await this.rpc.call<OrderView>(RpcPattern.OrdersGetOrder, {
      customerId: auth.customerId,
      payload: { orderId: id },
    });
    return this.views.put(view, startedAt);
  }

  @Post('orders/:id/cancel')
  @HttpCode(200)
  async cancel(
    @CurrentCustomer() auth: AuthenticatedCustomer,
    @Param('id', uuid) id: string,
    @Body() body: CancelOrderDto,
  ): Promise<OrderView> {
    const startedAt = this.views.now();
    const view = await this.rpc.call<OrderView>(RpcPattern.OrdersCancelOrder, {
      customerId: auth.customerId,
      payload: { orderId: id, ...(body?.reason ? { reason: body.reason } : {}) },
    });
    // Read-your-writes on this replica; the others drop their view when order.cancelled arrives.
    this.views.put(view, startedAt);
    return view;
  }
}
