import { MenuItemView, RestaurantView } from '@app/contracts';
import { isOpenAt } from '../orders/domain/schedule';
import { MenuItem } from './persistence/menu-item.entity';
import { Restaurant } from './persistence/restaurant.entity';

export const mapRestaurant = (r: Restaurant, now: Date): RestaurantView => ({
  id: r.id,
  name: r.name,
  address: r.address,
  lat: r.lat,
  lng: r.lng,
  ratingAverage: r.ratingCount > 0 ? Math.round((r.ratingSum / r.ratingCount) * 10) / 10 : null,
  ratingCount: r.ratingCount,
  openingHours: { ...r.openingHours },
  openNow: isOpenAt(r.openingHours, now),
});

/** `inStock`: whether one portion's ingredients are in the stock snapshot. */
export const mapMenuItem = (item: MenuItem, currency: string, inStock: boolean): MenuItemView => ({
  id: item.id,
  restaurantId: item.restaurantId,
  category: item.category,
  name: item.name,
  description: item.description,
  price: { amountMinor: item.priceMinor, currency },
  available: item.available && inStock,
  preparationMinutes: item.preparationMinutes,
  dietaryTags: item.dietaryTags,
  allergens: item.allergens,
  imageUrl: item.imageUrl,
  optionGroups: item.optionGroups.map((g) => ({
    id: g.id,
    name: g.name,
    kind: g.kind,
    minSelected: g.minSelected,
    maxSelected: g.maxSelected,
    options: g.options.map((o) => ({
      id: o.id,
      name: o.name,
      priceDelta: { amountMinor: o.priceDeltaMinor, currency },
      allergens: o.allergens,
      isDefault: o.isDefault,
    })),
  })),
});
