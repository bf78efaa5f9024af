import { E164, normaliseEmail, normalisePhone } from './identity';

describe('identity normalisation', () => {
  it('trims and lower-cases emails', () => {
    expect(normaliseEmail('  Ada.Lovelace@Example.COM ')).toBe('ada.lovelace@example.com');
  });

  it('drops phone separators and accepts only E.164', () => {
    expect(normalisePhone(' +49 (151) 123-456.78 ')).toBe('+4915112345678');
    expect(E164.test('+4915112345678')).toBe(true);
    expect(E164.test('015112345678')).toBe(false);
    expect(E164.test('+0151123456')).toBe(false);
  });
});
