import { Controller, Get, Query } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { NotificationView, Page, RpcPattern } from '@app/contracts';
import { AuthenticatedCustomer, CurrentCustomer } from '@app/auth';
import { RpcClient } from '@app/messaging';

class PageQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}

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
      payload: { limit: query.limit ?? 20, cursor: query.cursor },
    });
  }
}
