import { csvField } from './formats';

describe('csvField', () => {
  it.each<[unknown, string]>([
    [null, ''],
    [undefined, ''],
    [12.5, '12.5'],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['-5 troops', "'-5 troops"],
  ])('%p → %s', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });
});
