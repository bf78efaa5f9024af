import { PassThrough } from 'node:stream';
import { makeLabel, pipeWithLabel } from './prefixed-output';

describe('pipeWithLabel', () => {
  it('prefixes whole lines and leaves JSON log records intact', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let written = '';
    output.on('data', (chunk: Buffer) => (written += chunk.toString()));
    pipeWithLabel(input, output, makeLabel('orders', 13, 0, false));
    input.write('{"level":30,"msg":"hel');
    input.end('lo"}\nplain\n');
    await new Promise((resolve) => setImmediate(resolve));
    const lines = written.trimEnd().split('\n');
    expect(lines).toEqual(['orders        | {"level":30,"msg":"hello"}', 'orders        | plain']);
    expect(JSON.parse(lines[0].split(' | ')[1])).toEqual({ level: 30, msg: 'hello' });
  });
});
