import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError, MenuItemView } from '@app/contracts';
import { ORDERS_CONFIG, OrdersConfig } from '../../orders-config';
import { isInStock } from '../domain/availability';
import { mapMenuItem } from '../menu.mapper';
import { MenuItem } from '../persistence/menu-item.entity';
import { StockRepository } from '../persistence/stock.repository';

@Injectable()
export class GetMenuItemUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly stock: StockRepository,
    @Inject(ORDERS_CONFIG) private readonly config: OrdersConfig,
  ) {}

  async execute(itemId: string): Promise<MenuItemView> {
    const manager = this.dataSource.manager;
    const item = await manager.findOneBy(MenuItem, { id: itemId, removed: false });
    if (!item) throw AppError.notFound('menu_item_not_found', 'No such menu item.');
    const levels = await this.stock.levels(
      manager,
      item.recipe.map((r) => r.ingredientId),
    );
    return mapMenuItem(item, this.config.currency, isInStock(item.recipe, levels));
  }
}
