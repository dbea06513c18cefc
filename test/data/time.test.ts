import { expect } from '@open-wc/testing';
import { compareInstants, parseInstant } from '../../src/data/time.js';

const MS_2024_03_04_UTC_2215 = Date.UTC(2024, 2, 3, 22, 15); // 2024-03-04T09:15+11:00

describe('parseInstant', () => {
  it('reads ISO 8601 with Z', () => {
    expect(parseInstant('2024-03-03T22:15:00Z')).to.equal(MS_2024_03_04_UTC_2215);
  });

  it('reads a lower-case t and z in every browser (the pattern accepts both)', () => {
    expect(parseInstant('2024-03-03t22:15:00Z')).to.equal(MS_2024_03_04_UTC_2215);
    expect(parseInstant('2024-03-03T22:15:00z')).to.equal(MS_2024_03_04_UTC_2215);
  });

  it('reads ISO 8601 with +hh:mm, +hhmm and +hh offsets', () => {
    expect(parseInstant('2024-03-04T09:15:00+11:00')).to.equal(MS_2024_03_04_UTC_2215);
    expect(parseInstant('2024-03-04T09:15:00+1100')).to.equal(MS_2024_03_04_UTC_2215);
    expect(parseInstant('2024-03-04T09:15+11')).to.equal(MS_2024_03_04_UTC_2215);
    expect(parseInstant('2024-03-03T17:15:00-05:00')).to.equal(MS_2024_03_04_UTC_2215);
  });

  it('reads a space separator, fractional seconds and surrounding whitespace', () => {
    expect(parseInstant('2024-03-03 22:15:00Z')).to.equal(MS_2024_03_04_UTC_2215);
    expect(parseInstant('2024-03-03T22:15:00.250Z')).to.equal(MS_2024_03_04_UTC_2215 + 250);
    expect(parseInstant('2024-03-03T22:15:00,5Z')).to.equal(MS_2024_03_04_UTC_2215 + 500);
    expect(parseInstant('  2024-03-03T22:15:00Z \n')).to.equal(MS_2024_03_04_UTC_2215);
  });

  it('reads epoch seconds, including fractions and negatives', () => {
    expect(parseInstant(1709504100)).to.equal(MS_2024_03_04_UTC_2215);
    expect(parseInstant(0)).to.equal(0);
    expect(parseInstant(1.5)).to.equal(1500);
    expect(parseInstant(-86400)).to.equal(-86_400_000);
  });

  it('treats a time without an offset as unknown', () => {
    expect(parseInstant('2024-03-04T09:15:00')).to.equal(null);
    expect(parseInstant('2024-03-04')).to.equal(null);
  });

  it('treats invalid dates and malformed text as unknown', () => {
    for (const text of [
      '',
      'yesterday',
      '2024-13-01T00:00:00Z',
      '2024-03-04T25:00:00Z',
      '2024-03-04T09:15:00+11:00 extra',
      '04/03/2024 09:15 +11:00',
      '2024-03-04T09:15:00+11:',
      '2024-03-04T09:15:00+1',
      '2024-03-04T09:15:00+11:0',
      '1709504100',
    ]) {
      expect(parseInstant(text), JSON.stringify(text)).to.equal(null);
    }
  });

  it('treats impossible calendar dates as unknown instead of rolling them over', () => {
    for (const text of ['2024-02-30T10:00:00Z', '2023-02-29T10:00:00Z', '2024-04-31T10:00:00+10:00', '2024-00-10T10:00Z']) {
      expect(parseInstant(text), text).to.equal(null);
    }
    expect(parseInstant('2024-02-29T10:00:00Z')).to.equal(Date.UTC(2024, 1, 29, 10));
    expect(parseInstant('2000-02-29T10:00:00Z')).to.equal(Date.UTC(2000, 1, 29, 10));
    expect(parseInstant('1900-02-29T10:00:00Z')).to.equal(null);
  });

  it('treats null, undefined, booleans, objects, NaN and infinities as unknown', () => {
    const values = { null: null, undefined, true: true, object: {}, array: [], NaN, Infinity, '-Infinity': -Infinity };
    for (const [label, value] of Object.entries(values)) {
      expect(parseInstant(value), label).to.equal(null);
    }
  });

  it('treats epoch seconds beyond the range of Date as unknown', () => {
    expect(parseInstant(8.64e12)).to.equal(8.64e15);
    expect(parseInstant(-8.64e12)).to.equal(-8.64e15);
    expect(parseInstant(8.64e12 + 1)).to.equal(null);
    expect(parseInstant(1e300)).to.equal(null);
    expect(parseInstant(-1e300)).to.equal(null);
  });
});

describe('compareInstants', () => {
  it('orders known instants ascending', () => {
    expect(compareInstants(1, 2)).to.be.below(0);
    expect(compareInstants(2, 1)).to.be.above(0);
    expect(compareInstants(5, 5)).to.equal(0);
  });

  it('orders unknown instants after every known one', () => {
    expect(compareInstants(null, -8.64e15)).to.be.above(0);
    expect(compareInstants(8.64e15, null)).to.be.below(0);
    expect(compareInstants(null, null)).to.equal(0);
    expect([3, null, 1, null, 2].sort(compareInstants)).to.deep.equal([1, 2, 3, null, null]);
  });
});
