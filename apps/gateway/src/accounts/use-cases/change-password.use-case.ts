import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '@app/contracts';
import { AuthenticatedCustomer } from '@app/auth';
import { Outbox } from '@app/messaging';
import { AuthThrottle, tooManyAttempts } from '../../rate-limit/auth-throttle';
import { SessionStore } from '../../sessions/session-store';
import { CustomerViewCache } from '../customer-view-cache';
import { ChangePasswordDto } from '../dto/update-me.dto';
import { PasswordHasher } from '../password-hasher';
import { Customer } from '../persistence/customer.entity';
import { checkPasswordPolicy } from '../password-policy';

const ATTEMPTS = 5;
const WINDOW_SECONDS = 15 * 60;

/**
 * Proves the current password, stores the new hash and signs every other device out, in one
 * transaction. Attempts are throttled per account, so a stolen session cannot be used to
 * guess the password.
 */
@Injectable()
export class ChangePasswordUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionStore,
    private readonly throttle: AuthThrottle,
    private readonly outbox: Outbox,
    private readonly views: CustomerViewCache,
  ) {}

  async execute(auth: AuthenticatedCustomer, dto: ChangePasswordDto): Promise<void> {
    const key = `password:acct:${auth.customerId}`;
    const exceeded = await this.throttle.hit([
      { key, limit: ATTEMPTS, windowSeconds: WINDOW_SECONDS },
    ]);
    if (exceeded.length > 0) throw tooManyAttempts(exceeded);
    const customer = await this.dataSource
      .getRepository(Customer)
      .createQueryBuilder('c')
      .addSelect('c.passwordHash')
      .where('c.id = :id', { id: auth.customerId })
      .getOne();
    if (!customer) throw AppError.unauthorized('invalid_token', 'The account no longer exists.');
    if (!(await this.hasher.verify(customer.passwordHash, dto.currentPassword))) {
      throw new AppError({
        status: 403,
        code: 'wrong_password',
        title: 'Forbidden',
        detail: 'The current password is wrong.',
        errors: [{ field: 'currentPassword', message: 'currentPassword is wrong' }],
      });
    }
    checkPasswordPolicy(dto.newPassword, 'newPassword', {
      email: customer.email,
      name: customer.name,
    });
    if (dto.newPassword === dto.currentPassword) {
      throw AppError.badRequest('password_unchanged', 'The new password is the current one.', [
        { field: 'newPassword', message: 'newPassword must differ from currentPassword' },
      ]);
    }
    const passwordHash = await this.hasher.hash(dto.newPassword);
    const now = new Date();
    await this.dataSource.transaction(async (manager) => {
      await manager.update(Customer, { id: customer.id }, { passwordHash, updatedAt: now });
      await this.sessions.revokeOthers(manager, customer.id, auth.sessionId);
      await this.outbox.add(manager, 'customer.updated', customer.id, {
        customerId: customer.id,
        changed: ['password'],
        at: now.toISOString(),
      });
    });
    this.sessions.forgetOthers(customer.id, auth.sessionId);
    this.views.forget(customer.id);
    this.outbox.flushSoon();
    await this.throttle.reset([key]);
  }
}
