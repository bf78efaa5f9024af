import { FieldError, Problem } from './problem';

/**
 * An expected failure with a stable machine code. Domain and use-case code throws these; the
 * edges (RPC filter, HTTP filter) turn them into problem+json. No framework imports here.
 */
export class AppError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'AppError';
  }

  static badRequest(code: string, detail: string, errors?: FieldError[]): AppError {
    return new AppError({ status: 400, code, title: 'Bad request', detail, errors });
  }

  static unauthorized(code: string, detail: string): AppError {
    return new AppError({ status: 401, code, title: 'Unauthorized', detail });
  }

  static notFound(code: string, detail: string): AppError {
    return new AppError({ status: 404, code, title: 'Not found', detail });
  }

  static conflict(code: string, detail: string, extra: Record<string, unknown> = {}): AppError {
    return new AppError({ status: 409, code, title: 'Conflict', detail, ...extra });
  }

  static unprocessable(
    code: string,
    detail: string,
    extra: Record<string, unknown> = {},
  ): AppError {
    return new AppError({ status: 422, code, title: 'Unprocessable request', detail, ...extra });
  }
}
