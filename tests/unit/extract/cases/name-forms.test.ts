/**
 * Every form in which reports name the people of a case (name-forms.table.ts), read line by line: the
 * reading gives exactly the names a reader would take from the line, and none from lines naming nobody.
 */
import { describe, expect, it } from 'vitest';
import { findPersonIntros } from '../../../../src/extract/cases/entities.ts';
import { NAME_FORMS } from './name-forms.table.ts';

const names = (text: string) => [...new Set(findPersonIntros(text).map((i) => i.name))].sort();

describe.each(Object.entries(NAME_FORMS))('%s', (_form, lines) => {
  it.each(lines.map((l) => [l.text, l.names] as const))('%s', (text, expected) => {
    expect(names(text)).toEqual([...expected].sort());
  });
});
