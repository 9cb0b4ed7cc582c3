import { splitSentences } from './sentences';

const split = (text: string): string[] => splitSentences(text, [{ start: 0, end: text.length }]).map((s) => s.text);

describe('splitSentences', () => {
  it.each<[string, string[]]>([
    ['Officials met in Riga. They agreed on a plan.', ['Officials met in Riga.', 'They agreed on a plan.']],
    ['U.S. officials arrived on Feb. 3 in Oslo. Talks began.', ['U.S. officials arrived on Feb. 3 in Oslo.', 'Talks began.']],
    ['“We will win,” she said. Nobody replied.', ['“We will win,” she said.', 'Nobody replied.']],
    ['Vice President J.D. Vance spoke. Then he left!', ['Vice President J.D. Vance spoke.', 'Then he left!']],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('keeps offsets into the input', () => {
    const input = 'xx First one. Second one.';
    const sentences = splitSentences(input, [{ start: 3, end: input.length }]);
    for (const s of sentences) expect(input.slice(s.start, s.end)).toBe(s.text);
  });
});
