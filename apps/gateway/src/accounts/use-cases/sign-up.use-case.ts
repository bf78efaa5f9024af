import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import { AppError } from '@app/contracts';
import { Outbox } from '@app/messaging';
import { THROTTLE_CONFIG, ThrottleConfig } from '../../gateway.env';
import { AuthThrottle, tooManyAttempts } from '../../rate-limit/auth-throttle';
import { ClientInfo, SessionStore } from '../../sessions/session-store';
import { CustomerView, mapCustomer } from '../customer.mapper';
import { SignUpDto } from '../dto/sign-up.dto';
import { PasswordHasher } from '../password-hasher';
import { Customer } from '../persistence/customer.entity';
import { checkPasswordPolicy } from '../password-policy';

const UNIQUE_VIOLATION = '23505';
const SIGN_UP_WINDOW_SECONDS = 10 * 60;

export interface SignUpResult {
  customer: CustomerView;
  session: { token: string; expiresAt: string };
}

/**
 * Creates the account, its first session and `customer.registered`, all in one transaction.
 * The unique email index, not a prior lookup, decides a race between two sign-ups.
 */
@Injectable()
export class SignUpUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionStore,
    private readonly outbox: Outbox,
    private readonly throttle: AuthThrottle,
    @Inject(THROTTLE_CONFIG) private readonly limits: ThrottleConfig,
  ) {}

  async execute(dto: SignUpDto, client: ClientInfo): Promise<SignUpResult> {
    checkPasswordPolicy(dto.password, 'password', { email: dto.email, name: dto.name });
    // Each sign-up costs an argon2 hash and answers "is this email taken": bounded per IP.
    const exceeded = await this.throttle.hit([
      {
        key: `signup:ip:${client.ip ?? 'unknown'}`,
        limit: this.limits.signUpPerIp,
        windowSeconds: SIGN_UP_WINDOW_SECONDS,
      },
    ]);
    if (exceeded.length > 0) throw tooManyAttempts(exceeded);
    const passwordHash = await this.hasher.hash(dto.password);
    const now = new Date();
    const customer: Customer = {
      id: randomUUID(),
      email: dto.email,
      passwordHash,
      name: dto.name,
      phone: dto.phone ?? null,
      preferredContactChannel: null,
      preferredPaymentMethod: null,
      defaultAddress: null,
      dietaryRestrictions: [],
      allergensToAvoid: [],
      notificationPreferences: {},
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
