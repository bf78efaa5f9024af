import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What one order took from stock, so a cancellation gives back exactly that. */
@Entity({ name: 'order_reservations' })
export class OrderReservation {
  @PrimaryColumn({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @PrimaryColumn({ name: 'ingredient_id', type: 'varchar', length: 100 })
  ingredientId!: string;

  @Column({ name: 'from_warehouse', type: 'integer' })
  fromWarehouse!: number;

  @Column({ name: 'from_store', type: 'integer' })
  fromStore!: number;

  @Column({ name: 'released_at', type: 'timestamptz', nullable: true })
  releasedAt!: Date | null;
}
