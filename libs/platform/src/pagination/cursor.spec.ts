import { AppError } from '@app/contracts';
import { decodeCursor, encodeCursor } from './cursor';

describe('cursor', () => {
  it('round-trips a position', () => {
    const at = new Date('2026-12-03T10:00:00.000Z');
    expect(decodeCursor(encodeCursor(at, 'abc'))).toEqual({ at: at.toISOString(), id: 'abc' });
  });

  it('treats no cursor as the first page', () => {
    expect(decodeCursor(undefined)).toBeNull();
  });

  it('answers a tampered cursor with a 400 problem, not a crash', () => {
    expect(() => decodeCursor('%%%')).toThrow(AppError);
    expect(() => decodeCursor(Buffer.from('["nope"]').toString('base64url'))).toThrow(/cursor/);
  });
});
