// The AsyncAPI check (asyncapi.spec.ts) reads class-transformer's metadata storage, which is
// typed only under types/, not at the CommonJS path it is loaded from.
declare module 'class-transformer/cjs/storage' {
  export { defaultMetadataStorage } from 'class-transformer/types/storage';
}
