import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Our copy of the warehouse's stock of one ingredient, less what our orders reserved since. */
@Entity({ name: 'ingredients' })
export class Ingredient {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 10 })
  unit!: string;

  @Column({ name: 'warehouse_quantity', type: 'integer' })
  warehouseQuantity!: number;

  @Column({ name: 'store_quantity', type: 'integer' })
  storeQuantity!: number;

  @Column({ name: 'restock_minutes', type: 'integer', default: 0 })
  restockMinutes!: number;

  /** Time of the warehouse snapshot this row started from; older snapshots are ignored. */
  @Column({ name: 'stock_at', type: 'timestamptz', nullable: true })
  stockAt!: Date | null;
}
