import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { GetMenuQuery, RpcPattern, RpcRequest, validated } from '@app/contracts';
import { IsUUID } from 'class-validator';
import { GetMenuUseCase } from './use-cases/get-menu.use-case';
import { ListRestaurantsUseCase } from './use-cases/list-restaurants.use-case';

class GetMenuPayload implements GetMenuQuery {
  @IsUUID()
  restaurantId!: string;
}

@Controller()
export class MenuConsumer {
  constructor(
    private readonly listRestaurants: ListRestaurantsUseCase,
    private readonly getMenu: GetMenuUseCase,
  ) {}

  @MessagePattern(RpcPattern.OrdersListRestaurants)
  list() {
    return this.listRestaurants.execute();
  }

  @MessagePattern(RpcPattern.OrdersGetMenu)
  menu(@Payload() request: RpcRequest<GetMenuQuery>) {
    const query = validated(GetMenuPayload, request.payload);
    return this.getMenu.execute(query.restaurantId);
  }
}
