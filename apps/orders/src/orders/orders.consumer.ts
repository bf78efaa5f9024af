import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Type } from 'class-transformer';
import { IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import {
  AppError,
  GetOrderQuery,
  PlaceOrderCommand,
  PlaceOrderRequest,
  RpcPattern,
  RpcRequest,
  validated,
} from '@app/contracts';
import { GetOrderUseCase } from './use-cases/get-order.use-case';
import { PlaceOrderUseCase } from './use-cases/place-order.use-case';

class PlaceOrderPayload implements PlaceOrderCommand {
  @IsString()
  @Length(1, 200)
  idempotencyKey!: string;

  @ValidateNested()
  @Type(() => PlaceOrderRequest)
  order!: PlaceOrderRequest;
}

class GetOrderPayload implements GetOrderQuery {
  @IsUUID()
  orderId!: string;
}

/** Requests from the gateway. The customer id is the gateway's verified one. */
@Controller()
export class OrdersConsumer {
  constructor(
    private readonly placeOrder: PlaceOrderUseCase,
    private readonly getOrder: GetOrderUseCase,
  ) {}

  @MessagePattern(RpcPattern.OrdersPlaceOrder)
  place(@Payload() request: RpcRequest<PlaceOrderCommand>) {
    return this.placeOrder.execute(
      customerOf(request),
      validated(PlaceOrderPayload, request.payload),
    );
  }

  @MessagePattern(RpcPattern.OrdersGetOrder)
  get(@Payload() request: RpcRequest<GetOrderQuery>) {
    return this.getOrder.execute(
      customerOf(request),
      validated(GetOrderPayload, request.payload).orderId,
    );
  }
}

function customerOf(request: RpcRequest<unknown>): string {
  if (!request?.customerId) throw AppError.unauthorized('missing_customer', 'No customer given.');
  return request.customerId;
}
