// Declarations the AsyncAPI check (asyncapi.spec.ts) needs: js-yaml ships no types, and
// class-transformer types its metadata storage only under types/, not the CommonJS path.
declare module 'js-yaml' {
  export function load(text: string): unknown;
}
declare module 'class-transformer/cjs/storage' {
  export { defaultMetadataStorage } from 'class-transformer/types/storage';
}
