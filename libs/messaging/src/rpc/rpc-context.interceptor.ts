import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { KafkaContext } from '@nestjs/microservices';
import { Observable } from 'rxjs';
import { Header } from '@app/contracts';
import { runWithRequestId } from '../context/request-context';

/** Runs every Kafka handler inside the request id that came with the message. */
@Injectable()
export class RpcContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'rpc') return next.handle();
    const kafka = context.switchToRpc().getContext<KafkaContext>();
    const headers = kafka.getMessage?.().headers ?? {};
    const requestId = headers[Header.RequestId];
    return new Observable((subscriber) =>
      runWithRequestId(requestId ? String(requestId) : undefined, () =>
        next.handle().subscribe(subscriber),
      ),
    );
  }
}
