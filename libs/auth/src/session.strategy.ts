import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-http-bearer';
import { AppError } from '@app/contracts';
import { AuthenticatedCustomer, SESSION_VERIFIER, SessionVerifier } from './authenticated-customer';

export const SESSION_STRATEGY = 'session';

/** `Authorization: Bearer <opaque session token>`, checked against the session store. */
@Injectable()
export class SessionStrategy extends PassportStrategy(Strategy, SESSION_STRATEGY) {
  constructor(@Inject(SESSION_VERIFIER) private readonly verifier: SessionVerifier) {
    super();
  }

  async validate(token: string): Promise<AuthenticatedCustomer> {
    const customer = await this.verifier.verify(token);
    if (!customer) {
      throw AppError.unauthorized(
        'invalid_token',
        'The session token is invalid, expired or revoked.',
      );
    }
    return customer;
  }
}
