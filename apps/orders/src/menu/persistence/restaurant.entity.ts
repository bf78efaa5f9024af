import { Column, Entity, PrimaryColumn } from 'typeorm';
import { OpeningHours } from '../../orders/domain/schedule';

@Entity({ name: 'restaurants' })
export class Restaurant {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 300 })
  address!: string;

  @Column({ type: 'double precision' })
  lat!: number;

  @Column({ type: 'double precision' })
  lng!: number;

  @Column({ name: 'rating_sum', type: 'integer', default: 0 })
  ratingSum!: number;

  @Column({ name: 'rating_count', type: 'integer', default: 0 })
  ratingCount!: number;

  @Column({ name: 'opening_hours', type: 'jsonb' })
  openingHours!: OpeningHours;

  /** Time of the catalog event this row reflects; older events are ignored. */
  @Column({ name: 'catalog_at', type: 'timestamptz', nullable: true })
  catalogAt!: Date | null;
}
