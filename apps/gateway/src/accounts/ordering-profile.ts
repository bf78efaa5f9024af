import { Injectable } from '@nestjs/common';
import { DeliveryAddress, PaymentMethod } from '@app/contracts';

/** What placing an order needs to know about the customer, from their settings. */
export interface OrderingProfile {
  defaultAddress: DeliveryAddress | null;
  dietaryRestrictions: string[];
  allergensToAvoid: string[];
  preferredPaymentMethod: PaymentMethod | null;
}

/**
 * Reads the customer's ordering-relevant settings. Settings are not stored yet (the accounts
 * work adds them), so every customer has an empty profile for now.
 */
@Injectable()
export class OrderingProfiles {
  async get(_customerId: string): Promise<OrderingProfile> {
    return {
      defaultAddress: null,
      dietaryRestrictions: [],
      allergensToAvoid: [],
      preferredPaymentMethod: null,
    };
  }
}
