import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import { load } from 'js-yaml';
import { EVENTS, Topic } from '@app/contracts';

interface Schema {
  $ref?: string;
  type?: string;
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
}
interface AsyncApi {
  asyncapi: string;
  channels: Record<string, { address: string; messages: Record<string, { $ref: string }> }>;
  components: {
    messages: Record<string, { name: string; payload: Schema }>;
    schemas: Record<string, Schema>;
  };
}

const doc = load(
  readFileSync(join(__dirname, '..', '..', '..', 'docs', 'asyncapi.yaml'), 'utf8'),
) as AsyncApi;
const deref = (s: Schema): Schema =>
  s.$ref ? deref(doc.components.schemas[s.$ref.split('/').pop()!]) : s;
const refName = (s: Schema): string | undefined => (s.items ?? s).$ref?.split('/').pop();

type Class = new () => object;

/** Validated properties of a contract class, and which of them are optional. */
function contractFields(cls: Class) {
  const metas = getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false);
  const all = new Set(metas.map((m) => m.propertyName));
  const optional = new Set(
    metas
      .filter((m) => m.type === ValidationTypes.CONDITIONAL_VALIDATION)
      .map((m) => m.propertyName),
  );
  const nested = new Map<string, Class>();
  for (const m of metas.filter((m) => m.type === ValidationTypes.NESTED_VALIDATION)) {
    const typeMeta = defaultMetadataStorage.findTypeMetadata(cls, m.propertyName);
    if (typeMeta) nested.set(m.propertyName, typeMeta.typeFunction() as Class);
  }
  return { all, optional, nested };
}

/** The schema documents exactly the class's fields, required where the class requires them. */
function expectSchemaMatches(schema: Schema, cls: Class, path: string): void {
  const { all, optional, nested } = contractFields(cls);
  const s = deref(schema);
  expect({ path, fields: Object.keys(s.properties ?? {}).sort() }).toEqual({
    path,
    fields: [...all].sort(),
  });
  expect({ path, required: [...(s.required ?? [])].sort() }).toEqual({
    path,
    required: [...all].filter((f) => !optional.has(f)).sort(),
  });
  for (const [field, child] of nested) {
    const property = s.properties![field];
    expect({ path: `${path}.${field}`, ref: refName(property) }).toEqual({
      path: `${path}.${field}`,
      ref: child.name,
    });
    expectSchemaMatches(property.items ?? property, child, `${path}.${field}`);
  }
}

describe('docs/asyncapi.yaml', () => {
  const messagesOn = (topic: string) =>
    Object.values(doc.channels)
      .filter((c) => c.address === topic)
      .flatMap((c) => Object.values(c.messages))
      .map((ref) => doc.components.messages[ref.$ref.split('/').pop()!]);

  it('is an AsyncAPI 3 document whose channels are our topics', () => {
    expect(doc.asyncapi).toMatch(/^3\./);
    const topics = Object.values(Topic) as string[];
    for (const channel of Object.values(doc.channels)) expect(topics).toContain(channel.address);
  });

  it('documents every event type on its topic, and nothing else', () => {
    const documented = Object.values(doc.channels).flatMap((c) =>
      messagesOn(c.address).map((m) => `${c.address} ${m.name}`),
    );
    const registered = Object.entries(EVENTS).map(([type, { topic }]) => `${topic} ${type}`);
    expect([...new Set(documented)].sort()).toEqual(registered.sort());
  });

  it.each(Object.entries(EVENTS))('documents the data of %s as its contract class', (type, e) => {
    const message = messagesOn(e.topic).find((m) => m.name === type)!;
    const envelope = deref(message.payload);
    const data = (envelope.allOf ?? [envelope])
      .map(deref)
      .find((part) => part.properties?.data && !part.properties.data.type);
    expect(data).toBeDefined();
    expectSchemaMatches(data!.properties!.data, e.payload as Class, type);
  });
});
