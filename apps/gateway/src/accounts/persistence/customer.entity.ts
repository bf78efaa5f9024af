import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Allergen, DeliveryAddress, DietaryTag, PaymentMethod } from '@app/contracts';
import { ContactChannel, NotificationPreferences } from '../domain/settings-vocabulary';

@Entity({ name: 'customers' })
export class Customer {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** Stored trimmed and lower-cased; unique, so emails compare case-insensitively. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email!: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 200, select: false })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /** E.164. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone!: string | null;

  @Column({ name: 'preferred_contact_channel', type: 'varchar', length: 20, nullable: true })
  preferredContactChannel!: ContactChannel | null;

  @Column({ name: 'preferred_payment_method', type: 'varchar', length: 30, nullable: true })
  preferredPaymentMethod!: PaymentMethod | null;

  @Column({ name: 'default_address', type: 'jsonb', nullable: true })
  defaultAddress!: DeliveryAddress | null;

  @Column({ name: 'dietary_restrictions', type: 'text', array: true, default: '{}' })
  dietaryRestrictions!: DietaryTag[];

  @Column({ name: 'allergens_to_avoid', type: 'text', array: true, default: '{}' })
  allergensToAvoid!: Allergen[];

  @Column({ name: 'notification_preferences', type: 'jsonb', default: {} })
  notificationPreferences!: NotificationPreferences;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
