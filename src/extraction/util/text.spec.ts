import { nameKey, slugify } from './text';

describe('slugify', () => {
  it.each([
    ['Donald Trump', 'donald-trump'],
    ['Recep Tayyip Erdoğan', 'recep-tayyip-erdogan'],
    ['Washington, D.C.', 'washington-dc'],
    ["Specialized Anti-Corruption Prosecutor's Office", 'specialized-anti-corruption-prosecutors-office'],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });
});

describe('nameKey', () => {
  it.each([
    ['U.S.', 'US'],
    ['the Kremlin', 'Kremlin'],
    ['Zelensky’s', "Zelensky's"],
  ])('%s and %s share a key', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });
});
