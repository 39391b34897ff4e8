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
    // Things stolen, leaked or found, by kind. Documents and secrets:
    ['he kept classified files from his years at the unit', ['classified-documents']],
    ['the police found secret documents in his car', ['classified-documents']],
    ['他将涉密档案拍照后发给对方', ['classified-documents']],
    ['持續洩漏辦公室的機密文件', ['classified-documents']],
    ['為對方取得關鍵資料', ['classified-documents']],
    ['向助理索取會議紀錄', ['classified-documents']],
    ['向境外提供了多年的科研機密', ['state-secrets']],
    ['伺機竊取軍事情報', ['state-secrets']],
    ['defence patents were filed again as ordinary ones', ['defence-patents']],
    ['他把國防專利重新申請', ['defence-patents']],
    // Data:
    ['paid for technical manuals on a weapons system', ['technical-data']],
    ['向對方提供技術資料', ['technical-data']],
    ['裝置可以收集水文數據', ['geographic-data']],
    // Imagery:
    ['the phone held footage of the naval base and its piers', ['military-site-imagery']],
    ['videos showing the interior of an air base', ['military-site-imagery']],
    ['手機裡有軍港的照片', ['military-site-imagery']],
    // Devices found at sea:
    ['fishermen hauled up a sonar buoy', ['surveillance-devices']],
    ['what the crew called a spy fish', ['surveillance-devices']],
    ['underwater detection devices planted near the coast', ['surveillance-devices']],
    ['漁民撈到「間諜魚」', ['surveillance-devices']],
    ['這是一種航空聲吶浮標', ['surveillance-devices']],
    ['打撈到一個海上竊密裝置', ['surveillance-devices']],
    ['身上搜出用於探測軍事設施的設備', ['surveillance-devices']],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['The Ministry of Commerce extended anti-dumping duties on stainless steel.', ['gallium', 'rare-earths', 'postal-smuggling', 'illegal-export']],
    ['Gan Lin, the spokesperson, spoke.', ['gallium']],
    ['He made friends at work.', ['dating-social-apps']],
    ['軍事情報局發布聲明', ['state-secrets']],
    ['the technical committee met on Monday', ['technical-data']],
    ['a video of the press conference', ['military-site-imagery']],
  ])('no false tags: %s', (text, absent) => {
    for (const id of absent) expect(ids(text)).not.toContain(id);
  });

  it('keeps the words that matched and the paragraph', () => {
    const [mention] = matchTopics([{ id: 'p3', text: 'a bottle of Gallium' }], taxonomy).filter((m) => m.topic === 'gallium');
    expect(mention).toEqual({ topic: 'gallium', kind: 'material', paragraph: 'p3', evidence: 'Gallium' });
  });
});
