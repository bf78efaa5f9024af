import { Controller, Get, Query } from '@nestjs/common';
import { NotificationView, Page, PageQuery, RpcPattern } from '@app/contracts';
import { AuthenticatedCustomer, CurrentCustomer } from '@app/auth';
import { RpcClient } from '@app/messaging';

@Controller('v1/notifications')
export class NotificationsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  list(
    @CurrentCustomer() auth: AuthenticatedCustomer,
    @Query() query: PageQuery,
  ): Promise<Page<NotificationView>> {
    return this.rpc.call(RpcPattern.NotificationsList, {
      customerId: auth.customerId,
      payload: { ...query },
    });
  }
}
