/**
 * The demo data set loaded on first start so the product is usable alone. In production the
 * menu is replicated from the platform's `catalog.v1` topic instead.
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
}

export interface DemoRestaurant {
  id: string;
  name: string;
  address: string;
  lat: number;
  lng: number;
  items: DemoItem[];
}

export const DEMO_RESTAURANTS: DemoRestaurant[] = [
  {
    id: '6f1c2a10-0000-4000-8000-000000000001',
    name: 'Trattoria Nonna',
    address: '12 Market Street',
    lat: 52.5208,
    lng: 13.4094,
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
      },
    ],
  },
  {
    id: '6f1c2a10-0000-4000-8000-000000000002',
    name: 'Green Bowl',
    address: '48 Canal Road',
    lat: 52.5079,
    lng: 13.3889,
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
      },
    ],
  },
  {
    id: '6f1c2a10-0000-4000-8000-000000000003',
    name: 'Smash Burger Co.',
    address: '3 Station Square',
    lat: 52.5251,
    lng: 13.3694,
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
      },
    ],
  },
];
