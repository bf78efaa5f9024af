import { AppError } from '@app/contracts';

/** A short list of the passwords most often tried first; long enough ones still get rejected. */
const COMMON = new Set([
  '1234567890',
  '12345678910',
  '0123456789',
  'password123',
  'password1234',
  'qwertyuiop',
  'qwerty12345',
  'qwerty123456',
  '1q2w3e4r5t',
  '1qaz2wsx3edc',
  'iloveyou123',
  'abcdefghij',
  'abc1234567',
  'letmein1234',
  'welcome123',
  'admin12345',
  'passw0rd123',
  'football123',
  'baseball123',
  'sunshine123',
  'princess123',
  'dragon12345',
  'monkey12345',
  '1111111111',
  '0000000000',
  'aaaaaaaaaa',
  'password12',
  'changeme123',
]);

export function checkPasswordPolicy(password: string): void {
  if (COMMON.has(password.toLowerCase())) {
    throw AppError.badRequest('weak_password', 'This password is too common.', [
      { field: 'password', message: 'password is too common; choose another' },
    ]);
  }
}
