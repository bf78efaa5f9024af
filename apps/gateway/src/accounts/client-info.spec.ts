import { FastifyRequest } from 'fastify';
import { clientIpOf } from './client-info';

const request = (ips: string[] | undefined, ip = '10.0.0.1') =>
  ({ ips, ip, headers: {} }) as unknown as FastifyRequest;

describe('clientIpOf', () => {
  // Fastify lists the socket peer first, then X-Forwarded-For from the right.
  const chain = ['10.0.0.1', '203.0.113.9', '6.6.6.6'];

  it('takes the address the trusted proxy appended, not what the client wrote', () => {
    expect(clientIpOf(request(chain), 1)).toBe('203.0.113.9');
  });

  it('uses the socket peer when no proxy is trusted', () => {
    expect(clientIpOf(request(chain), 0)).toBe('10.0.0.1');
  });

  it('falls back to the furthest address when the chain is shorter than the hops', () => {
    expect(clientIpOf(request(['10.0.0.1']), 2)).toBe('10.0.0.1');
    expect(clientIpOf(request(undefined, '10.0.0.7'), 1)).toBe('10.0.0.7');
  });
});
