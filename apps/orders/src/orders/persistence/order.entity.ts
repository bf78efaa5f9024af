import { Column, Entity, Index, OneToMany, PrimaryColumn } from 'typeorm';
import { CancelReason, DeliveryAddress, OrderStatus, PaymentMethod } from '@app/contracts';
import { OrderLine } from './order-line.entity';
import { OrderMilestone } from './order-milestone.entity';

@Entity({ name: 'orders' })
@Index(['customerId', 'placedAt'])
@Index(['customerId', 'idempotencyKey'], { unique: true })
export class Order {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  /** The gateway's Idempotency-Key: a retried placement finds this order instead of a twin. */
  @Column({ name: 'idempotency_key', type: 'varchar', length: 200 })
  idempotencyKey!: string;

  @Column({ name: 'restaurant_id', type: 'uuid' })
  restaurantId!: string;

  @Column({ type: 'varchar', length: 30 })
  status!: OrderStatus;

  @Column({ name: 'payment_method', type: 'varchar', length: 30 })
  paymentMethod!: PaymentMethod;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ name: 'subtotal_minor', type: 'integer' })
  subtotalMinor!: number;

  @Column({ name: 'delivery_fee_minor', type: 'integer' })
  deliveryFeeMinor!: number;

  @Column({ name: 'tip_minor', type: 'integer' })
  tipMinor!: number;

  @Column({ name: 'total_minor', type: 'integer' })
  totalMinor!: number;

  @Column({ name: 'delivery_address', type: 'jsonb' })
  deliveryAddress!: DeliveryAddress;

  @Column({ name: 'special_requests', type: 'text', nullable: true })
  specialRequests!: string | null;

  @Column({ name: 'deliver_at', type: 'timestamptz', nullable: true })
  deliverAt!: Date | null;

  @Column({ name: 'placed_at', type: 'timestamptz' })
  placedAt!: Date;

  @Column({ name: 'courier_location', type: 'jsonb', nullable: true })
  courierLocation!: { lat: number; lng: number; at: string } | null;

  @Column({ name: 'estimated_ready_at', type: 'timestamptz', nullable: true })
  estimatedReadyAt!: Date | null;

  @Column({ name: 'estimated_delivery_at', type: 'timestamptz', nullable: true })
  estimatedDeliveryAt!: Date | null;

  /** Durations the estimates were built from; null on orders placed before they were kept. */
  @Column({ name: 'preparation_minutes', type: 'integer', nullable: true })
  preparationMinutes!: number | null;

  @Column({ name: 'travel_minutes', type: 'integer', nullable: true })
  travelMinutes!: number | null;

  /** Set while an online payment is awaited; past it the order expires (payment_expired). */
  @Column({ name: 'payment_due_at', type: 'timestamptz', nullable: true })
  paymentDueAt!: Date | null;

  @Column({ name: 'cancel_reason', type: 'varchar', length: 30, nullable: true })
  cancelReason!: CancelReason | null;

  /** The warehouse began picking ingredients: an internal mark that ends cancellability. */
  @Column({ name: 'warehouse_started_at', type: 'timestamptz', nullable: true })
  warehouseStartedAt!: Date | null;

  @OneToMany(() => OrderLine, (line) => line.order, { cascade: ['insert'] })
  lines!: OrderLine[];

  @OneToMany(() => OrderMilestone, (m) => m.order, { cascade: ['insert'] })
  milestones!: OrderMilestone[];
}
