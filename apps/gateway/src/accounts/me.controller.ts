import { Controller, Get } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppError } from '@app/contracts';
import { AuthenticatedCustomer, CurrentCustomer } from '@app/auth';
import { mapCustomer } from './customer.mapper';
import { Customer } from './persistence/customer.entity';

@Controller('v1/me')
export class MeController {
  constructor(@InjectRepository(Customer) private readonly customers: Repository<Customer>) {}

  @Get()
  async me(@CurrentCustomer() auth: AuthenticatedCustomer) {
    const customer = await this.customers.findOneBy({ id: auth.customerId });
    if (!customer) throw AppError.unauthorized('invalid_token', 'The account no longer exists.');
    return mapCustomer(customer);
  }
}
