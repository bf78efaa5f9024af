import { Injectable } from '@nestjs/common';
import { AuthenticatedCustomer } from '@app/auth';
import { AppError } from '@app/contracts';
import { SessionStore } from '../session-store';

/** Signs one of the customer's devices out; someone else's session is simply not found. */
@Injectable()
export class RevokeSessionUseCase {
  constructor(private readonly sessions: SessionStore) {}

  async execute(auth: AuthenticatedCustomer, sessionId: string): Promise<void> {
    if (!(await this.sessions.revokeOwned(auth.customerId, sessionId))) {
      throw AppError.notFound('session_not_found', 'No such session.');
    }
  }
}
