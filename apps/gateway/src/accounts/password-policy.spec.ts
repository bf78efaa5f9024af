import { AppError } from '@app/contracts';
import { checkPasswordPolicy } from './password-policy';

const fieldOf = (fn: () => void): string | undefined => {
  try {
    fn();
  } catch (error) {
    return (error as AppError).problem.errors?.[0]?.field;
  }
  return undefined;
};

describe('checkPasswordPolicy', () => {
  it('accepts a long, uncommon password', () => {
    expect(() => checkPasswordPolicy('purple tractor umbrella')).not.toThrow();
  });

  it.each(['Password123', 'QWERTYUIOP', '1111111111', 'abababababab'])(
    'rejects the common or trivial %s',
    (password) => {
      expect(() => checkPasswordPolicy(password)).toThrow(AppError);
    },
  );

  it('rejects too short and too long passwords', () => {
    expect(() => checkPasswordPolicy('short')).toThrow(AppError);
    expect(() => checkPasswordPolicy('x'.repeat(129))).toThrow(AppError);
    expect(() => checkPasswordPolicy('xyz1'.repeat(32))).not.toThrow();
  });

  it('rejects the account email or name and names the field', () => {
    expect(
      fieldOf(() =>
        checkPasswordPolicy('ada@example.com', 'newPassword', { email: 'ada@example.com' }),
      ),
    ).toBe('newPassword');
    expect(
      fieldOf(() => checkPasswordPolicy('Ada Lovelace', 'password', { name: 'ada lovelace' })),
    ).toBe('password');
  });
});
