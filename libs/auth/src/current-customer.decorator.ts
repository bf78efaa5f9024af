import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { AuthenticatedCustomer } from './authenticated-customer';

export const CurrentCustomer = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): AuthenticatedCustomer =>
    ctx.switchToHttp().getRequest<{ user: AuthenticatedCustomer }>().user,
);
