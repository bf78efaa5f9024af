import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Ingredient } from '../persistence/ingredient.entity';
import { MenuItem } from '../persistence/menu-item.entity';
import { Restaurant } from '../persistence/restaurant.entity';
import { DEMO_INGREDIENTS, DEMO_RESTAURANTS } from './demo-data';

export const DEMO_DATA_ENABLED = Symbol('DEMO_DATA_ENABLED');

/** Loads the demo menu and stock once: only into a database that has no restaurants yet. */
@Injectable()
export class DemoDataLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoDataLoader.name);

  constructor(private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // Serialises concurrent first starts of several replicas.
      await manager.query('SELECT pg_advisory_xact_lock(4242)');
      if ((await manager.count(Restaurant)) > 0) return;
      await manager.insert(
        Ingredient,
        DEMO_INGREDIENTS.map((i) => ({ ...i, stockAt: null })),
      );
      for (const { items, ...restaurant } of DEMO_RESTAURANTS) {
        await manager.insert(Restaurant, { ...restaurant, catalogAt: null });
        await manager.insert(
          MenuItem,
          items.map((item, position) => ({
            ...item,
            optionGroups: item.optionGroups ?? [],
            imageUrl: `https://images.example.com/menu/${item.id}.jpg`,
            restaurantId: restaurant.id,
            position,
            available: true,
            removed: false,
            catalogAt: null,
          })),
        );
      }
      const items = DEMO_RESTAURANTS.reduce((n, r) => n + r.items.length, 0);
      this.logger.log(
        `loaded demo data: ${DEMO_RESTAURANTS.length} restaurants, ${items} items, ${DEMO_INGREDIENTS.length} ingredients`,
      );
    });
  }
}
