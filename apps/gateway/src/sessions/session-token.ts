import { createHash, hash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe. */
export const newSessionToken = (): string => randomBytes(32).toString('base64url');

export const hashSessionToken = (token: string): Buffer =>
  createHash('sha256').update(token).digest();

/**
 * The same SHA-256 as base64 text, for the in-process cache: the one-shot `hash` costs about
 * half of createHash on every authenticated request, and the cache never holds raw tokens.
 */
export const sessionTokenKey = (token: string): string => hash('sha256', token, 'base64');
