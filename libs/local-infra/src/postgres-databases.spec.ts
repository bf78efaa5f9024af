import { databaseUrlFor } from './postgres-databases';

describe('databaseUrlFor', () => {
  it('swaps only the database name', () => {
    expect(
      databaseUrlFor('postgres://u:p%40ss@127.0.0.1:54329/postgres?sslmode=disable', 'orders'),
    ).toBe('postgres://u:p%40ss@127.0.0.1:54329/orders?sslmode=disable');
  });
});
