import { randomUUID } from 'node:crypto';
import { HttpClient } from '@app/testing';

export const TRATTORIA = '6f1c2a10-0000-4000-8000-000000000001';
export const MARGHERITA = '6f1c2a10-0001-4000-8000-000000000001';
export const TIRAMISU = '6f1c2a10-0001-4000-8000-000000000004';

export interface SignedIn {
  token: string;
  customerId: string;
  email: string;
}

export async function signUp(http: HttpClient, name = 'Test Customer'): Promise<SignedIn> {
  const email = `${randomUUID()}@example.test`;
  const res = await http.post('/v1/auth/signup', { email, password: 'a long enough secret', name });
  if (res.status !== 201)
    throw new Error(`signup failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { token: res.body.session.token, customerId: res.body.customer.id, email };
}

export const cashOrder = (overrides: Record<string, unknown> = {}) => ({
  restaurantId: TRATTORIA,
  items: [
    { menuItemId: MARGHERITA, quantity: 2, note: 'extra basil' },
    { menuItemId: TIRAMISU, quantity: 1 },
  ],
  deliveryAddress: { line1: '1 Test Street', city: 'Berlin', lat: 52.51, lng: 13.4 },
  paymentMethod: 'cash',
  tipMinor: 150,
  ...overrides,
});

// Demo data used by the ordering tests (apps/orders/src/menu/demo/demo-data.ts).
export const ROCKET_SALAD = '6f1c2a10-0001-4000-8000-000000000003';
export const GREEN_BOWL = '6f1c2a10-0000-4000-8000-000000000002';
export const LEMONADE = '6f1c2a10-0002-4000-8000-000000000003';
export const SMASH_BURGER = '6f1c2a10-0000-4000-8000-000000000003';
export const CLASSIC_BURGER = '6f1c2a10-0003-4000-8000-000000000001';
