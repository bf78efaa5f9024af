import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { RestaurantView } from '@app/contracts';
import { mapRestaurant } from '../menu.mapper';
import { Restaurant } from '../persistence/restaurant.entity';

@Injectable()
export class ListRestaurantsUseCase {
  constructor(@InjectRepository(Restaurant) private readonly restaurants: Repository<Restaurant>) {}

  async execute(): Promise<{ items: RestaurantView[]; nextCursor: null }> {
    const rows = await this.restaurants.find({ order: { name: 'ASC' } });
    const now = new Date();
    return { items: rows.map((r) => mapRestaurant(r, now)), nextCursor: null };
  }
}
