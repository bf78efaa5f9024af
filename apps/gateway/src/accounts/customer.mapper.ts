import { Allergen, DeliveryAddress, DietaryTag, PaymentMethod } from '@app/contracts';
import {
  ContactChannel,
  NOTIFICATION_DEFAULTS,
  NotificationPreferences,
} from './domain/settings-vocabulary';
import { definedOnly } from './domain/settings-change';
import { Customer } from './persistence/customer.entity';

export interface CustomerView {
  id: string;
  email: string;
  name: string;
  phone: string | null;
  preferredContactChannel: ContactChannel | null;
  preferredPaymentMethod: PaymentMethod | null;
  defaultAddress: DeliveryAddress | null;
  dietaryRestrictions: DietaryTag[];
  allergensToAvoid: Allergen[];
  notificationPreferences: Required<NotificationPreferences>;
  createdAt: string;
  updatedAt: string;
}

/** Never includes the password hash (it is not even selected by default). */
export const mapCustomer = (c: Customer): CustomerView => ({
  id: c.id,
  email: c.email,
  name: c.name,
  phone: c.phone,
  preferredContactChannel: c.preferredContactChannel ?? null,
  preferredPaymentMethod: c.preferredPaymentMethod ?? null,
  defaultAddress: c.defaultAddress ?? null,
  dietaryRestrictions: c.dietaryRestrictions ?? [],
  allergensToAvoid: c.allergensToAvoid ?? [],
  notificationPreferences: {
    ...NOTIFICATION_DEFAULTS,
    ...definedOnly(c.notificationPreferences ?? {}),
  },
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
});
