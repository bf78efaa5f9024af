/** The EU-14 allergens (Regulation 1169/2011, Annex II), spelled as the catalog sends them. */
export const EU_ALLERGENS = [
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
export type Allergen = (typeof EU_ALLERGENS)[number];

export const DIETARY_TAGS = [
  'vegetarian',
  'vegan',
  'gluten_free',
  'dairy_free',
  'nut_free',
  'halal',
  'kosher',
] as const;
export type DietaryTag = (typeof DIETARY_TAGS)[number];

export const OPTION_GROUP_KINDS = ['size', 'extra', 'removal'] as const;
export type OptionGroupKind = (typeof OPTION_GROUP_KINDS)[number];
