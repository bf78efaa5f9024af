import { randomClusterId } from './kafka-cluster-id';

describe('randomClusterId', () => {
  it('is 22 URL-safe base64 characters that cannot be read as a flag', () => {
    for (let i = 0; i < 200; i++) {
      const id = randomClusterId();
      expect(id).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_-]{21}$/);
    }
  });
});
