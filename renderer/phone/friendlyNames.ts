/*
 * Names a participant can take in a named activity rather than typing one: two plain words, an adjective and an animal
 * or a tree. 32 of each (1,024 names), so a random byte's low 5 bits pick a word evenly. Words are kept kind and
 * unambiguous (no slang readings), title case, and the longest pair stays far under the host's 40 characters.
 */

const ADJECTIVES = [
  'Amber', 'Bright', 'Brisk', 'Breezy', 'Calm', 'Cheerful', 'Clever', 'Curious',
  'Daring', 'Eager', 'Gentle', 'Golden', 'Happy', 'Honest', 'Jolly', 'Kind',
  'Lively', 'Lucky', 'Mellow', 'Merry', 'Nimble', 'Patient', 'Plucky', 'Quiet',
  'Sunny', 'Steady', 'Swift', 'Tidy', 'Warm', 'Wise', 'Witty', 'Zesty',
];

const NOUNS = [
  'Otter', 'Badger', 'Heron', 'Falcon', 'Fox', 'Hare', 'Owl', 'Robin',
  'Wren', 'Lynx', 'Panda', 'Koala', 'Puffin', 'Dolphin', 'Moose', 'Bison',
  'Gecko', 'Lark', 'Finch', 'Oak', 'Maple', 'Birch', 'Willow', 'Cedar',
  'Aspen', 'Alder', 'Rowan', 'Hazel', 'Pine', 'Elm', 'Larch', 'Juniper',
];

/** Every word a suggested name is made of: [adjectives, nouns], for tests to check. */
export const NAME_WORDS: readonly [readonly string[], readonly string[]] = [ADJECTIVES, NOUNS];

/** A random whole number from 0 to `below` − 1. */
export type RandomBelow = (below: number) => number;

/**
 * crypto.getRandomValues where the browser has it (it needs no HTTPS, unlike randomUUID), else Math.random: a
 * suggested name is no secret, so an old phone without crypto still gets one.
 */
export function pageRandom(below: number): number {
  const source = typeof crypto !== 'undefined' ? crypto : undefined;
  if (source && typeof source.getRandomValues === 'function') {
    const value = new Uint32Array(1);
    source.getRandomValues(value);
    return (value[0] as number) % below;
  }
  return Math.floor(Math.random() * below);
}

function pick(words: readonly string[], random: RandomBelow): string {
  return words[random(words.length)] || (words[0] as string);
}

/**
 * A friendly two-word name ("Calm Otter"), other than `current` (compared case-insensitively, as the host compares
 * names): a participant asks again when the host says the name is someone else's.
 */
export function suggestName(current: string, random: RandomBelow = pageRandom): string {
  const avoid = current.trim().toLowerCase();
  let name = '';
  // A few tries: with 1,024 names the same one twice in a row is rare, and a fixed bound cannot loop forever.
  for (let attempt = 0; attempt < 8; attempt += 1) {
    name = pick(ADJECTIVES, random) + ' ' + pick(NOUNS, random);
    if (name.toLowerCase() !== avoid) break;
  }
  return name;
}
