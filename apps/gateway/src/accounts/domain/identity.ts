/**
 * How emails and phone numbers are normalised before they are stored or compared. Pure
 * functions, used by the DTO transforms and by the use cases alike.
 */

/** Trimmed, Unicode-normalised and lower-cased, so `Ada@X.com ` and `ada@x.com` are one account. */
export const normaliseEmail = (email: string): string =>
  email.trim().normalize('NFC').toLowerCase();

/** Spaces, dots, dashes and brackets people type are dropped; what remains must be E.164. */
export const normalisePhone = (phone: string): string => phone.trim().replace(/[\s().-]/g, '');

export const E164 = /^\+[1-9]\d{6,14}$/;
