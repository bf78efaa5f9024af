import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '@app/contracts';
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

/** Same answer and similar time whether the email exists or not. */
@Injectable()
export class SignInUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionStore,
  ) {}

  async execute(dto: SignInDto, client: ClientInfo): Promise<SignInResult> {
    const customer = await this.dataSource
      .getRepository(Customer)
      .createQueryBuilder('c')
      .addSelect('c.passwordHash')
      .where('c.email = :email', { email: dto.email.trim().toLowerCase() })
      .getOne();
    const ok = await this.hasher.verify(customer?.passwordHash, dto.password);
    if (!customer || !ok) {
      throw AppError.unauthorized('invalid_credentials', 'The email or password is wrong.');
    }
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
