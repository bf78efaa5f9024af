/**
 * The closed vocabularies of a customer's settings. The values match the tags and allergens
 * the menu uses, so ordering can compare them without translation.
 */

/** The EU's 14 allergens (Regulation 1169/2011, Annex II), named as the menu names them. */
export const EU14_ALLERGENS = [
  'celery',
  'gluten',
  'crustaceans',
  'eggs',
  'fish',
  'lupin',
  'milk',
  'molluscs',
  'mustard',
  'nuts',
  'peanuts',
  'sesame',
  'soybeans',
  'sulphites',
] as const;
export type Allergen = (typeof EU14_ALLERGENS)[number];

export const DIETARY_RESTRICTIONS = [
  'vegetarian',
  'vegan',
  'gluten_free',
  'dairy_free',
  'nut_free',
  'halal',
  'kosher',
] as const;
export type DietaryRestriction = (typeof DIETARY_RESTRICTIONS)[number];

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
