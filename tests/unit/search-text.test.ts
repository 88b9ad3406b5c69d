import { describe, expect, it } from 'vitest';
import { foldForSearch, foldSql, searchNeedle } from '@/lib/domain/search-text';

describe('foldForSearch', () => {
  it.each([
    ['Amélie', 'amelie'],
    ['ÉLODIE', 'elodie'],
    ['Müller', 'muller'],
    ['Zoë', 'zoe'],
    ['Œuvre', 'oeuvre'],
    ['œuvre', 'oeuvre'],
    ['Ærø', 'aero'],
    ['Straße', 'strasse'],
    ['Façade Liège', 'facade liege'],
    ['Łódź Šťastný', 'lodz stastny'],
    ['plain text 123', 'plain text 123'],
  ])('folds %j to %j', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });

  it('folds a letter followed by a combining accent like the composed letter', () => {
    expect(foldForSearch('Ame\u0301lie')).toBe('amelie');
  });

  it('leaves what it does not know, and LIKE wildcards, as they are', () => {
    expect(foldForSearch("O'Neil %_ \\ 日本")).toBe("o'neil %_ \\ 日本");
  });
});

describe('foldSql', () => {
  it('translates letter for letter: as many replacements as accented letters', () => {
    const [, from, to] = /translate\(lower\(x\), '([^']*)', '([^']*)'\)/.exec(foldSql('x'))!;
    expect([...from!]).toHaveLength([...to!].length);
    // Each accented letter folds in SQL to what the app folds it to.
    [...from!].forEach((letter, i) => expect(foldForSearch(letter), letter).toBe([...to!][i]));
  });
});

describe('searchNeedle', () => {
  it.each(['0555.000.148', '0555 000 148', '0555000148', 'BE0555000148', 'BE 0555.000.148', 'be-0555-000-148', '555000148', ' 555.000.148 '])(
    'reads the enterprise number %j as its ten digits',
    (query) => {
      expect(searchNeedle(query)).toBe('0555000148');
    },
  );

  it('reads part of a number in notation as its digits', () => {
    expect(searchNeedle('0555.000')).toBe('0555000');
    expect(searchNeedle('BE 0555')).toBe('0555');
    expect(searchNeedle('3500')).toBe('3500');
  });

  it('folds everything else, keeping the words apart', () => {
    expect(searchNeedle('  Amélie Hasselt ')).toBe('amelie hasselt');
    expect(searchNeedle('Bakkerij 12')).toBe('bakkerij 12');
    expect(searchNeedle('3500 Hasselt')).toBe('3500 hasselt');
  });
});
