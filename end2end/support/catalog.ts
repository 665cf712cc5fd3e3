// The app's translation catalogs (app/src/i18n/*.rs), read from the source
// at test time: `text(key, lang)` is what the page shows for a key, and
// `italianOnly(lang)` lists the Italian sentences that must not appear on a
// page shown in German or English.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Page, expect, test } from '@playwright/test';

export type Lang = 'it' | 'de' | 'en';

const DIR = path.resolve(__dirname, '..', '..', 'app', 'src', 'i18n');
// ("key", "text") with the text possibly on the next line; \" inside.
const ENTRY = /\(\s*"([a-z0-9_.-]+)",\s*"((?:[^"\\]|\\.)*)",?\s*\)/g;

function parse(): Record<Lang, Map<string, string>> {
  const out: Record<Lang, Map<string, string>> = { it: new Map(), de: new Map(), en: new Map() };
  for (const file of fs.readdirSync(DIR).filter((f) => f.endsWith('.rs'))) {
    const src = fs.readFileSync(path.join(DIR, file), 'utf8');
    // Each table starts with `pub const IT|DE|EN`.
    const tables = src.split(/pub const (IT|DE|EN): /);
    for (let i = 1; i < tables.length; i += 2) {
      const lang = tables[i].toLowerCase() as Lang;
      for (const m of tables[i + 1].matchAll(ENTRY)) {
        out[lang].set(m[1], m[2].replace(/\\"/g, '"').replace(/\\\\/g, '\\'));
      }
    }
  }
  return out;
}

const CATALOG = parse();

/** The text of `key` in `lang` (as the page shows it). */
export function text(key: string, lang: Lang): string {
  const v = CATALOG[lang].get(key);
  if (v === undefined) throw new Error(`no ${lang} text for ${key}`);
  return v;
}

/**
 * Names that stay as they are in every language: INPS's own name of its call
 * centre, kept by the server's German and English message subjects.
 */
const PROPER_NAMES = new Set<string>(['Contact Center INPS']);
const MIN_LENGTH = 12;

/**
 * The Italian texts (or, for texts with `{placeholders}`, their literal
 * parts) longer than 12 characters that the `lang` catalog does not use
 * itself: such a text on a German or English page is an untranslated one.
 */
export function italianOnly(lang: Exclude<Lang, 'it'>): string[] {
  const own = [...CATALOG[lang].values()];
  const found = new Set<string>();
  for (const [key, it] of CATALOG.it) {
    for (const part of it.split(/\{[a-z_]+\}/)) {
      const s = part.trim();
      if (s.length <= MIN_LENGTH || PROPER_NAMES.has(s)) continue;
      if (CATALOG[lang].get(key) === it) continue;
      if (own.some((o) => o.includes(s))) continue;
      found.add(s);
    }
  }
  return [...found];
}

/**
 * Expects the page (its rendered text, `document.body.innerText`) to
 * contain none of the Italian-only texts, and `<html lang>` to be `lang`.
 */
export async function expectNoItalian(page: Page, lang: Exclude<Lang, 'it'>, what: string): Promise<void> {
  await test.step(`no Italian on ${what} (${lang})`, async () => {
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const body = await page.evaluate(() => document.body.innerText);
    const italian = italianOnly(lang).filter((s) => body.includes(s));
    expect(italian, `Italian texts on ${what} shown in ${lang}`).toEqual([]);
  });
}

/** Every key in all three languages (the host tests check it too). */
export function keys(): string[] {
  return [...CATALOG.it.keys()];
}
