import { describe, expect, it } from 'vitest';
import { parseQuery, readPhrases } from '../../../main/catalog/query';
import { buildVocab } from '../../../main/catalog/vocab';
import list from '../../../main/catalog/synonyms-vi.json';
import { foldList, reviewProblems, SYNONYM_LIST } from '../../../main/catalog/synonyms';

const raw = (synonyms: { say: string; means: string[] }[]) =>
  foldList({ version: 1, intentFree: [], synonyms });

describe('the reviewed synonym list', () => {
  it('is versioned and passes its review: nothing maps to itself, no rewrite feeds another', () => {
    expect(list.version).toBeGreaterThanOrEqual(1);
    expect(list.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    expect(reviewProblems(SYNONYM_LIST)).toEqual([]);
  });

  it('the review catches an entry mapping a word to itself', () => {
    expect(reviewProblems(raw([{ say: 'hộ chiếu', means: ['ho chieu'] }]))).toEqual([
      '"ho chieu" maps to itself',
      '"ho chieu" → "ho chieu" holds "ho chieu" (loop)',
    ]);
  });

  it('the review catches a loop through two entries and a meaning that repeats its phrase', () => {
    const loop = raw([
      { say: 'so do', means: ['giay chung nhan'] },
      { say: 'giay chung nhan', means: ['so do'] },
    ]);
    expect(reviewProblems(loop)).toHaveLength(2);
    expect(reviewProblems(raw([{ say: 'ngheo', means: ['ho ngheo'] }]))[0]).toMatch(/loop/u);
  });

  it('reads the longest everyday phrase, and intent-free words apart', () => {
    const pieces = readPhrases(['xin', 'lam', 'can', 'cuoc', 'cho', 'con']);
    expect(pieces).toEqual([
      { kind: 'free', word: 'xin' },
      { kind: 'synonym', say: 'lam can cuoc', means: [['cap', 'the', 'can', 'cuoc']] },
      { kind: 'free', word: 'cho' },
      { kind: 'free', word: 'con' },
    ]);
  });

  it('marks intent-free words and typos of short words optional, so they never decide a match', () => {
    const v = buildVocab(['dang', 'ki', 'khai', 'sinh', 'lan', 'lam', 'viec', 'xe']);
    const { terms, onlyIntentFree } = parseQuery(v, 'lam khai sinh lap ');
    expect(onlyIntentFree).toBe(false);
    const byTyped = Object.fromEntries(terms.map((t) => [t.typed, t.optional]));
    // "lam khai sinh" is an everyday phrase for registering a birth.
    expect(byTyped).toEqual({ 'lam khai sinh': false, lap: true });
    expect(parseQuery(v, 'lam thu tuc').onlyIntentFree).toBe(true);
  });
});
