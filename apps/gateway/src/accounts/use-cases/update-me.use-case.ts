import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '@app/contracts';
import { Outbox } from '@app/messaging';
import { CustomerViewCache } from '../customer-view-cache';
import { CustomerView, mapCustomer } from '../customer.mapper';
import { changedFields, definedOnly } from '../domain/settings-change';
import { UpdateMeDto } from '../dto/update-me.dto';
import { Customer } from '../persistence/customer.entity';

type Settings = Pick<
  Customer,
  | 'name'
  | 'phone'
  | 'preferredContactChannel'
  | 'preferredPaymentMethod'
  | 'defaultAddress'
  | 'dietaryRestrictions'
  | 'allergensToAvoid'
  | 'notificationPreferences'
>;

/**
 * Applies a partial settings change and, when something really changed, emits
 * `customer.updated` naming the changed fields (never their values: the event goes to every
 * platform team, settings stay with us).
 */
@Injectable()
export class UpdateMeUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly cache: CustomerViewCache,
  ) {}

  async execute(customerId: string, dto: UpdateMeDto): Promise<CustomerView> {
    const view = await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(Customer, {
        where: { id: customerId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) throw AppError.unauthorized('invalid_token', 'The account no longer exists.');
      const next = this.settingsFrom(dto, current);
      const changed = changedFields<Settings>(current, next);
      if (changed.length === 0) return mapCustomer(current);
      const now = new Date();
      const patch: Partial<Customer> = { updatedAt: now };
      for (const field of changed) Object.assign(patch, { [field]: next[field] });
      await manager.update(Customer, { id: customerId }, patch);
      await this.outbox.add(manager, 'customer.updated', customerId, {
        customerId,
        changed: changed.map(String),
        at: now.toISOString(),
      });
      return mapCustomer({ ...current, ...patch });
    });
    this.outbox.flushSoon();
    // Dropped, not replaced: two racing changes could otherwise leave the older view cached.
    this.cache.forget(customerId);
    return view;
  }

  /** The DTO as stored values: `null` clears, lists are kept in one order, preferences merge. */
  private settingsFrom(dto: UpdateMeDto, current: Customer): Partial<Settings> {
    return {
      name: dto.name,
      phone: dto.phone,
      preferredContactChannel: dto.preferredContactChannel,
      preferredPaymentMethod: dto.preferredPaymentMethod,
      defaultAddress:
        dto.defaultAddress === undefined
          ? undefined
          : dto.defaultAddress && (definedOnly(dto.defaultAddress) as Customer['defaultAddress']),
      dietaryRestrictions: dto.dietaryRestrictions && [...dto.dietaryRestrictions].sort(),
      allergensToAvoid: dto.allergensToAvoid && [...dto.allergensToAvoid].sort(),
      notificationPreferences: dto.notificationPreferences && {
        ...current.notificationPreferences,
        ...definedOnly(dto.notificationPreferences),
      },
    };
  }
}
