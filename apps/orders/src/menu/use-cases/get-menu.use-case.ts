import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppError, MenuView } from '@app/contracts';
import { ORDERS_CONFIG, OrdersConfig } from '../../orders-config';
import { mapMenuItem, mapRestaurant } from '../menu.mapper';
import { MenuItem } from '../persistence/menu-item.entity';
import { Restaurant } from '../persistence/restaurant.entity';

@Injectable()
export class GetMenuUseCase {
  constructor(
    @InjectRepository(Restaurant) private readonly restaurants: Repository<Restaurant>,
    @InjectRepository(MenuItem) private readonly items: Repository<MenuItem>,
    @Inject(ORDERS_CONFIG) private readonly config: OrdersConfig,
  ) {}

  async execute(restaurantId: string): Promise<MenuView> {
    const restaurant = await this.restaurants.findOneBy({ id: restaurantId });
    if (!restaurant) throw AppError.notFound('restaurant_not_found', 'No such restaurant.');
    const items = await this.items.find({
      where: { restaurantId },
      order: { position: 'ASC' },
    });
    const categories = new Map<string, MenuView['categories'][number]>();
    for (const item of items) {
      const category = categories.get(item.category) ?? { name: item.category, items: [] };
      category.items.push(mapMenuItem(item, this.config.currency));
      categories.set(item.category, category);
    }
    return { restaurant: mapRestaurant(restaurant), categories: [...categories.values()] };
  }
}
