import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import { AppError } from '@app/contracts';
import { Outbox } from '@app/messaging';
import { ClientInfo, SessionStore } from '../../sessions/session-store';
import { CustomerView, mapCustomer } from '../customer.mapper';
import { SignUpDto } from '../dto/sign-up.dto';
import { PasswordHasher } from '../password-hasher';
import { Customer } from '../persistence/customer.entity';
import { checkPasswordPolicy } from '../password-policy';

const UNIQUE_VIOLATION = '23505';

export interface SignUpResult {
  customer: CustomerView;
  session: { token: string; expiresAt: string };
}

/** Creates the account, its first session and `customer.registered`, all in one transaction. */
@Injectable()
export class SignUpUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionStore,
    private readonly outbox: Outbox,
  ) {}

  async execute(dto: SignUpDto, client: ClientInfo): Promise<SignUpResult> {
    checkPasswordPolicy(dto.password);
    const passwordHash = await this.hasher.hash(dto.password);
    const now = new Date();
    const customer: Customer = {
      id: randomUUID(),
      email: dto.email.trim().toLowerCase(),
      passwordHash,
      name: dto.name,
      phone: dto.phone ?? null,
      createdAt: now,
      updatedAt: now,
    };
    try {
      const session = await this.dataSource.transaction(async (manager) => {
        await manager.insert(Customer, customer);
        await this.outbox.add(manager, 'customer.registered', customer.id, {
          customerId: customer.id,
          email: customer.email,
          name: customer.name,
          ...(customer.phone ? { phone: customer.phone } : {}),
          at: now.toISOString(),
        });
        return this.sessions.issue(manager, customer.id, client);
      });
      this.outbox.flushSoon();
      return {
        customer: mapCustomer(customer),
        session: { token: session.token, expiresAt: session.expiresAt.toISOString() },
      };
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error as { code?: string }).code === UNIQUE_VIOLATION
      ) {
        throw AppError.conflict('email_taken', 'An account with this email already exists.');
      }
      throw error;
    }
  }
}
