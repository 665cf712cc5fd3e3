// Just enough of the codice fiscale rules to pick a surname that does NOT
// match a code (for the mismatch test); the real checks live in `domain`.
const VOWELS = new Set(['A', 'E', 'I', 'O', 'U']);

export function surnameTriplet(surname: string): string {
  const letters = surname.toUpperCase().replace(/[^A-Z]/g, '').split('');
  const consonants = letters.filter((c) => !VOWELS.has(c));
  const vowels = letters.filter((c) => VOWELS.has(c));
  return [...consonants, ...vowels, 'X', 'X', 'X'].slice(0, 3).join('');
}

/** A plausible surname whose triplet differs from the one in `cf`. */
export function mismatchingSurname(cf: string): string {
  const wanted = cf.slice(0, 3).toUpperCase();
  const candidate = ['Bianchi', 'Verdi', 'Esposito'].find((s) => surnameTriplet(s) !== wanted);
  if (!candidate) throw new Error('no mismatching surname found');
  return candidate;
}
