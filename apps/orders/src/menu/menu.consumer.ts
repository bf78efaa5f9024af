import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { GetMenuItemQuery, GetMenuQuery, RpcPattern, RpcRequest, validated } from '@app/contracts';
import { IsUUID } from 'class-validator';
import { GetMenuItemUseCase } from './use-cases/get-menu-item.use-case';
import { GetMenuUseCase } from './use-cases/get-menu.use-case';
import { ListRestaurantsUseCase } from './use-cases/list-restaurants.use-case';
import { HandlesRequest } from '@app/messaging';

class GetMenuItemPayload implements GetMenuItemQuery {
  @IsUUID()
  itemId!: string;
}

@Controller()
export class MenuConsumer {
  constructor(
    private readonly listRestaurants: ListRestaurantsUseCase,
    private readonly getMenu: GetMenuUseCase,
    private readonly getMenuItem: GetMenuItemUseCase,
  ) {}

  @HandlesRequest(RpcPattern.OrdersListRestaurants)
  list() {
    return this.listRestaurants.execute();
  }

  @HandlesRequest(RpcPattern.OrdersGetMenu)
  menu(@Payload() request: RpcRequest<GetMenuQuery>) {
    const { restaurantId, ...filter } = validated(GetMenuQuery, request.payload);
    return this.getMenu.execute(restaurantId, filter);
  }

  @HandlesRequest(RpcPattern.OrdersGetMenuItem)
  item(@Payload() request: RpcRequest<GetMenuItemQuery>) {
    return this.getMenuItem.execute(validated(GetMenuItemPayload, request.payload).itemId);
  }
}
