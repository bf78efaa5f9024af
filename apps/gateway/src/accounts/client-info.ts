import { FastifyRequest } from 'fastify';
import { ClientInfo } from '../sessions/session-store';

/**
 * The client's address as seen by the outermost of `trustedProxyHops` proxies.
 * `request.ips` is [socket peer, ...X-Forwarded-For from the right]; entries further left
 * than the trusted hops were written by the client and are ignored, so throttles keyed on
 * the address cannot be dodged by sending a made-up header. (`request.ip` would take the
 * leftmost entry, which is exactly the one a client controls.)
 */
export function clientIpOf(request: FastifyRequest, trustedProxyHops: number): string | undefined {
  const chain = request.ips && request.ips.length > 0 ? request.ips : [request.ip];
  return chain[Math.min(trustedProxyHops, chain.length - 1)];
}

export const clientInfoOf = (request: FastifyRequest, trustedProxyHops: number): ClientInfo => ({
  userAgent: request.headers['user-agent'],
  ip: clientIpOf(request, trustedProxyHops),
});
