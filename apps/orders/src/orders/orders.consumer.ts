import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { Type } from 'class-transformer';
import { IsOptional, IsString, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import {
  AppError,
  CancelOrderCommand,
  DietProfile,
  GetOrderQuery,
  ListOrdersQuery,
  PlaceOrderCommand,
  PlaceOrderRequest,
  RpcPattern,
  RpcRequest,
  validated,
} from '@app/contracts';
import { CancelOrderUseCase } from './use-cases/cancel-order.use-case';
import { GetOrderUseCase } from './use-cases/get-order.use-case';
import { ListOrdersUseCase } from './use-cases/list-orders.use-case';
import { ListPendingOrdersUseCase } from './use-cases/list-pending-orders.use-case';
import { PlaceOrderUseCase } from './use-cases/place-order.use-case';
import { HandlesRequest } from '@app/messaging';

class PlaceOrderPayload implements PlaceOrderCommand {
  @IsString()
  @Length(1, 200)
  idempotencyKey!: string;

  @ValidateNested()
  @Type(() => PlaceOrderRequest)
  order!: PlaceOrderRequest;

  @IsOptional()
  @ValidateNested()
  @Type(() => DietProfile)
  diet?: DietProfile;
}

class GetOrderPayload implements GetOrderQuery {
  @IsUUID()
  orderId!: string;
}

class CancelOrderPayload implements CancelOrderCommand {
  @IsUUID()
  orderId!: string;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

/** Requests from the gateway. The customer id is the gateway's verified one. */
@Controller()
export class OrdersConsumer {
  constructor(
    private readonly placeOrder: PlaceOrderUseCase,
    private readonly getOrder: GetOrderUseCase,
    private readonly listOrders: ListOrdersUseCase,
    private readonly listPending: ListPendingOrdersUseCase,
    private readonly cancelOrder: CancelOrderUseCase,
  ) {}

  @HandlesRequest(RpcPattern.OrdersPlaceOrder)
  place(@Payload() request: RpcRequest<PlaceOrderCommand>) {
    return this.placeOrder.execute(
      customerOf(request),
      validated(PlaceOrderPayload, request.payload),
    );
  }

  @HandlesRequest(RpcPattern.OrdersGetOrder)
  get(@Payload() request: RpcRequest<GetOrderQuery>) {
    return this.getOrder.execute(
      customerOf(request),
      validated(GetOrderPayload, request.payload).orderId,
    );
  }

  @HandlesRequest(RpcPattern.OrdersListOrders)
  list(@Payload() request: RpcRequest<ListOrdersQuery>) {
    return this.listOrders.execute(
      customerOf(request),
      validated(ListOrdersQuery, request.payload),
    );
  }

  @HandlesRequest(RpcPattern.OrdersListPending)
  pending(@Payload() request: RpcRequest<unknown>) {
    return this.listPending.execute(customerOf(request));
  }

  @HandlesRequest(RpcPattern.OrdersCancelOrder)
  cancel(@Payload() request: RpcRequest<CancelOrderCommand>) {
    const command = validated(CancelOrderPayload, request.payload);
    return this.cancelOrder.execute(customerOf(request), command.orderId, command.reason);
  }
}

function customerOf(request: RpcRequest<unknown>): string {
  if (!request?.customerId) throw AppError.unauthorized('missing_customer', 'No customer given.');
  return request.customerId;
}
