import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DeliveryAddress, PaymentMethod } from '@app/contracts';
import { Customer } from './persistence/customer.entity';

/** What placing an order needs to know about the customer, from their settings. */
export interface OrderingProfile {
  defaultAddress: DeliveryAddress | null;
  dietaryRestrictions: string[];
  allergensToAvoid: string[];
  preferredPaymentMethod: PaymentMethod | null;
}

const EMPTY: OrderingProfile = {
  defaultAddress: null,
  dietaryRestrictions: [],
  allergensToAvoid: [],
  preferredPaymentMethod: null,
};

/**
 * Reads the customer's ordering-relevant settings: one primary-key lookup of four columns, on
 * the hot path of placing an order. An unknown customer has an empty profile.
 */
@Injectable()
export class OrderingProfiles {
  constructor(@InjectRepository(Customer) private readonly customers: Repository<Customer>) {}

  async get(customerId: string): Promise<OrderingProfile> {
    const row = await this.customers.findOne({
      where: { id: customerId },
      select: {
        id: true,
        defaultAddress: true,
        dietaryRestrictions: true,
        allergensToAvoid: true,
        preferredPaymentMethod: true,
      },
    });
    if (!row) return { ...EMPTY };
    return {
      defaultAddress: row.defaultAddress,
      dietaryRestrictions: row.dietaryRestrictions,
      allergensToAvoid: row.allergensToAvoid,
      preferredPaymentMethod: row.preferredPaymentMethod,
    };
  }
}
