export * from './authenticated-customer';
export * from './session.strategy';
export * from './session.guard';
export * from './current-customer.decorator';
export { Public } from '@app/platform/http/public.decorator';
