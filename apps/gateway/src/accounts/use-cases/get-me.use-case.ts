import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppError } from '@app/contracts';
import { CustomerViewCache } from '../customer-view-cache';
import { CustomerView, mapCustomer } from '../customer.mapper';
import { Customer } from '../persistence/customer.entity';

@Injectable()
export class GetMeUseCase {
  constructor(
    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
    private readonly cache: CustomerViewCache,
  ) {}

  async execute(customerId: string): Promise<CustomerView> {
    const cached = this.cache.get(customerId);
    if (cached) return cached;
    const customer = await this.customers.findOneBy({ id: customerId });
    // A session outliving its account (deleted by support) is as good as revoked.
    if (!customer) throw AppError.unauthorized('invalid_token', 'The account no longer exists.');
    const view = mapCustomer(customer);
    this.cache.set(view);
    return view;
  }
}
