/**
 * The closed vocabularies of a customer's settings. Dietary restrictions and allergens are the
 * menu's own (`DIETARY_TAGS`, `EU_ALLERGENS` in `@app/contracts`), so ordering compares them
 * without translation.
 */

export const CONTACT_CHANNELS = ['push', 'email', 'sms', 'phone'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** What a customer wants to be told about and how; absent keys mean the default (on). */
export interface NotificationPreferences {
  orderUpdates?: boolean;
  promotions?: boolean;
  push?: boolean;
  email?: boolean;
  sms?: boolean;
}

export const NOTIFICATION_DEFAULTS: Required<NotificationPreferences> = {
  orderUpdates: true,
  promotions: false,
  push: true,
  email: true,
  sms: false,
};
