import { canonicalJson } from './idempotency.service';

describe('canonicalJson', () => {
  it('hashes the same body the same whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
  });

  it('tells different bodies apart', () => {
    expect(canonicalJson({ items: [1, 2] })).not.toBe(canonicalJson({ items: [2, 1] }));
    expect(canonicalJson({ tip: 0 })).not.toBe(canonicalJson({ tip: '0' }));
  });
});
