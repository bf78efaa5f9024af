import { Provider } from '@nestjs/common';
import { GatewayEnv, THROTTLE_CONFIG, throttleConfigFrom } from '../gateway.env';
import { AuthThrottle } from '../rate-limit/auth-throttle';
import { SignInThrottle } from '../rate-limit/sign-in-throttle';
import { ListSessionsUseCase } from '../sessions/use-cases/list-sessions.use-case';
import { RevokeSessionUseCase } from '../sessions/use-cases/revoke-session.use-case';
import { SignOutUseCase } from '../sessions/use-cases/sign-out.use-case';
import { CustomerViewCache } from './customer-view-cache';
import { ChangePasswordUseCase } from './use-cases/change-password.use-case';
import { GetMeUseCase } from './use-cases/get-me.use-case';
import { UpdateMeUseCase } from './use-cases/update-me.use-case';

/**
 * The accounts, settings and sessions use cases beyond sign-up/in, gathered here so the app
 * module (edited by several features at once) needs one line for them.
 */
export const accountProviders = (env: GatewayEnv): Provider[] => [
  { provide: THROTTLE_CONFIG, useValue: throttleConfigFrom(env) },
  AuthThrottle,
  SignInThrottle,
  CustomerViewCache,
  GetMeUseCase,
  UpdateMeUseCase,
  ChangePasswordUseCase,
  SignOutUseCase,
  ListSessionsUseCase,
  RevokeSessionUseCase,
];
