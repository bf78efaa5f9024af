import { DynamicModule, Global, Module, Type } from '@nestjs/common';
import { APP_FILTER, APP_PIPE, ModuleRef } from '@nestjs/core';
import { KafkaReadiness } from '@app/messaging';
import { DatabaseReadiness } from './health/database-readiness';
import { HealthController } from './health/health.controller';
import { READINESS_CHECKS, ReadinessCheck } from './health/readiness';
import { ProblemFilter } from './http/problem.filter';
import { createValidationPipe } from './http/validation.pipe';
import { MetricsController } from './metrics/metrics.controller';

export interface PlatformOptions {
  /** Checks beyond the database and Kafka that must pass before the app takes traffic. */
  readiness?: Type<ReadinessCheck>[];
}

/** Health, metrics, problem+json errors and validation for every app. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions = {}): DynamicModule {
    const extra = options.readiness ?? [];
    return {
      module: PlatformModule,
      controllers: [HealthController, MetricsController],
      providers: [
        DatabaseReadiness,
        {
          provide: READINESS_CHECKS,
          // The app's own checks live in the app's module, out of this module's reach.
          useFactory: (moduleRef: ModuleRef, db: DatabaseReadiness, kafka: KafkaReadiness) => [
            db,
            kafka,
            ...extra.map((cls) => lazyCheck(moduleRef, cls)),
          ],
          inject: [ModuleRef, DatabaseReadiness, KafkaReadiness],
        },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
    };
  }
}

function lazyCheck(moduleRef: ModuleRef, cls: Type<ReadinessCheck>): ReadinessCheck {
  let resolved: ReadinessCheck | undefined;
  return {
    name: cls.name,
    check: () => {
      const check: ReadinessCheck = resolved ?? moduleRef.get(cls, { strict: false });
      resolved = check;
      return check.check();
    },
  };
}
