import { OptionGroup, RecipeLine } from '../domain/menu-item';
import { OpeningHours } from '../../orders/domain/schedule';

/**
 * The demo data set loaded on first start so the product is usable alone. In production the
 * menu comes from `catalog.v1` and the stock from `warehouse.stock.v1` instead.
 */
export interface DemoItem {
  id: string;
  category: string;
  name: string;
  description: string;
  priceMinor: number;
  preparationMinutes: number;
  dietaryTags: string[];
  allergens: string[];
  recipe: RecipeLine[];
  optionGroups?: OptionGroup[];
}

export interface DemoRestaurant {
  id: string;
  name: string;
  address: string;
  lat: number;
  lng: number;
  openingHours: OpeningHours;
  items: DemoItem[];
}

export interface DemoIngredient {
  id: string;
  name: string;
  unit: 'g' | 'ml' | 'pcs';
  warehouseQuantity: number;
  storeQuantity: number;
  restockMinutes: number;
}

const r = (ingredientId: string, quantity: number): RecipeLine => ({ ingredientId, quantity });
const ALWAYS: OpeningHours = { timeZone: 'Europe/Berlin', opens: '00:00', closes: '24:00' };
const BERLIN = (opens: string, closes: string): OpeningHours => ({
  timeZone: 'Europe/Berlin',
  opens,
  closes,
});

/** A required size choice; the first size is the default. */
function sizes(
  item: string,
  choices: [name: string, priceDeltaMinor: number, recipeDelta: RecipeLine[]][],
): OptionGroup {
  return {
    id: `${item}-size`,
    name: 'Size',
    kind: 'size',
    minSelected: 1,
    maxSelected: 1,
    options: choices.map(([name, priceDeltaMinor, recipeDelta], i) => ({
      id: `${item}-size-${name.toLowerCase()}`,
      name,
      priceDeltaMinor,
      recipeDelta,
      allergens: [],
      isDefault: i === 0,
    })),
  };
}

function extras(
  item: string,
  choices: [
    name: string,
    priceDeltaMinor: number,
    recipeDelta: RecipeLine[],
    allergens?: string[],
  ][],
): OptionGroup {
  return {
    id: `${item}-extras`,
    name: 'Extras',
    kind: 'extra',
    minSelected: 0,
    maxSelected: choices.length,
    options: choices.map(([name, priceDeltaMinor, recipeDelta, allergens]) => ({
      id: `${item}-extra-${name.toLowerCase().replace(/\W+/g, '-')}`,
      name,
      priceDeltaMinor,
      recipeDelta,
      allergens: allergens ?? [],
      isDefault: false,
    })),
  };
}

/** "No onions": free, and the ingredient is not taken from stock. */
function removable(item: string, ingredients: [name: string, line: RecipeLine][]): OptionGroup {
  return {
    id: `${item}-remove`,
    name: 'Leave out',
    kind: 'removal',
    minSelected: 0,
    maxSelected: ingredients.length,
    options: ingredients.map(([name, line]) => ({
      id: `${item}-no-${line.ingredientId}`,
      name: `No ${name}`,
      priceDeltaMinor: 0,
      recipeDelta: [{ ingredientId: line.ingredientId, quantity: -line.quantity }],
      allergens: [],
      isDefault: false,
    })),
  };
}

const ing = (
  id: string,
  name: string,
  unit: DemoIngredient['unit'],
  warehouseQuantity: number,
  storeQuantity: number,
  restockMinutes = 45,
): DemoIngredient => ({ id, name, unit, warehouseQuantity, storeQuantity, restockMinutes });

export const DEMO_INGREDIENTS: DemoIngredient[] = [
  ing('pizza-dough', 'Pizza dough', 'g', 200_000, 500_000),
  ing('tomato-sauce', 'Tomato sauce', 'ml', 100_000, 300_000),
  ing('mozzarella', 'Fior di latte', 'g', 80_000, 200_000),
  ing('basil', 'Basil', 'g', 5_000, 10_000),
  ing('salami', 'Spicy salami', 'g', 30_000, 80_000),
  ing('mushrooms', 'Mushrooms', 'g', 30_000, 60_000),
  ing('ham', 'Cooked ham', 'g', 30_000, 60_000),
  ing('rocket', 'Rocket', 'g', 20_000, 40_000),
  ing('pear', 'Pear', 'pcs', 2_000, 5_000),
  ing('walnuts', 'Walnuts', 'g', 10_000, 30_000),
  ing('parmesan', 'Parmesan', 'g', 20_000, 50_000),
  ing('mascarpone', 'Mascarpone', 'g', 40_000, 80_000),
  ing('espresso', 'Espresso', 'ml', 30_000, 60_000),
  ing('ladyfingers', 'Ladyfingers', 'pcs', 10_000, 30_000),
  ing('spaghetti', 'Spaghetti', 'g', 100_000, 300_000),
  ing('guanciale', 'Guanciale', 'g', 20_000, 40_000),
  ing('eggs', 'Eggs', 'pcs', 10_000, 30_000),
  ing('falafel', 'Falafel', 'pcs', 10_000, 30_000),
  ing('hummus', 'Hummus', 'g', 40_000, 80_000),
  ing('quinoa', 'Quinoa', 'g', 60_000, 150_000),
  ing('cabbage', 'Pickled cabbage', 'g', 30_000, 60_000),
  ing('salmon', 'Salmon', 'g', 40_000, 60_000, 90),
  ing('rice', 'Rice', 'g', 150_000, 400_000),
  ing('edamame', 'Edamame', 'g', 30_000, 60_000),
  ing('teriyaki', 'Teriyaki sauce', 'ml', 20_000, 40_000),
  ing('tofu', 'Tofu', 'g', 50_000, 100_000),
  ing('avocado', 'Avocado', 'pcs', 2_000, 5_000),
  ing('lemons', 'Lemons', 'pcs', 5_000, 10_000),
  ing('mint', 'Mint', 'g', 3_000, 6_000),
  ing('sugar', 'Sugar', 'g', 50_000, 200_000),
  ing('beef-patty', 'Beef patty', 'pcs', 8_000, 20_000),
  ing('burger-bun', 'Burger bun', 'pcs', 8_000, 20_000),
  ing('cheddar', 'Cheddar', 'g', 30_000, 60_000),
  ing('pickles', 'Pickles', 'g', 20_000, 40_000),
  ing('onion', 'Onion', 'g', 40_000, 100_000),
  ing('bacon', 'Bacon', 'g', 20_000, 50_000),
  ing('potatoes', 'Potatoes', 'g', 300_000, 800_000),
  ing('vegan-mayo', 'Vegan mayo', 'g', 20_000, 40_000),
  ing('nori', 'Nori', 'pcs', 20_000, 50_000),
  ing('tuna', 'Tuna', 'g', 30_000, 50_000, 90),
  ing('cucumber', 'Cucumber', 'g', 30_000, 60_000),
  ing('miso', 'Miso paste', 'g', 10_000, 20_000),
  ing('flatbread', 'Flatbread', 'pcs', 8_000, 20_000),
  ing('doner-meat', 'Halal doner meat', 'g', 50_000, 100_000),
  ing('halloumi', 'Halloumi', 'g', 20_000, 40_000),
  ing('garlic-sauce', 'Garlic yoghurt sauce', 'ml', 20_000, 40_000),
  ing('lettuce', 'Lettuce', 'g', 30_000, 60_000),
  ing('baklava', 'Baklava', 'pcs', 3_000, 6_000),
];

export const DEMO_RESTAURANTS: DemoRestaurant[] = [
  {
    id: '6f1c2a10-0000-4000-8000-000000000001',
    name: 'Trattoria Nonna',
    address: '12 Market Street',
    lat: 52.5208,
    lng: 13.4094,
    openingHours: ALWAYS,
    items: [
      {
        id: '6f1c2a10-0001-4000-8000-000000000001',
        category: 'Pizza',
        name: 'Margherita',
        description: 'Tomato, fior di latte, basil.',
        priceMinor: 950,
        preparationMinutes: 12,
        dietaryTags: ['vegetarian'],
        allergens: ['gluten', 'milk'],
        recipe: [r('pizza-dough', 250), r('tomato-sauce', 80), r('mozzarella', 120), r('basil', 3)],
        optionGroups: [
          sizes('margherita', [
            ['Regular', 0, []],
            ['Large', 300, [r('pizza-dough', 100), r('tomato-sauce', 30), r('mozzarella', 50)]],
          ]),
          extras('margherita', [
            ['Extra mozzarella', 150, [r('mozzarella', 60)]],
            ['Mushrooms', 120, [r('mushrooms', 60)]],
            ['Rocket', 100, [r('rocket', 20)]],
          ]),
          removable('margherita', [['basil', r('basil', 3)]]),
        ],
      },
      {
        id: '6f1c2a10-0001-4000-8000-000000000002',
        category: 'Pizza',
        name: 'Diavola',
        description: 'Tomato, mozzarella, spicy salami.',
        priceMinor: 1150,
        preparationMinutes: 12,
        dietaryTags: [],
        allergens: ['gluten', 'milk'],
        recipe: [
          r('pizza-dough', 250),
          r('tomato-sauce', 80),
          r('mozzarella', 100),
          r('salami', 60),
        ],
        optionGroups: [
          sizes('diavola', [
            ['Regular', 0, []],
            ['Large', 300, [r('pizza-dough', 100), r('salami', 30), r('mozzarella', 40)]],
          ]),
        ],
      },
      {
        id: '6f1c2a10-0001-4000-8000-000000000003',
        category: 'Salads',
        name: 'Rocket and pear salad',
        description: 'Rocket, pear, walnuts, lemon dressing.',
        priceMinor: 780,
        preparationMinutes: 6,
        dietaryTags: ['vegan', 'vegetarian', 'gluten_free', 'dairy_free'],
        allergens: ['nuts'],
        recipe: [r('rocket', 80), r('pear', 1), r('walnuts', 20), r('lemons', 1)],
        optionGroups: [
          extras('rocket-salad', [['Parmesan shavings', 150, [r('parmesan', 20)], ['milk']]]),
          removable('rocket-salad', [['walnuts', r('walnuts', 20)]]),
        ],
      },
      {
        id: '6f1c2a10-0001-4000-8000-000000000004',
        category: 'Desserts',
        name: 'Tiramisu',
        description: 'Mascarpone, espresso, cocoa.',
        priceMinor: 650,
        preparationMinutes: 3,
        dietaryTags: ['vegetarian'],
        allergens: ['eggs', 'milk', 'gluten'],
        recipe: [r('mascarpone', 80), r('espresso', 30), r('ladyfingers', 4), r('eggs', 1)],
      },
      {
        id: '6f1c2a10-0001-4000-8000-000000000005',
        category: 'Pasta',
        name: 'Spaghetti carbonara',
        description: 'Guanciale, egg yolk, pecorino, black pepper.',
        priceMinor: 1290,
        preparationMinutes: 14,
        dietaryTags: [],
        allergens: ['gluten', 'eggs', 'milk'],
        recipe: [r('spaghetti', 150), r('guanciale', 60), r('eggs', 2), r('parmesan', 30)],
      },
      {
        id: '6f1c2a10-0001-4000-8000-000000000006',
        category: 'Pizza',
        name: 'Funghi',
        description: 'Tomato, mozzarella, mushrooms.',
        priceMinor: 1090,
        preparationMinutes: 12,
        dietaryTags: ['vegetarian'],
        allergens: ['gluten', 'milk'],
        recipe: [
          r('pizza-dough', 250),
          r('tomato-sauce', 80),
          r('mozzarella', 100),
          r('mushrooms', 80),
        ],
        optionGroups: [extras('funghi', [['Ham', 180, [r('ham', 50)]]])],
      },
    ],
  },
  {
    id: '6f1c2a10-0000-4000-8000-000000000002',
    name: 'Green Bowl',
    address: '48 Canal Road',
    lat: 52.5079,
    lng: 13.3889,
    openingHours: ALWAYS,
    items: [
      {
        id: '6f1c2a10-0002-4000-8000-000000000001',
        category: 'Bowls',
        name: 'Falafel bowl',
        description: 'Falafel, hummus, quinoa, pickled cabbage.',
        priceMinor: 1090,
        preparationMinutes: 8,
        dietaryTags: ['vegan', 'vegetarian', 'dairy_free'],
        allergens: ['sesame'],
        recipe: [r('falafel', 5), r('hummus', 60), r('quinoa', 120), r('cabbage', 40)],
        optionGroups: [
          sizes('falafel-bowl', [
            ['Regular', 0, []],
            ['Large', 250, [r('falafel', 2), r('quinoa', 60)]],
          ]),
          extras('falafel-bowl', [['Avocado', 200, [r('avocado', 1)]]]),
          removable('falafel-bowl', [['pickled cabbage', r('cabbage', 40)]]),
        ],
      },
      {
        id: '6f1c2a10-0002-4000-8000-000000000002',
        category: 'Bowls',
        name: 'Teriyaki salmon bowl',
        description: 'Salmon, rice, edamame, teriyaki sauce.',
        priceMinor: 1390,
        preparationMinutes: 10,
        dietaryTags: ['dairy_free'],
        allergens: ['fish', 'soybeans', 'gluten'],
        recipe: [r('salmon', 120), r('rice', 150), r('edamame', 40), r('teriyaki', 30)],
        optionGroups: [extras('salmon-bowl', [['Avocado', 200, [r('avocado', 1)]]])],
      },
      {
        id: '6f1c2a10-0002-4000-8000-000000000003',
        category: 'Drinks',
        name: 'Lemonade',
        description: 'Fresh lemons, mint.',
        priceMinor: 350,
        preparationMinutes: 1,
        dietaryTags: ['vegan', 'vegetarian', 'gluten_free', 'dairy_free', 'nut_free'],
        allergens: [],
        recipe: [r('lemons', 2), r('mint', 5), r('sugar', 20)],
        optionGroups: [removable('lemonade', [['sugar', r('sugar', 20)]])],
      },
      {
        id: '6f1c2a10-0002-4000-8000-000000000004',
        category: 'Bowls',
        name: 'Crispy tofu bowl',
        description: 'Tofu, rice, edamame, cucumber, miso dressing.',
        priceMinor: 1190,
        preparationMinutes: 9,
        dietaryTags: ['vegan', 'vegetarian', 'dairy_free', 'nut_free'],
        allergens: ['soybeans'],
        recipe: [
          r('tofu', 150),
          r('rice', 150),
          r('edamame', 40),
          r('cucumber', 40),
          r('miso', 15),
        ],
      },
      {
        id: '6f1c2a10-0002-4000-8000-000000000005',
        category: 'Salads',
        name: 'Quinoa and avocado salad',
        description: 'Quinoa, avocado, cucumber, lemon.',
        priceMinor: 990,
        preparationMinutes: 5,
        dietaryTags: ['vegan', 'vegetarian', 'gluten_free', 'dairy_free', 'nut_free'],
        allergens: [],
        recipe: [r('quinoa', 120), r('avocado', 1), r('cucumber', 50), r('lemons', 1)],
      },
    ],
  },
  {
    id: '6f1c2a10-0000-4000-8000-000000000003',
    name: 'Smash Burger Co.',
    address: '3 Station Square',
    lat: 52.5251,
    lng: 13.3694,
    openingHours: BERLIN('11:00', '23:00'),
    items: [
      {
        id: '6f1c2a10-0003-4000-8000-000000000001',
        category: 'Burgers',
        name: 'Classic smash burger',
        description: 'Two beef patties, cheddar, pickles, house sauce.',
        priceMinor: 1250,
        preparationMinutes: 9,
        dietaryTags: ['halal'],
        allergens: ['gluten', 'milk', 'eggs', 'mustard'],
        recipe: [
          r('beef-patty', 2),
          r('burger-bun', 1),
          r('cheddar', 40),
          r('pickles', 15),
          r('onion', 20),
        ],
        optionGroups: [
          sizes('classic-burger', [
            ['Double', 0, []],
            ['Triple', 350, [r('beef-patty', 1), r('cheddar', 20)]],
          ]),
          extras('classic-burger', [['Bacon', 200, [r('bacon', 40)]]]),
          removable('classic-burger', [
            ['onions', r('onion', 20)],
            ['pickles', r('pickles', 15)],
          ]),
        ],
      },
      {
        id: '6f1c2a10-0003-4000-8000-000000000002',
        category: 'Burgers',
        name: 'Crispy tofu burger',
        description: 'Tofu, slaw, vegan mayo.',
        priceMinor: 1150,
        preparationMinutes: 9,
        dietaryTags: ['vegan', 'vegetarian', 'dairy_free'],
        allergens: ['gluten', 'soybeans'],
        recipe: [r('tofu', 120), r('burger-bun', 1), r('cabbage', 30), r('vegan-mayo', 20)],
      },
      {
        id: '6f1c2a10-0003-4000-8000-000000000003',
        category: 'Sides',
        name: 'Fries',
        description: 'Hand-cut, sea salt.',
        priceMinor: 400,
        preparationMinutes: 5,
        dietaryTags: ['vegan', 'vegetarian', 'gluten_free', 'dairy_free', 'nut_free'],
        allergens: [],
        recipe: [r('potatoes', 200)],
        optionGroups: [
          sizes('fries', [
            ['Regular', 0, []],
            ['Large', 150, [r('potatoes', 100)]],
          ]),
        ],
      },
      {
        id: '6f1c2a10-0003-4000-8000-000000000004',
        category: 'Drinks',
        name: 'House lemonade',
        description: 'Lemons, mint, sparkling water.',
        priceMinor: 380,
        preparationMinutes: 1,
        dietaryTags: ['vegan', 'vegetarian', 'gluten_free', 'dairy_free', 'nut_free'],
        allergens: [],
        recipe: [r('lemons', 2), r('mint', 5), r('sugar', 20)],
      },
    ],
  },
  {
    id: '6f1c2a10-0000-4000-8000-000000000004',
    name: 'Sora Sushi',
    address: '27 Harbour Lane',
    lat: 52.4995,
    lng: 13.4211,
    openingHours: BERLIN('12:00', '22:30'),
    items: [
      {
        id: '6f1c2a10-0004-4000-8000-000000000001',
        category: 'Maki',
        name: 'Salmon maki',
        description: 'Eight pieces, salmon, rice, nori.',
        priceMinor: 790,
        preparationMinutes: 8,
        dietaryTags: ['dairy_free', 'nut_free'],
        allergens: ['fish'],
        recipe: [r('salmon', 60), r('rice', 100), r('nori', 1)],
      },
      {
        id: '6f1c2a10-0004-4000-8000-000000000002',
        category: 'Maki',
        name: 'Tuna maki',
        description: 'Eight pieces, tuna, rice, nori.',
        priceMinor: 850,
        preparationMinutes: 8,
        dietaryTags: ['dairy_free', 'nut_free'],
        allergens: ['fish'],
        recipe: [r('tuna', 60), r('rice', 100), r('nori', 1)],
      },
      {
        id: '6f1c2a10-0004-4000-8000-000000000003',
        category: 'Maki',
        name: 'Avocado cucumber maki',
        description: 'Eight pieces, avocado, cucumber.',
        priceMinor: 650,
        preparationMinutes: 6,
        dietaryTags: ['vegan', 'vegetarian', 'dairy_free', 'nut_free', 'gluten_free'],
        allergens: [],
        recipe: [r('avocado', 1), r('cucumber', 40), r('rice', 100), r('nori', 1)],
      },
      {
        id: '6f1c2a10-0004-4000-8000-000000000004',
        category: 'Soups',
        name: 'Miso soup',
        description: 'Miso, tofu, spring onion.',
        priceMinor: 390,
        preparationMinutes: 3,
        dietaryTags: ['vegan', 'vegetarian', 'dairy_free', 'nut_free'],
        allergens: ['soybeans'],
        recipe: [r('miso', 20), r('tofu', 30), r('onion', 5)],
      },
      {
        id: '6f1c2a10-0004-4000-8000-000000000005',
        category: 'Sides',
        name: 'Edamame',
        description: 'Steamed, sea salt.',
        priceMinor: 450,
        preparationMinutes: 4,
        dietaryTags: ['vegan', 'vegetarian', 'dairy_free', 'nut_free', 'gluten_free'],
        allergens: ['soybeans'],
        recipe: [r('edamame', 120)],
      },
    ],
  },
  {
    id: '6f1c2a10-0000-4000-8000-000000000005',
    name: 'Night Owl Grill',
    address: '90 Warschauer Street',
    lat: 52.5058,
    lng: 13.4497,
    openingHours: BERLIN('17:00', '04:00'),
    items: [
      {
        id: '6f1c2a10-0005-4000-8000-000000000001',
        category: 'Wraps',
        name: 'Doner wrap',
        description: 'Halal doner, lettuce, onion, garlic sauce.',
        priceMinor: 790,
        preparationMinutes: 5,
        dietaryTags: ['halal'],
        allergens: ['gluten', 'milk'],
        recipe: [
          r('flatbread', 1),
          r('doner-meat', 120),
          r('lettuce', 30),
          r('onion', 20),
          r('garlic-sauce', 30),
        ],
        optionGroups: [
          extras('doner', [['Halloumi', 180, [r('halloumi', 50)]]]),
          removable('doner', [
            ['onions', r('onion', 20)],
            ['garlic sauce', r('garlic-sauce', 30)],
          ]),
        ],
      },
      {
        id: '6f1c2a10-0005-4000-8000-000000000002',
        category: 'Wraps',
        name: 'Halloumi wrap',
        description: 'Grilled halloumi, lettuce, cucumber, garlic sauce.',
        priceMinor: 750,
        preparationMinutes: 5,
        dietaryTags: ['vegetarian', 'halal'],
        allergens: ['gluten', 'milk'],
        recipe: [
          r('flatbread', 1),
          r('halloumi', 80),
          r('lettuce', 30),
          r('cucumber', 30),
          r('garlic-sauce', 30),
        ],
      },
      {
        id: '6f1c2a10-0005-4000-8000-000000000003',
        category: 'Plates',
        name: 'Falafel plate',
        description: 'Falafel, hummus, salad, flatbread.',
        priceMinor: 890,
        preparationMinutes: 7,
        dietaryTags: ['vegan', 'vegetarian', 'dairy_free'],
        allergens: ['sesame', 'gluten'],
        recipe: [r('falafel', 6), r('hummus', 80), r('lettuce', 40), r('flatbread', 1)],
      },
      {
        id: '6f1c2a10-0005-4000-8000-000000000004',
        category: 'Sides',
        name: 'Loaded fries',
        description: 'Fries, garlic sauce, onion.',
        priceMinor: 550,
        preparationMinutes: 6,
        dietaryTags: ['vegetarian'],
        allergens: ['milk'],
        recipe: [r('potatoes', 220), r('garlic-sauce', 40), r('onion', 15)],
      },
      {
        id: '6f1c2a10-0005-4000-8000-000000000005',
        category: 'Desserts',
        name: 'Baklava',
        description: 'Two pieces, pistachio, honey syrup.',
        priceMinor: 450,
        preparationMinutes: 1,
        dietaryTags: ['vegetarian'],
        allergens: ['nuts', 'gluten', 'milk'],
        recipe: [r('baklava', 2)],
      },
    ],
  },
];
