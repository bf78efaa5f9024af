import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MenuItem } from '../persistence/menu-item.entity';
import { Restaurant } from '../persistence/restaurant.entity';
import { DEMO_RESTAURANTS } from './demo-data';

export const DEMO_DATA_ENABLED = Symbol('DEMO_DATA_ENABLED');

/** Loads the demo menu once: only into a database that has no restaurants yet. */
@Injectable()
export class DemoDataLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoDataLoader.name);

  constructor(private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // Serialises concurrent first starts of several replicas.
      await manager.query('SELECT pg_advisory_xact_lock(4242)');
      if ((await manager.count(Restaurant)) > 0) return;
      for (const r of DEMO_RESTAURANTS) {
        await manager.insert(Restaurant, {
          id: r.id,
          name: r.name,
          address: r.address,
          lat: r.lat,
          lng: r.lng,
        });
        await manager.insert(
          MenuItem,
          r.items.map((item, position) => ({ ...item, restaurantId: r.id, position })),
        );
      }
      this.logger.log(`loaded demo data: ${DEMO_RESTAURANTS.length} restaurants`);
    });
  }
}
