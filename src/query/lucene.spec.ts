import { escapeLucene, phraseQuery, searchQuery } from './lucene';

describe('lucene escaping', () => {
  it.each([
    ['a+b', 'a\\+b'],
    ['C:\\x', 'C\\:\\\\x'],
    ['(foo) [bar] {baz}', '\\(foo\\) \\[bar\\] \\{baz\\}'],
    ['"quoted"~2^3', '\\"quoted\\"\\~2\\^3'],
    ['a && b || !c', 'a \\&\\& b \\|\\| \\!c'],
    ['who? *all* /re/ -x', 'who\\? \\*all\\* \\/re\\/ \\-x'],
  ])('escapes %s', (input, expected) => {
    expect(escapeLucene(input)).toBe(expected);
  });

  it('quotes a phrase', () => {
    expect(phraseQuery('say "hi"')).toBe('"say \\"hi\\""');
  });

  it('builds an AND query with a prefix on the last word, operators as words', () => {
    expect(searchQuery('  Red  Cross ')).toBe('red AND (cross OR cross*)');
    expect(searchQuery('NOT OR')).toBe('not AND (or OR or*)');
  });
});
