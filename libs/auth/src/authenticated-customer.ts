/** Who a verified session token belongs to; put on the request by the session strategy. */
export interface AuthenticatedCustomer {
  customerId: string;
  sessionId: string;
}

/** The gateway's sessions feature implements this; the strategy only asks it. */
export interface SessionVerifier {
  verify(token: string): Promise<AuthenticatedCustomer | null>;
}

export const SESSION_VERIFIER = Symbol('SESSION_VERIFIER');
