import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SESSION_VERIFIER, SessionGuard, SessionStrategy } from '@app/auth';
import { MessagingModule, RPC_CLIENT_OPTIONS, RpcClient, RpcClientOptions } from '@app/messaging';
import { PlatformModule, typeOrmOptions } from '@app/platform';
import { accountProviders } from './accounts/accounts.providers';
import { AuthController } from './accounts/auth.controller';
import { MeController } from './accounts/me.controller';
import { OrderingProfiles } from './accounts/ordering-profile';
import { PasswordHasher } from './accounts/password-hasher';
import { Customer } from './accounts/persistence/customer.entity';
import { SignInUseCase } from './accounts/use-cases/sign-in.use-case';
import { SignUpUseCase } from './accounts/use-cases/sign-up.use-case';
import { GatewayEnv, SESSION_CONFIG, sessionConfigFrom } from './gateway.env';
import { IdempotencyService } from './idempotency/idempotency.service';
import { IdempotencyRecord } from './idempotency/persistence/idempotency-record.entity';
import { NotificationsController } from './inbox/notifications.controller';
import { GatewaySchema1764700000400 } from './migrations/1764700000400-gateway-schema';
import { AccountsSettings1764701000000 } from './migrations/1764701000000-accounts-settings';
import { OrderingController } from './ordering/ordering.controller';
import { RpcReadiness } from './rpc-readiness';
import { Session } from './sessions/persistence/session.entity';
import { SessionStore } from './sessions/session-store';
import { SessionsController } from './sessions/sessions.controller';
import { OrderStreamReadiness } from './tracking/order-stream.readiness';
import { TrackingModule } from './tracking/tracking.module';
import { OrderStreamEvents1764702000000 } from './migrations/1764702000000-order-stream-events';

const ENTITIES = [Customer, Session, IdempotencyRecord];

@Module({})
export class GatewayAppModule {
  static forRoot(env: GatewayEnv): DynamicModule {
    const rpcOptions: RpcClientOptions = {
      kafka: env,
      clientId: 'gateway-rpc',
      groupId: env.KAFKA_GROUP_ID ?? 'customerbackend-gateway',
      timeoutMs: env.RPC_TIMEOUT_MS ?? 5000,
    };
    return {
      module: GatewayAppModule,
      imports: [
        TypeOrmModule.forRoot(
          typeOrmOptions(env, ENTITIES, [
            GatewaySchema1764700000400,
            AccountsSettings1764701000000,
            OrderStreamEvents1764702000000,
          ]),
        ),
        TypeOrmModule.forFeature(ENTITIES),
        MessagingModule.forRoot({ serviceName: 'gateway', kafka: env }),
        PlatformModule.forRoot({ readiness: [RpcReadiness, OrderStreamReadiness] }),
        PassportModule,
        TrackingModule.forRoot({
          kafka: env,
          groupId: rpcOptions.groupId,
          rpcTimeoutMs: rpcOptions.timeoutMs,
        }),
      ],
      controllers: [
        AuthController,
        MeController,
        SessionsController,
        OrderingController,
        NotificationsController,
      ],
      providers: [
        { provide: SESSION_CONFIG, useValue: sessionConfigFrom(env) },
        { provide: RPC_CLIENT_OPTIONS, useValue: rpcOptions },
        RpcClient,
        RpcReadiness,
        SessionStore,
        { provide: SESSION_VERIFIER, useExisting: SessionStore },
        SessionStrategy,
        { provide: APP_GUARD, useClass: SessionGuard },
        PasswordHasher,
        OrderingProfiles,
        SignUpUseCase,
        SignInUseCase,
        ...accountProviders(env),
        IdempotencyService,
      ],
    };
  }
}
