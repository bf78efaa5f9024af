import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { throwError } from 'rxjs';
import { AppError, Problem } from '@app/contracts';
import { currentRequestId } from '@app/messaging/context/request-context';

const CODES_BY_STATUS: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
};

/**
 * The one place where failures become RFC 9457 problems: over HTTP as
 * `application/problem+json`, over Kafka request-reply as the reply's error. Unexpected errors
 * are logged with their stack here and leave as a bare 500.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost) {
    const problem = this.toProblem(exception);
    if (host.getType() !== 'http') return throwError(() => problem);
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const { status, code, title, ...rest } = problem;
    const headers =
      typeof rest.headers === 'object' ? (rest.headers as Record<string, string>) : {};
    delete rest.headers;
    void reply
      .status(status)
      .headers(headers)
      .type('application/problem+json')
      .send({
        type: `/problems/${code}`,
        title,
        status,
        code,
        ...rest,
        instance: request.url,
        requestId: currentRequestId(),
      });
  }

  private toProblem(exception: unknown): Problem {
    if (exception instanceof AppError) return exception.problem;
    const status = httpStatusOf(exception);
    if (status !== undefined && status < 500) {
      const message = exception instanceof Error ? exception.message : 'Request rejected';
      return {
        status,
        code: CODES_BY_STATUS[status] ?? 'bad_request',
        title: titleOf(status),
        detail: message,
      };
    }
    this.logger.error(
      `unhandled error: ${exception instanceof Error ? exception.stack : String(exception)}`,
    );
    return { status: 500, code: 'internal_error', title: 'Internal server error' };
  }
}

/** Nest's HttpException, or a Fastify error (bad JSON, body too large) carrying statusCode. */
function httpStatusOf(exception: unknown): number | undefined {
  if (exception instanceof HttpException) return exception.getStatus();
  const statusCode = (exception as { statusCode?: unknown })?.statusCode;
  return typeof statusCode === 'number' ? statusCode : undefined;
}

function titleOf(status: number): string {
  const titles: Record<number, string> = {
    400: 'Bad request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not found',
    405: 'Method not allowed',
    413: 'Payload too large',
    415: 'Unsupported media type',
    429: 'Too many requests',
  };
  return titles[status] ?? 'Request rejected';
}
