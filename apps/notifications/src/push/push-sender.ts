import { Injectable, Logger } from '@nestjs/common';

export interface PushMessage {
  customerId: string;
  title: string;
  body: string;
  data: Record<string, string>;
}

/**
 * Without Firebase credentials push goes to the log; the inbox still records everything.
 * The FCM sender (firebase-admin) replaces this when credentials are configured.
 */
@Injectable()
export class PushSender {
  private readonly logger = new Logger('Push');

  async send(message: PushMessage): Promise<void> {
    this.logger.log(`push to customer ${message.customerId}: ${message.title} — ${message.body}`);
  }
}
