import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError, MenuFilter, MenuView } from '@app/contracts';
import { ORDERS_CONFIG, OrdersConfig } from '../../orders-config';
import { isInStock } from '../domain/availability';
import { matchesMenuFilter } from '../domain/menu-filter';
import { mapMenuItem, mapRestaurant } from '../menu.mapper';
import { MenuItem } from '../persistence/menu-item.entity';
import { Restaurant } from '../persistence/restaurant.entity';
import { StockRepository } from '../persistence/stock.repository';

/** A restaurant's menu by category, filtered, with availability from the stock snapshot. */
@Injectable()
export class GetMenuUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly stock: StockRepository,
    @Inject(ORDERS_CONFIG) private readonly config: OrdersConfig,
  ) {}

  async execute(restaurantId: string, filter: MenuFilter = {}): Promise<MenuView> {
    const manager = this.dataSource.manager;
    const restaurant = await manager.findOneBy(Restaurant, { id: restaurantId });
    if (!restaurant) throw AppError.notFound('restaurant_not_found', 'No such restaurant.');
    const items = (
      await manager.find(MenuItem, {
        where: { restaurantId, removed: false },
        order: { position: 'ASC' },
      })
    ).filter((item) => matchesMenuFilter(item, filter));
    const levels = await this.stock.levels(manager, [
      ...new Set(items.flatMap((i) => i.recipe.map((r) => r.ingredientId))),
    ]);
    const categories = new Map<string, MenuView['categories'][number]>();
    for (const item of items) {
      const category = categories.get(item.category) ?? { name: item.category, items: [] };
      category.items.push(mapMenuItem(item, this.config.currency, isInStock(item.recipe, levels)));
      categories.set(item.category, category);
    }
    return {
      restaurant: mapRestaurant(restaurant, new Date()),
      categories: [...categories.values()],
    };
  }
}
