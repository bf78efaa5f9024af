import { MenuItemView, RestaurantView } from '@app/contracts';
import { MenuItem } from './persistence/menu-item.entity';
import { Restaurant } from './persistence/restaurant.entity';

export const mapRestaurant = (r: Restaurant): RestaurantView => ({
  id: r.id,
  name: r.name,
  address: r.address,
  lat: r.lat,
  lng: r.lng,
  ratingAverage: r.ratingCount > 0 ? Math.round((r.ratingSum / r.ratingCount) * 10) / 10 : null,
  ratingCount: r.ratingCount,
});

export const mapMenuItem = (item: MenuItem, currency: string): MenuItemView => ({
  id: item.id,
  restaurantId: item.restaurantId,
  category: item.category,
  name: item.name,
  description: item.description,
  price: { amountMinor: item.priceMinor, currency },
  available: item.available,
  preparationMinutes: item.preparationMinutes,
  dietaryTags: item.dietaryTags,
  allergens: item.allergens,
});
