import { Customer } from './persistence/customer.entity';

export interface CustomerView {
  id: string;
  email: string;
  name: string;
  phone: string | null;
  createdAt: string;
}

export const mapCustomer = (c: Customer): CustomerView => ({
  id: c.id,
  email: c.email,
  name: c.name,
  phone: c.phone,
  createdAt: c.createdAt.toISOString(),
});
