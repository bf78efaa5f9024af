import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MessagingModule } from '@app/messaging';
import { BaseEnv, PlatformModule, typeOrmOptions } from '@app/platform';
import { PaymentsSchema1764700000200 } from './migrations/1764700000200-payments-schema';
import { PaymentsConsumer } from './payments/payments.consumer';
import { Payment } from './payments/persistence/payment.entity';
import { OpenPaymentUseCase } from './payments/use-cases/open-payment.use-case';
import { RecordCollectionUseCase } from './payments/use-cases/record-collection.use-case';

@Module({})
export class PaymentsAppModule {
  static forRoot(env: BaseEnv): DynamicModule {
    return {
      module: PaymentsAppModule,
      imports: [
        TypeOrmModule.forRoot(typeOrmOptions(env, [Payment], [PaymentsSchema1764700000200])),
        MessagingModule.forRoot({ serviceName: 'payments', kafka: env }),
        PlatformModule.forRoot(),
      ],
      controllers: [PaymentsConsumer],
      providers: [OpenPaymentUseCase, RecordCollectionUseCase],
    };
  }
}
