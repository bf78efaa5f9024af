import { FastifyRequest } from 'fastify';
import { ClientInfo } from '../sessions/session-store';

export const clientInfoOf = (request: FastifyRequest): ClientInfo => ({
  userAgent: request.headers['user-agent'],
  ip: request.ip,
});
