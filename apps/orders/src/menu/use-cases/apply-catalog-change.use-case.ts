import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  CatalogItemRemovedData,
  CatalogItemUpsertedData,
  CatalogRestaurantUpsertedData,
} from '@app/contracts';
import { EventRejected } from '@app/messaging';
import { MenuItem } from '../persistence/menu-item.entity';
import { Restaurant } from '../persistence/restaurant.entity';

/** Is `at` older than what the row already reflects? Then the event is a stale replay. */
const stale = (current: Date | null | undefined, at: Date) => !!current && current > at;

/**
 * Keeps our copy of the catalog current. Each event carries the whole restaurant or item, so
 * applying the newest one is enough; an older one arriving late changes nothing.
 */
@Injectable()
export class ApplyCatalogChangeUseCase {
  async upsertRestaurant(manager: EntityManager, d: CatalogRestaurantUpsertedData): Promise<void> {
    const at = new Date(d.at);
    const current = await manager.findOne(Restaurant, {
      where: { id: d.restaurantId },
      lock: { mode: 'pessimistic_write' },
    });
    if (stale(current?.catalogAt, at)) return;
    const fields = {
      name: d.name,
      address: d.address,
      lat: d.lat,
      lng: d.lng,
      openingHours: {
        timeZone: d.openingHours.timeZone,
        opens: d.openingHours.opens,
        closes: d.openingHours.closes,
      },
      catalogAt: at,
    };
    if (current) await manager.update(Restaurant, { id: d.restaurantId }, fields);
    else await manager.insert(Restaurant, { id: d.restaurantId, ...fields });
  }

  async upsertItem(manager: EntityManager, d: CatalogItemUpsertedData): Promise<void> {
    if (!(await manager.existsBy(Restaurant, { id: d.restaurantId }))) {
      throw new EventRejected(`item ${d.itemId} of unknown restaurant ${d.restaurantId}`);
    }
    const at = new Date(d.at);
    const current = await manager.findOne(MenuItem, {
      where: { id: d.itemId },
      lock: { mode: 'pessimistic_write' },
    });
    if (current && current.restaurantId !== d.restaurantId) {
      throw new EventRejected(`item ${d.itemId} belongs to another restaurant`);
    }
    if (stale(current?.catalogAt, at)) return;
    const fields = {
      restaurantId: d.restaurantId,
      category: d.category,
      name: d.name,
      description: d.description,
      imageUrl: d.imageUrl ?? null,
      priceMinor: d.priceMinor,
      preparationMinutes: d.preparationMinutes,
      dietaryTags: d.dietaryTags,
      allergens: d.allergens,
      // Plain copies: the validated payload holds class instances TypeORM would not serialise as-is.
      optionGroups: JSON.parse(JSON.stringify(d.optionGroups)) as MenuItem['optionGroups'],
      recipe: d.recipe.map((r) => ({ ingredientId: r.ingredientId, quantity: r.quantity })),
      available: d.available,
      position: d.position,
      removed: false,
      catalogAt: at,
    };
    if (current) await manager.update(MenuItem, { id: d.itemId }, fields);
    else await manager.insert(MenuItem, { id: d.itemId, ...fields });
  }

  async removeItem(manager: EntityManager, d: CatalogItemRemovedData): Promise<void> {
    const at = new Date(d.at);
    const current = await manager.findOne(MenuItem, {
      where: { id: d.itemId, restaurantId: d.restaurantId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!current || stale(current.catalogAt, at)) return;
    await manager.update(MenuItem, { id: d.itemId }, { removed: true, catalogAt: at });
  }
}
