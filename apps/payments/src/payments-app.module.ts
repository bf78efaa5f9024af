import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MessagingModule } from '@app/messaging';
import { BaseEnv, PlatformModule, typeOrmOptions } from '@app/platform';
import { PaymentsSchema1764700000200 } from './migrations/1764700000200-payments-schema';
import { EarlyCollections1764900000000 } from './migrations/1764900000000-early-collections';
import { PaymentsConsumer } from './payments/payments.consumer';
import { EarlyCollection } from './payments/persistence/early-collection.entity';
import { Payment } from './payments/persistence/payment.entity';
import { OpenPaymentUseCase } from './payments/use-cases/open-payment.use-case';
import { RecordCollectionUseCase } from './payments/use-cases/record-collection.use-case';
import { SettleCollectionUseCase } from './payments/use-cases/settle-collection.use-case';

@Module({})
export class PaymentsAppModule {
  static forRoot(env: BaseEnv): DynamicModule {
    return {
      module: PaymentsAppModule,
      imports: [
        TypeOrmModule.forRoot(
          typeOrmOptions(
            env,
            [Payment, EarlyCollection],
            [PaymentsSchema1764700000200, EarlyCollections1764900000000],
          ),
        ),
        MessagingModule.forRoot({ serviceName: 'payments', kafka: env }),
        PlatformModule.forRoot(),
      ],
      controllers: [PaymentsConsumer],
      providers: [OpenPaymentUseCase, RecordCollectionUseCase, SettleCollectionUseCase],
    };
  }
}
