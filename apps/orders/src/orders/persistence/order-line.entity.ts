import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChosenOption } from '../../menu/domain/option-selection';
import { Order } from './order.entity';

@Entity({ name: 'order_lines' })
export class OrderLine {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @ManyToOne(() => Order, (order) => order.lines, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id' })
  order!: Order;

  @Column({ name: 'menu_item_id', type: 'uuid' })
  menuItemId!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'integer' })
  quantity!: number;

  @Column({ name: 'unit_price_minor', type: 'integer' })
  unitPriceMinor!: number;

  @Column({ name: 'line_total_minor', type: 'integer' })
  lineTotalMinor!: number;

  @Column({ type: 'jsonb' })
  options!: ChosenOption[];

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'integer' })
  position!: number;
}
