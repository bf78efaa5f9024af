import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrderStatus } from '@app/contracts';
import { Milestone } from '../domain/order-lifecycle';
import { Order } from './order.entity';

/** When something actually happened to an order, and the status it left the order in. */
@Entity({ name: 'order_milestones' })
export class OrderMilestone {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @ManyToOne(() => Order, (order) => order.milestones, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id' })
  order!: Order;

  @Column({ type: 'varchar', length: 30 })
  milestone!: Milestone;

  @Column({ type: 'varchar', length: 30 })
  status!: OrderStatus;

  @Column({ type: 'timestamptz' })
  at!: Date;
}
