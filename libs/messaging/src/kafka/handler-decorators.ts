import { EventPattern, MessagePattern, Transport } from '@nestjs/microservices';
import { RpcPattern } from '@app/contracts';

/**
 * The transport id of an app's request-reply consumer. Request-reply and events are read by
 * two consumers: with one broker, kafkajs fetches again only when every batch of the last
 * fetch is done, so in one consumer a slow or retrying event handler would hold up every
 * request, and a burst of placements every kitchen event.
 */
export const RPC_TRANSPORT = Symbol('kafka-request-reply');

/** Answers one request-reply action; read by the app's request-reply consumer only. */
export const HandlesRequest = (pattern: RpcPattern): MethodDecorator =>
  MessagePattern(pattern, RPC_TRANSPORT);

/**
 * Handles one topic's events; read by the app's event consumer only. (A bare @EventPattern
 * would bind to both consumers, and each would read the topic.)
 */
export const HandlesEvents = (topic: string): MethodDecorator =>
  EventPattern(topic, Transport.KAFKA);
