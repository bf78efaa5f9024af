import { DEMO_INGREDIENTS, DEMO_RESTAURANTS } from '../demo/demo-data';
import { dietaryConflicts } from './dietary';
import { MenuItemSpec } from './menu-item';
import { matchesMenuFilter } from './menu-filter';
import { resolveOptions } from './option-selection';

const pizza: MenuItemSpec = {
  id: 'p',
  name: 'Pizza',
  description: 'Tomato and cheese',
  category: 'Pizza',
  priceMinor: 1000,
  dietaryTags: ['vegetarian'],
  allergens: ['gluten', 'milk'],
  recipe: [
    { ingredientId: 'dough', quantity: 250 },
    { ingredientId: 'onion', quantity: 20 },
  ],
  optionGroups: [
    {
      id: 'size',
      name: 'Size',
      kind: 'size',
      minSelected: 1,
      maxSelected: 1,
      options: [
        {
          id: 'small',
          name: 'Small',
          priceDeltaMinor: -200,
          recipeDelta: [{ ingredientId: 'dough', quantity: -50 }],
          allergens: [],
          isDefault: false,
        },
        {
          id: 'regular',
          name: 'Regular',
          priceDeltaMinor: 0,
          recipeDelta: [],
          allergens: [],
          isDefault: true,
        },
        {
          id: 'large',
          name: 'Large',
          priceDeltaMinor: 300,
          recipeDelta: [{ ingredientId: 'dough', quantity: 100 }],
          allergens: [],
          isDefault: false,
        },
      ],
    },
    {
      id: 'extras',
      name: 'Extras',
      kind: 'extra',
      minSelected: 0,
      maxSelected: 2,
      options: [
        {
          id: 'egg',
          name: 'Egg',
          priceDeltaMinor: 120,
          recipeDelta: [{ ingredientId: 'egg', quantity: 1 }],
          allergens: ['eggs'],
          isDefault: false,
        },
        {
          id: 'olives',
          name: 'Olives',
          priceDeltaMinor: 90,
          recipeDelta: [],
          allergens: [],
          isDefault: false,
        },
        {
          id: 'anchovies',
          name: 'Anchovies',
          priceDeltaMinor: 150,
          recipeDelta: [],
          allergens: ['fish'],
          isDefault: false,
        },
      ],
    },
    {
      id: 'remove',
      name: 'Leave out',
      kind: 'removal',
      minSelected: 0,
      maxSelected: 1,
      options: [
        {
          id: 'no-onion',
          name: 'No onion',
          priceDeltaMinor: 0,
          recipeDelta: [{ ingredientId: 'onion', quantity: -20 }],
          allergens: [],
          isDefault: false,
        },
      ],
    },
  ],
};

describe('options', () => {
  it('takes the default size when none is chosen', () => {
    expect(resolveOptions(pizza, [])).toMatchObject({
      ok: true,
      unitPriceMinor: 1000,
      chosen: [{ optionId: 'regular' }],
    });
  });

  it('adds price deltas, recipe deltas and allergens of the chosen options', () => {
    const result = resolveOptions(pizza, ['large', 'egg', 'no-onion']);
    expect(result).toMatchObject({
      ok: true,
      unitPriceMinor: 1420,
      allergens: ['gluten', 'milk', 'eggs'],
    });
    if (!result.ok) throw new Error('expected ok');
    expect(result.recipe).toEqual(
      expect.arrayContaining([
        { ingredientId: 'dough', quantity: 100 },
        { ingredientId: 'onion', quantity: -20 },
        { ingredientId: 'egg', quantity: 1 },
      ]),
    );
  });

  it('allows a cheaper size', () => {
    expect(resolveOptions(pizza, ['small'])).toMatchObject({ ok: true, unitPriceMinor: 800 });
  });

  it('refuses unknown, repeated and too many options', () => {
    expect(resolveOptions(pizza, ['gold']).ok).toBe(false);
    expect(resolveOptions(pizza, ['egg', 'egg']).ok).toBe(false);
    expect(resolveOptions(pizza, ['small', 'large']).ok).toBe(false);
    expect(resolveOptions(pizza, ['egg', 'olives', 'anchovies']).ok).toBe(false);
  });
});

describe('dietary conflicts', () => {
  const line = {
    menuItemId: 'p',
    name: 'Pizza',
    dietaryTags: ['vegetarian'],
    allergens: ['gluten', 'eggs'],
  };

  it('lists unmet restrictions and avoided allergens per item', () => {
    expect(dietaryConflicts([line, line], ['vegan'], ['eggs', 'peanuts'])).toEqual([
      { menuItemId: 'p', name: 'Pizza', unmetRestrictions: ['vegan'], allergens: ['eggs'] },
    ]);
    expect(dietaryConflicts([line], ['vegetarian'], ['peanuts'])).toEqual([]);
  });
});

describe('menu filter', () => {
  it('matches diet, excluded allergens and text', () => {
    expect(matchesMenuFilter(pizza, { diet: ['vegetarian'] })).toBe(true);
    expect(matchesMenuFilter(pizza, { diet: ['vegetarian', 'vegan'] })).toBe(false);
    expect(matchesMenuFilter(pizza, { excludeAllergens: ['milk'] })).toBe(false);
    expect(matchesMenuFilter(pizza, { q: 'CHEESE' })).toBe(true);
    expect(matchesMenuFilter(pizza, { q: 'sushi' })).toBe(false);
  });
});

describe('demo data', () => {
  it('names only known ingredients and unique ids, with a default for every required group', () => {
    const ingredients = new Set(DEMO_INGREDIENTS.map((i) => i.id));
    const items = DEMO_RESTAURANTS.flatMap((r) => r.items);
    expect(items.length).toBeGreaterThanOrEqual(24);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const item of items) {
      const spec = { ...item, optionGroups: item.optionGroups ?? [] };
      const lines = [
        ...spec.recipe,
        ...spec.optionGroups.flatMap((g) => g.options.flatMap((o) => o.recipeDelta)),
      ];
      for (const line of lines)
        expect({ item: item.name, ok: ingredients.has(line.ingredientId) }).toEqual({
          item: item.name,
          ok: true,
        });
      expect(resolveOptions(spec).ok).toBe(true);
    }
  });
});
