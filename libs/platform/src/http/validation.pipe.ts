import { ValidationPipe } from '@nestjs/common';
import { AppError, fieldErrors } from '@app/contracts';

/** Unknown fields are rejected, not ignored; every error names its field. */
export const createValidationPipe = (): ValidationPipe =>
  new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    exceptionFactory: (errors) =>
      AppError.badRequest('validation_failed', 'The request is not valid.', fieldErrors(errors)),
  });
