import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { AppError } from './app-error';
import { FieldError } from './problem';

export function fieldErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...fieldErrors(e.children ?? [], field)];
  });
}

/**
 * Turns untrusted plain data into a validated instance of `cls`, rejecting unknown fields.
 * Used wherever input enters a service, so a command is checked whether it came from HTTP
 * or from Kafka.
 */
export function validated<T extends object>(cls: new () => T, plain: unknown): T {
  const instance = plainToInstance(cls, plain ?? {}, { enableImplicitConversion: false });
  const errors = validateSync(instance, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
  });
  if (errors.length > 0) {
    throw AppError.badRequest(
      'validation_failed',
      'The request is not valid.',
      fieldErrors(errors),
    );
  }
  return instance;
}
