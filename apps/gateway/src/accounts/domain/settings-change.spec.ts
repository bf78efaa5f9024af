import { canonical, changedFields } from './settings-change';

describe('changedFields', () => {
  it('ignores key order, absent fields and unchanged values', () => {
    const current = { name: 'Ada', address: { lat: 1, city: 'X' }, tags: ['vegan'] };
    expect(
      changedFields(current, { name: 'Ada', address: { city: 'X', lat: 1 }, tags: undefined }),
    ).toEqual([]);
  });

  it('names what changed, including cleared values', () => {
    const current = { name: 'Ada', phone: '+4915112345678' as string | null, tags: ['vegan'] };
    expect(changedFields(current, { name: 'Grace', phone: null, tags: ['vegan'] })).toEqual([
      'name',
      'phone',
    ]);
  });

  it('writes canonical JSON', () => {
    expect(canonical({ b: 1, a: [true, null] })).toBe('{"a":[true,null],"b":1}');
  });
});
