/**
 * What the gateway sends on an internal request-reply topic: who asks, and the request.
 * The customer id comes from the verified session, never from the client's body.
 */
export interface RpcRequest<T = unknown> {
  customerId?: string;
  payload: T;
}
