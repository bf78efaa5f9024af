import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { AppError } from '@app/contracts';
import { IS_PUBLIC } from '@app/platform/http/public.decorator';
import { SESSION_STRATEGY } from './session.strategy';

/** Applied globally in the gateway: every route needs a session unless marked @Public(). */
@Injectable()
export class SessionGuard extends AuthGuard(SESSION_STRATEGY) {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic || context.getType() !== 'http') return true;
    return super.canActivate(context);
  }

  override handleRequest<T>(error: unknown, customer: T): T {
    if (error) throw error;
    if (!customer) {
      throw AppError.unauthorized(
        'missing_token',
        'Sign in and send Authorization: Bearer <token>.',
      );
    }
    return customer;
  }
}
