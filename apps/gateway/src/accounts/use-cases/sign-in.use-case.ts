import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '@app/contracts';
import { tooManyAttempts } from '../../rate-limit/auth-throttle';
import { SignInThrottle } from '../../rate-limit/sign-in-throttle';
import { ClientInfo, SessionStore } from '../../sessions/session-store';
import { CustomerView, mapCustomer } from '../customer.mapper';
import { SignInDto } from '../dto/sign-up.dto';
import { PasswordHasher } from '../password-hasher';
import { Customer } from '../persistence/customer.entity';

export interface SignInResult {
  token: string;
  expiresAt: string;
  customer: CustomerView;
}

const invalidCredentials = () =>
  AppError.unauthorized('invalid_credentials', 'The email or password is wrong.');

/**
 * Same answer and similar time whether the email exists or not: a missing account still costs
 * one argon2 verification (against a dummy hash), and the throttle counts unknown emails too.
 */
@Injectable()
export class SignInUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionStore,
    private readonly throttle: SignInThrottle,
  ) {}

  async execute(dto: SignInDto, client: ClientInfo): Promise<SignInResult> {
    const attempt = { email: dto.email, ip: client.ip ?? 'unknown' };
    const gate = await this.throttle.enter(attempt);
    const customer = await this.dataSource
      .getRepository(Customer)
      .createQueryBuilder('c')
      .addSelect('c.passwordHash')
      .where('c.email = :email', { email: dto.email })
      .getOne();
    if (gate.accountWide) {
      // Others are guessing this account: only a device it was used from before goes on.
      const known = customer ? await this.sessions.hasSignedInFrom(customer.id, attempt.ip) : false;
      if (!known) throw tooManyAttempts([gate.accountWide]);
    }
    const ok = await this.hasher.verify(customer?.passwordHash, dto.password);
    if (!customer || !ok) throw invalidCredentials();
    await this.throttle.succeeded(attempt);
    const session = await this.dataSource.transaction((m) =>
      this.sessions.issue(m, customer.id, client),
    );
    return {
      token: session.token,
      expiresAt: session.expiresAt.toISOString(),
      customer: mapCustomer(customer),
    };
  }
}
