import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTopicFile } from '../../../../src/emit/topic-page.ts';
import { matchTopics, topicsInText } from '../../../../src/extract/cases/topics.ts';
import type { TaxonomyEntry } from '../../../../src/model/types.ts';

const files = readdirSync('content/topics').filter((f) => f.endsWith('.mdx'));
const parsed = files.map((f) => parseTopicFile(`content/topics/${f}`, readFileSync(`content/topics/${f}`, 'utf8')));
const taxonomy: TaxonomyEntry[] = parsed.flatMap((r) => (r.ok ? [r.entry] : []));

describe('the taxonomy files', () => {
  it('all parse, with unique ids, a description and patterns', () => {
    expect(parsed.filter((r) => !r.ok)).toEqual([]);
    expect(new Set(taxonomy.map((t) => t.id)).size).toBe(taxonomy.length);
    for (const t of taxonomy) {
      expect(t.description.length, t.id).toBeGreaterThan(40);
      expect(t.patterns.length, t.id).toBeGreaterThan(0);
    }
  });

  it('covers every kind', () => {
    expect(new Set(taxonomy.map((t) => t.kind))).toEqual(new Set(['tactic', 'channel', 'sector', 'material', 'motive', 'outcome', 'law']));
  });
});

const ids = (text: string) => topicsInText(text, taxonomy).map((t) => t.entry.id);

describe('matching', () => {
  it.each([
    [
      'declaring high-purity rare earths, such as dysprosium and terbium, as low-value products like nickel powder',
      ['rare-earths', 'dysprosium', 'terbium', 'false-declaration'],
    ],
    ['stashed in mannequins or mixed with ceramic tile material', ['concealment-in-goods']],
    ['routed the packages through intermediary countries, a method known as transhipping', ['transhipment']],
    ['had a bottle of gallium in their carry-on luggage', ['gallium', 'carry-on-courier']],
    ['met a foreign intelligence officer who posed as a manager of an online loan company', ['impersonation', 'online-loans']],
    ['his addiction to online gambling left him in debt', ['gambling', 'debt']],
    ['using the "shaking" function on his phone to find people nearby', ['dating-social-apps']],
    ['a spy who used "virtual positioning" to connect with people near sensitive military sites', ['location-spoofing', 'military']],
    ['posted job-seeking information on a recruitment website', ['recruitment-part-time-job']],
    ['joined several model aircraft enthusiasts groups', ['social-media-groups', 'aviation']],
    ['discovered signal interception and data collection devices', ['signal-interception']],
    ["his seeking collaboration violated China's Anti-Espionage Law", ['self-initiated-offer', 'anti-espionage-law']],
    ['secretly retained sensitive materials during his tenure by copying and photographing them', ['copying-classified-documents']],
    ['antimony and graphite exports need a licence under export controls', ['antimony', 'graphite', 'export-controls']],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['The Ministry of Commerce extended anti-dumping duties on stainless steel.', ['gallium', 'rare-earths', 'postal-smuggling', 'illegal-export']],
    ['Gan Lin, the spokesperson, spoke.', ['gallium']],
    ['He made friends at work.', ['dating-social-apps']],
  ])('no false tags: %s', (text, absent) => {
    for (const id of absent) expect(ids(text)).not.toContain(id);
  });

  it('keeps the words that matched and the paragraph', () => {
    const [mention] = matchTopics([{ id: 'p3', text: 'a bottle of Gallium' }], taxonomy).filter((m) => m.topic === 'gallium');
    expect(mention).toEqual({ topic: 'gallium', kind: 'material', paragraph: 'p3', evidence: 'Gallium' });
  });
});
