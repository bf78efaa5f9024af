import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MessagingModule } from '@app/messaging';
import { BaseEnv, PlatformModule, typeOrmOptions } from '@app/platform';
import { InboxConsumer } from './inbox/inbox.consumer';
import { Notification } from './inbox/persistence/notification.entity';
import { ListNotificationsUseCase } from './inbox/use-cases/list-notifications.use-case';
import { NotifyCustomerUseCase } from './inbox/use-cases/notify-customer.use-case';
import { NotificationsSchema1764700000300 } from './migrations/1764700000300-notifications-schema';
import { PushSender } from './push/push-sender';

@Module({})
export class NotificationsAppModule {
  static forRoot(env: BaseEnv): DynamicModule {
    return {
      module: NotificationsAppModule,
      imports: [
        TypeOrmModule.forRoot(
          typeOrmOptions(env, [Notification], [NotificationsSchema1764700000300]),
        ),
        TypeOrmModule.forFeature([Notification]),
        MessagingModule.forRoot({ serviceName: 'notifications', kafka: env }),
        PlatformModule.forRoot(),
      ],
      controllers: [InboxConsumer],
      providers: [PushSender, NotifyCustomerUseCase, ListNotificationsUseCase],
    };
  }
}
