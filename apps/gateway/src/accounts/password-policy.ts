import { AppError } from '@app/contracts';

export const PASSWORD_MIN_LENGTH = 10;
/** argon2 hashes any length, but a bound keeps a megabyte "password" from costing CPU/memory. */
export const PASSWORD_MAX_LENGTH = 128;

/**
 * The passwords most often tried first that pass the length rule (from public breach top
 * lists). Short, on purpose: the length rule does most of the work; this catches the obvious.
 */
const COMMON = new Set([
  '1234567890',
  '12345678910',
  '123456789a',
  '0123456789',
  '0987654321',
  '1234567891',
  '1122334455',
  '1234512345',
  '1234qwerty',
  'qwerty1234',
  'password123',
  'password1234',
  'password12',
  'password01',
  'password!1',
  'passw0rd123',
  'p@ssw0rd123',
  'p@ssword123',
  'qwertyuiop',
  'qwerty12345',
  'qwerty123456',
  'asdfghjkl1',
  'asdfghjkl;',
  'zxcvbnm123',
  '1q2w3e4r5t',
  '1q2w3e4r5t6y',
  '1qaz2wsx3edc',
  'q1w2e3r4t5',
  'iloveyou123',
  'iloveyou12',
  'abcdefghij',
  'abc1234567',
  'abcd123456',
  'letmein1234',
  'letmein123',
  'welcome123',
  'welcome1234',
  'admin12345',
  'administrator',
  'football123',
  'baseball123',
  'basketball',
  'sunshine123',
  'princess123',
  'dragon12345',
  'monkey12345',
  'superman123',
  'starwars123',
  'trustno1234',
  'whatever123',
  'michael123',
  'jennifer123',
  'charlie123',
  'changeme123',
  'changeme1234',
  'computer123',
  'internet123',
  'secret1234',
  'mypassword',
  'mypassword1',
  'thisismypassword',
  'correcthorsebatterystaple',
  '1111111111',
  '0000000000',
  '2222222222',
  '9999999999',
  'aaaaaaaaaa',
]);

export interface PasswordContext {
  email?: string;
  name?: string;
}

/**
 * The rules beyond length (which the DTOs check): not a common password, not one character
 * repeated, not the account's own email or name. `field` names the offending request field.
 */
export function checkPasswordPolicy(
  password: string,
  field = 'password',
  context: PasswordContext = {},
): void {
  const lower = password.toLowerCase();
  const reject = (message: string) =>
    AppError.badRequest('weak_password', 'This password is too easy to guess.', [
      { field, message },
    ]);
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    throw reject(
      `${field} must be between ${PASSWORD_MIN_LENGTH} and ${PASSWORD_MAX_LENGTH} characters`,
    );
  }
  if (COMMON.has(lower) || new Set(lower).size <= 2) {
    throw reject(`${field} is too common; choose another`);
  }
  const personal = [context.email, context.email?.split('@')[0], context.name]
    .filter((v): v is string => !!v && v.length >= 4)
    .map((v) => v.toLowerCase().replace(/\s+/g, ''));
  if (personal.some((p) => lower.replace(/\s+/g, '') === p)) {
    throw reject(`${field} must not be your email or name`);
  }
}
