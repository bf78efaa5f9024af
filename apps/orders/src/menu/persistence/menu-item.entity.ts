import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { OptionGroup, RecipeLine } from '../domain/menu-item';

@Entity({ name: 'menu_items' })
@Index(['restaurantId'])
export class MenuItem {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'restaurant_id', type: 'uuid' })
  restaurantId!: string;

  @Column({ type: 'varchar', length: 100 })
  category!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ name: 'price_minor', type: 'integer' })
  priceMinor!: number;

  @Column({ type: 'boolean', default: true })
  available!: boolean;

  @Column({ name: 'preparation_minutes', type: 'integer' })
  preparationMinutes!: number;

  @Column({ name: 'dietary_tags', type: 'text', array: true, default: '{}' })
  dietaryTags!: string[];

  @Column({ type: 'text', array: true, default: '{}' })
  allergens!: string[];

  @Column({ type: 'integer', default: 0 })
  position!: number;

  @Column({ name: 'image_url', type: 'text', nullable: true })
  imageUrl!: string | null;

  @Column({ name: 'option_groups', type: 'jsonb' })
  optionGroups!: OptionGroup[];

  /** One portion of the base item; options add or remove through their recipe deltas. */
  @Column({ type: 'jsonb' })
  recipe!: RecipeLine[];

  /** Removed from the catalog: hidden, but kept so old orders and stale events still resolve. */
  @Column({ type: 'boolean', default: false })
  removed!: boolean;

  @Column({ name: 'catalog_at', type: 'timestamptz', nullable: true })
  catalogAt!: Date | null;
}
