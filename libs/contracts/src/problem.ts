/** A field-level validation failure, as it appears in a problem's `errors`. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * An expected failure crossing a service boundary (RPC reply or HTTP response), shaped after
 * RFC 9457. `code` is stable and machine-readable; clients switch on it, never on `title`.
 */
export interface Problem {
  status: number;
  code: string;
  title: string;
  detail?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export const isProblem = (value: unknown): value is Problem =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Problem).status === 'number' &&
  typeof (value as Problem).code === 'string';
