import { Injectable } from '@nestjs/common';
import { AuthenticatedCustomer } from '@app/auth';
import { SessionStore } from '../session-store';

/** Revokes the session the request was made with. */
@Injectable()
export class SignOutUseCase {
  constructor(private readonly sessions: SessionStore) {}

  execute(auth: AuthenticatedCustomer): Promise<void> {
    return this.sessions.revoke(auth.sessionId);
  }
}
