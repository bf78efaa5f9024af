import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { Observable, throwError } from 'rxjs';
import { AppError, Problem } from '@app/contracts';

/**
 * Every failure of an RPC handler leaves the service as a Problem object in the reply, so the
 * gateway can answer with the right status. Unexpected errors are logged here with their stack
 * and leave as a bare 500: no stack trace crosses a service boundary.
 */
@Catch()
export class RpcProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('RpcProblemFilter');

  catch(exception: unknown, _host: ArgumentsHost): Observable<never> {
    return throwError(() => toProblem(exception, this.logger));
  }
}

function toProblem(exception: unknown, logger: Logger): Problem {
  if (exception instanceof AppError) return exception.problem;
  logger.error(
    `unhandled error in RPC handler: ${exception instanceof Error ? exception.stack : String(exception)}`,
  );
  return { status: 500, code: 'internal_error', title: 'Internal server error' };
}
