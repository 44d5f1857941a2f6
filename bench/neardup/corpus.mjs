// Generated news stories and pages with known duplicates, for the near-duplicate tests and benchmarks. Every word
// is drawn from the small invented vocabulary below (towns, people and organisations that do not exist), so no
// real page is copied. A story is a headline and paragraphs of sentences on one topic; variants of a story are
// what corpora really hold (a sentence rewritten, figures corrected, paragraphs moved, an update appended, the
// end cut off, the same story on another site's page), and other stories on the same topic, sharing names and
// sometimes a background paragraph, are the non-duplicates that look most like duplicates.
// Deterministic: the same seed gives the same corpus on every machine.

// Read once: in a vm context (jest) every read of a global in a hot loop is slow.
const { imul, floor } = Math;

/** Mulberry32: a small seeded generator of numbers in [0, 1). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rng, list) => list[floor(rng() * list.length)];
const int = (rng, lo, hi) => lo + floor(rng() * (hi - lo + 1));
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

function shuffle(rng, list) {
  const a = [...list];
  for (let i = a.length - 1; i > 0; i--) {
    const j = floor(rng() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

const FIRST = [
  'Anna', 'Bruno', 'Carla', 'Dmitri', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kofi', 'Lena', 'Marco', 'Nadia',
  'Omar', 'Priya', 'Quentin', 'Rosa', 'Samuel', 'Tara', 'Umar', 'Vera', 'Wei', 'Ximena', 'Yusuf', 'Zoe', 'Liam', 'Mei',
  'Pavel', 'Sofia', 'Tomas', 'Amara', 'Chloe', 'Esther', 'Felix', 'Hana', 'Ivan', 'Julia', 'Kwame', 'Leila',
];
const LAST = [
  'Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Kowalski', 'Haddad', 'Brennan', 'Castillo', 'Novak', 'Osei', 'Petrov',
  'Quinlan', 'Rahman', 'Sorensen', 'Takeda', 'Underhill', 'Varga', 'Whitlock', 'Yilmaz', 'Zhou', 'Abbott', 'Bauer',
  'Costa', 'Dubois', 'Eriksen', 'Fischer', 'Gallo', 'Horvat', 'Iqbal', 'Jensen', 'Kamara', 'Lozano', 'Mensah', 'Nakamura',
];
const TOWNS = [
  'Northfield', 'Port Alder', 'Riverton', 'Eastmoor', 'Kessling', 'Lake Varen', 'Marlow Bay', 'Southgate', 'Westbrook',
  'Highcliff', 'Dunmore', 'Ashby', 'Calder', 'Fenwick', 'Greyhaven', 'Holloway', 'Ironbridge', 'Juniper Falls',
  'Kingsreach', 'Larkhill', 'Millbrook', 'Oakridge', 'Pellham', 'Redmarsh', 'Stonebury', 'Thornton Vale',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PAST = [
  'announced', 'approved', 'criticised', 'rejected', 'delayed', 'expanded', 'reviewed', 'defended', 'questioned',
  'welcomed', 'postponed', 'funded', 'scaled back', 'proposed', 'confirmed', 'challenged', 'endorsed', 'suspended',
];
const BASE = [
  'reduce', 'increase', 'improve', 'replace', 'expand', 'review', 'close', 'reopen', 'fund', 'protect', 'limit',
  'restore', 'modernise', 'audit', 'relocate', 'simplify', 'speed up', 'phase out',
];
const ADJ = [
  'significant', 'modest', 'unexpected', 'long-awaited', 'controversial', 'temporary', 'permanent', 'sharp', 'gradual',
  'record', 'annual', 'regional', 'local', 'national', 'costly', 'overdue', 'ambitious', 'cautious',
];
const FEELINGS = ['concerned', 'optimistic', 'frustrated', 'relieved', 'sceptical', 'divided', 'encouraged', 'angry'];
const WHO = ['residents', 'business owners', 'union leaders', 'local councillors', 'opposition members', 'independent experts', 'campaigners', 'parents'];
const PERIODS = ['year', 'month', 'quarter', 'winter', 'summer', 'spring', 'autumn'];

/** Topic areas: what a story is about, who speaks, and the nouns its sentences use. */
const DOMAINS = [
  {
    name: 'transport',
    things: ['the tram extension', 'the bus network', 'the ring road', 'the rail link', 'the cycle lanes', 'the ferry service', 'the airport runway'],
    nouns: ['passengers', 'fares', 'timetables', 'stations', 'commuters', 'tracks', 'delays', 'tickets', 'routes', 'depots', 'drivers', 'signals'],
    orgs: ['Transit Authority', 'Rail Company', 'Roads Department', 'Ferry Board'],
    roles: ['transport minister', 'network director', 'chief engineer', 'commuter group spokesperson'],
  },
  {
    name: 'health',
    things: ['the regional hospital', 'the vaccination programme', 'the new clinic', 'the emergency ward', 'the ambulance service', 'the cancer screening scheme'],
    nouns: ['patients', 'nurses', 'doctors', 'beds', 'waiting lists', 'appointments', 'treatments', 'wards', 'surgeons', 'prescriptions', 'pharmacies', 'midwives'],
    orgs: ['Health Trust', 'Medical Council', 'Nursing Association', 'Public Health Office'],
    roles: ['health secretary', 'chief medical officer', 'hospital director', 'head of nursing'],
  },
  {
    name: 'energy',
    things: ['the wind farm', 'the power station', 'the solar park', 'the gas pipeline', 'the grid upgrade', 'the heat network'],
    nouns: ['households', 'tariffs', 'turbines', 'megawatts', 'bills', 'emissions', 'substations', 'suppliers', 'meters', 'engineers', 'outages', 'batteries'],
    orgs: ['Energy Regulator', 'Power Cooperative', 'Grid Operator', 'Climate Agency'],
    roles: ['energy minister', 'grid operator chief', 'project manager', 'consumer advocate'],
  },
  {
    name: 'schools',
    things: ['the school funding formula', 'the new curriculum', 'the exam timetable', 'the teacher pay deal', 'the school meals scheme', 'the university merger'],
    nouns: ['pupils', 'teachers', 'classrooms', 'exams', 'grades', 'budgets', 'governors', 'students', 'lessons', 'tuition fees', 'head teachers', 'textbooks'],
    orgs: ['Education Board', 'Teachers Union', 'School Trust', 'University Council'],
    roles: ['education secretary', 'union general secretary', 'head teacher', 'chair of governors'],
  },
  {
    name: 'housing',
    things: ['the housing estate', 'the rent cap', 'the tower block refurbishment', 'the planning application', 'the affordable homes plan', 'the mortgage relief scheme'],
    nouns: ['tenants', 'landlords', 'rents', 'flats', 'developers', 'mortgages', 'planning permits', 'builders', 'evictions', 'house prices', 'leaseholders', 'repairs'],
    orgs: ['Housing Association', 'Planning Committee', 'Tenants Union', 'Building Society'],
    roles: ['housing minister', 'planning officer', 'tenants union organiser', 'council leader'],
  },
  {
    name: 'courts',
    things: ['the fraud trial', 'the appeal hearing', 'the public inquiry', 'the corruption case', 'the sentencing review', 'the extradition request'],
    nouns: ['jurors', 'witnesses', 'defendants', 'prosecutors', 'judges', 'verdicts', 'lawyers', 'charges', 'hearings', 'documents', 'victims', 'fines'],
    orgs: ['High Court', 'Prosecution Service', 'Bar Council', 'Justice Ministry'],
    roles: ['chief prosecutor', 'defence lawyer', 'presiding judge', 'justice minister'],
  },
  {
    name: 'farming',
    things: ['the harvest', 'the irrigation scheme', 'the dairy subsidy', 'the grain export deal', 'the livestock ban', 'the orchard replanting'],
    nouns: ['farmers', 'crops', 'yields', 'tonnes of wheat', 'cattle', 'fertiliser', 'growers', 'prices', 'tractors', 'seasonal workers', 'rainfall', 'orchards'],
    orgs: ['Farmers Union', 'Agriculture Ministry', 'Grain Board', 'Dairy Cooperative'],
    roles: ['agriculture minister', 'union president', 'crop scientist', 'cooperative chair'],
  },
  {
    name: 'markets',
    things: ['the stock exchange listing', 'the interest rate decision', 'the takeover bid', 'the bank merger', 'the bond sale', 'the pension fund review'],
    nouns: ['investors', 'shares', 'profits', 'dividends', 'analysts', 'bonds', 'savers', 'lenders', 'traders', 'earnings', 'shareholders', 'loans'],
    orgs: ['Central Bank', 'Securities Commission', 'Stock Exchange', 'Chamber of Commerce'],
    roles: ['finance minister', 'chief economist', 'bank governor', 'fund manager'],
  },
  {
    name: 'weather',
    things: ['the flood defences', 'the storm warning', 'the heatwave plan', 'the drought order', 'the coastal erosion survey', 'the snow clearance operation'],
    nouns: ['rainfall', 'rivers', 'sandbags', 'homes', 'roads', 'forecasters', 'temperatures', 'reservoirs', 'volunteers', 'firefighters', 'power lines', 'gusts'],
    orgs: ['Weather Service', 'Environment Agency', 'Fire and Rescue Service', 'Coastguard'],
    roles: ['chief forecaster', 'emergency coordinator', 'fire chief', 'environment minister'],
  },
  {
    name: 'technology',
    things: ['the data centre', 'the broadband rollout', 'the digital identity scheme', 'the chip factory', 'the cyber security review', 'the app ban'],
    nouns: ['users', 'engineers', 'servers', 'start-ups', 'software', 'customers', 'chips', 'networks', 'developers', 'subscribers', 'passwords', 'devices'],
    orgs: ['Digital Ministry', 'Telecom Regulator', 'Technology Council', 'Data Protection Office'],
    roles: ['digital minister', 'chief technology officer', 'security researcher', 'regulator spokesperson'],
  },
  {
    name: 'football',
    things: ['the stadium redevelopment', 'the cup final', 'the transfer window', 'the league restructuring', 'the youth academy', 'the ticket pricing plan'],
    nouns: ['supporters', 'players', 'coaches', 'goals', 'matches', 'season tickets', 'referees', 'clubs', 'fans', 'contracts', 'injuries', 'points'],
    orgs: ['Football League', 'Supporters Trust', 'Players Association', 'Stadium Authority'],
    roles: ['club chairman', 'head coach', 'league president', 'supporters trust chair'],
  },
  {
    name: 'culture',
    things: ['the museum reopening', 'the arts festival', 'the theatre restoration', 'the library closures', 'the film studio', 'the heritage listing'],
    nouns: ['visitors', 'artists', 'exhibitions', 'performers', 'volunteers', 'collections', 'audiences', 'grants', 'curators', 'tickets', 'galleries', 'musicians'],
    orgs: ['Arts Council', 'Heritage Trust', 'Museum Board', 'Festival Committee'],
    roles: ['culture minister', 'museum director', 'festival organiser', 'heritage officer'],
  },
];

/** A topic: one domain in one town, with its own people and organisation, as several outlets would cover it. */
export function makeTopic(rng) {
  const domain = pick(rng, DOMAINS);
  const town = pick(rng, TOWNS);
  const people = Array.from({ length: 3 }, () => ({ name: `${pick(rng, FIRST)} ${pick(rng, LAST)}`, role: pick(rng, domain.roles) }));
  return { domain, town, org: `${town} ${pick(rng, domain.orgs)}`, thing: pick(rng, domain.things), people };
}

// Sentence shapes. Each fills its slots from the topic and the shared vocabulary, so two stories on one topic
// share names and nouns but rarely five words in a row, as real stories on one event do.
const SENTENCES = [
  (r, t, p) => `${p.name}, the ${p.role}, said on ${pick(r, DAYS)} that ${t.thing} would ${pick(r, BASE)} ${pick(r, t.domain.nouns)} by ${pick(r, MONTHS)}.`,
  (r, t) => `The ${t.org} ${pick(r, PAST)} a plan to ${pick(r, BASE)} ${t.thing} after ${int(r, 12, 980)} ${pick(r, t.domain.nouns)} were affected last ${pick(r, PERIODS)}.`,
  (r, t, p) => `"We have to ${pick(r, BASE)} ${pick(r, t.domain.nouns)} before we can ${pick(r, BASE)} anything else," ${p.name} told reporters in ${t.town}.`,
  (r, t) => `Officials in ${t.town} estimated that ${int(r, 3, 87)} percent of ${pick(r, t.domain.nouns)} were ${pick(r, ['affected', 'at risk', 'unaffected', 'waiting'])} by the end of the ${pick(r, PERIODS)}.`,
  (r, t) => `Figures published by the ${t.org} show ${pick(r, t.domain.nouns)} ${pick(r, ['rose', 'fell', 'held steady'])} by ${int(r, 2, 40)}.${int(r, 0, 9)} percent to ${int(r, 1, 95)},${int(r, 100, 999)} in ${int(r, 2015, 2024)}.`,
  (r, t) => `${cap(t.thing)} has so far cost ${int(r, 2, 750)} million ${pick(r, ['crowns', 'dollars', 'euros', 'marks'])}, ${pick(r, ['well above', 'slightly below', 'roughly in line with'])} the original estimate.`,
  (r, t) => `${cap(pick(r, WHO))} said they were ${pick(r, FEELINGS)} about the ${pick(r, ADJ)} changes to ${pick(r, t.domain.nouns)}.`,
  (r, t, p) => `Asked whether ${pick(r, t.domain.nouns)} would ${pick(r, BASE)} ${pick(r, t.domain.nouns)}, ${p.name} declined to give a date.`,
  (r, t) => `A ${pick(r, ADJ)} review of ${t.thing} is expected in ${pick(r, MONTHS)}, according to a ${pick(r, ['draft report', 'leaked memo', 'public notice', 'council paper'])} seen by this newspaper.`,
  (r, t) => `The decision follows ${int(r, 2, 19)} months of ${pick(r, ['talks', 'protests', 'consultations', 'delays', 'negotiations'])} between the ${t.org} and ${pick(r, WHO)}.`,
  (r, t, p) => `${p.name} ${pick(r, PAST)} the ${pick(r, ADJ)} proposal, arguing that ${pick(r, t.domain.nouns)} in ${t.town} deserved ${pick(r, ['better', 'faster', 'fairer', 'clearer'])} ${pick(r, ['answers', 'support', 'planning', 'funding'])}.`,
  (r, t) => `Critics say ${t.thing} will ${pick(r, BASE)} ${pick(r, t.domain.nouns)} while doing little to ${pick(r, BASE)} ${pick(r, t.domain.nouns)}.`,
  (r, t) => `About ${int(r, 20, 4000)} ${pick(r, WHO)} attended a ${pick(r, ['meeting', 'rally', 'hearing', 'briefing'])} at the ${t.town} ${pick(r, ['town hall', 'community centre', 'library', 'sports hall'])} on ${pick(r, DAYS)} evening.`,
  (r, t) => `The ${t.org} said a further ${int(r, 3, 600)} ${pick(r, t.domain.nouns)} could be ${pick(r, ['added', 'removed', 'moved', 'inspected'])} if funding was ${pick(r, ['approved', 'extended', 'found', 'restored'])}.`,
  (r, t, p) => `"This is ${pick(r, ['a turning point', 'only the start', 'not what we were promised', 'long overdue', 'a sensible compromise'])} for ${t.town}," said ${p.name}, the ${p.role}.`,
  (r, t) => `It is the ${pick(r, ['first', 'second', 'third', 'largest', 'latest'])} such ${pick(r, ['change', 'decision', 'announcement', 'setback'])} since ${pick(r, MONTHS)} ${int(r, 2009, 2023)}, when ${pick(r, t.domain.nouns)} were last ${pick(r, ['reviewed', 'counted', 'cut', 'expanded'])}.`,
  (r, t) => `Under the ${pick(r, ADJ)} timetable, work on ${t.thing} would ${pick(r, ['begin', 'resume', 'finish', 'pause'])} in ${pick(r, MONTHS)} and last about ${int(r, 3, 30)} months.`,
  (r, t) => `${cap(pick(r, WHO))} in ${pick(r, TOWNS)} are watching the outcome closely, as they face ${pick(r, ADJ)} pressure on ${pick(r, t.domain.nouns)} of their own.`,
];

function sentence(rng, topic) {
  return pick(rng, SENTENCES)(rng, topic, pick(rng, topic.people));
}

function paragraph(rng, topic) {
  return Array.from({ length: int(rng, 1, 3) }, () => sentence(rng, topic));
}

const HEADLINES = [
  (r, t) => `${t.town} ${pick(r, PAST)} ${t.thing.replace(/^the /, '')} plan`,
  (r, t) => `${cap(pick(r, t.domain.nouns))} ${pick(r, FEELINGS)} as ${t.org} ${pick(r, PAST)} ${t.thing.replace(/^the /, '')}`,
  (r, t) => `${cap(t.thing)} to ${pick(r, BASE)} ${pick(r, t.domain.nouns)}, ${t.org} says`,
  (r, t) => `${cap(pick(r, ADJ))} ${pick(r, ['setback', 'boost', 'row', 'delay'])} for ${t.thing.replace(/^the /, '')} in ${t.town}`,
];

/**
 * A story: a headline and paragraphs (each a list of sentences). `opening` adds a wire dateline to the first
 * sentence; `paragraphs` fixes the length (default 6 to 12, about 250 to 750 words).
 */
export function makeStory(rng, topic, { paragraphs = int(rng, 6, 12), opening = rng() < 0.4 } = {}) {
  const body = Array.from({ length: paragraphs }, () => paragraph(rng, topic));
  if (opening) {
    const agency = pick(rng, ['Meridian Wire', 'Coastal Press', 'Continental News']);
    body[0][0] = `${topic.town.toUpperCase()}, ${pick(rng, MONTHS)} ${int(rng, 1, 28)} (${agency}) -- ${body[0][0]}`;
  }
  return { title: pick(rng, HEADLINES)(rng, topic), paragraphs: body };
}

const clone = (story) => ({ title: story.title, paragraphs: story.paragraphs.map((p) => [...p]) });

/** A random sentence of a story, not the first (which may carry the dateline). */
function someSentence(rng, story) {
  const places = story.paragraphs.flatMap((p, i) => p.map((_, j) => [i, j])).filter(([i, j]) => i + j > 0);
  return pick(rng, places);
}

/**
 * Edits that keep a story the same story. Each returns a new story; the original is not changed.
 *   sentence: one sentence rewritten; figures: numbers corrected in two sentences; reordered: the paragraphs
 *   after the lead in another order; update: a paragraph added at the end and the headline changed; trimmed:
 *   the last paragraph cut (as a shorter outlet's copy).
 */
export const EDITS = {
  sentence(rng, story, topic) {
    const s = clone(story);
    const [i, j] = someSentence(rng, s);
    s.paragraphs[i][j] = sentence(rng, topic);
    return s;
  },
  figures(rng, story) {
    const s = clone(story);
    for (let k = 0; k < 2; k++) {
      const [i, j] = someSentence(rng, s);
      s.paragraphs[i][j] = s.paragraphs[i][j].replace(/\d+/, (n) => String(Number(n) + int(rng, 1, 9)));
    }
    return s;
  },
  reordered(rng, story) {
    const s = clone(story);
    const [lead, ...rest] = s.paragraphs;
    let moved = shuffle(rng, rest);
    // a shuffle can leave the order as it was: then swap the first two after the lead
    if (moved.every((p, i) => p === rest[i]) && moved.length > 1) moved = [moved[1], moved[0], ...moved.slice(2)];
    s.paragraphs = [lead, ...moved];
    return s;
  },
  update(rng, story, topic) {
    const s = clone(story);
    s.title = `UPDATE: ${s.title}`;
    s.paragraphs.push(paragraph(rng, topic));
    return s;
  },
  trimmed(rng, story) {
    const s = clone(story);
    if (s.paragraphs.length > 6) s.paragraphs.pop();
    return s;
  },
};

/** Body text of a story as the cleaner gives it: paragraphs one blank line apart. */
export function storyBody(story) {
  return story.paragraphs.map((p) => p.join(' ')).join('\n\n');
}

// Sites: the chrome around a story. Each is the text a browser or converter would save of one site's page:
// masthead, navigation, breadcrumb, byline and date, then the story, then share bars, related headlines and a
// footer. `related` are other stories' headlines, as real pages link them.
const SITES = {
  ledger(story, meta) {
    return [
      'The Northern Ledger', '', 'Home | World | Business | Sport | Opinion | Culture | Contact', '',
      `Home > ${cap(meta.domain)} > ${meta.town}`, '', story.title, '',
      `By ${meta.author} | ${meta.date}`, '',
      ...story.paragraphs.flatMap((p) => [p.join(' '), '']),
      'Share this article: Facebook | Twitter | Email | Print', '',
      'Related stories:', ...meta.related.map((h) => `* ${h}`), '',
      '(c) 2024 The Northern Ledger. All rights reserved. | Privacy | Terms | Cookies',
    ].join('\n');
  },
  lynx(story, meta) {
    // lynx wraps everything at 76 columns, list items with a hanging indent
    const wrap = (text, indent = '   ', hanging = indent, width = 76) => {
      const lines = [];
      let line = '';
      for (const w of text.split(' ')) {
        const lead = lines.length === 0 ? indent : hanging;
        if (line && lead.length + line.length + 1 + w.length > width) {
          lines.push(lead + line);
          line = w;
        } else line = line ? `${line} ${w}` : w;
      }
      if (line) lines.push((lines.length === 0 ? indent : hanging) + line);
      return lines;
    };
    return [
      '   [1]Skip to main content', '', '   [2]COASTAL HERALD', '',
      '     * [3]News', '     * [4]Politics', '     * [5]Business', '     * [6]Sport', '     * [7]Weather', '',
      ...wrap(story.title), '', `   ${meta.date}`, '', '   [IMG]', '',
      ...story.paragraphs.flatMap((p) => [...wrap(p.join(' ')), '']),
      '   Share: [8]Facebook [9]X [10]WhatsApp', '',
      '   More from Coastal Herald', '', ...meta.related.flatMap((h, i) => wrap(`[${11 + i}]${h}`, '     * ', '       ')), '',
      '   [20]About us [21]Advertise [22]Newsletter sign-up [23]Contact',
    ].join('\n');
  },
  portal(story, meta) {
    return [
      '# Valley Times Online', '', '[News](/news) [Local](/local) [Money](/money) [Life](/life) [Video](/video)', '',
      `News / ${cap(meta.domain)}`, '', `# ${story.title}`, '',
      `**By ${meta.author}** · ${meta.date}`, '', 'Listen to this article', '',
      ...story.paragraphs.flatMap((p) => [p.join(' '), '']),
      '## Most read', '', ...meta.related.map((h, i) => `${i + 1}. ${h}`), '',
      'Sign up for our morning newsletter', '', 'Comments (12) | Report an error', '',
      'Valley Times Online. Registered office: 4 Mill Lane.',
    ].join('\n');
  },
  wire(story, meta) {
    return [
      `Source: Meridian Wire| ${meta.isoDate}|Editor: ${meta.editor}`, '', 'Video PlayerClose', '',
      story.title, '', ...story.paragraphs.flatMap((p) => [p.join(' '), '']),
      `(Editor: ${meta.editor})`, '', 'Email | Print | Comments', '',
      'We Recommend:', '', ...meta.related, '',
      'Copyright Meridian Wire. All rights reserved.',
    ].join('\n');
  },
};
export const SITE_NAMES = Object.keys(SITES);

/** The page of a story on a site, as saved text. */
export function renderPage(site, story, meta) {
  return SITES[site](story, meta);
}

function pageMeta(rng, topic, related) {
  const month = int(rng, 1, 12);
  const day = int(rng, 1, 28);
  return {
    domain: topic.domain.name,
    town: topic.town,
    author: `${pick(rng, FIRST)} ${pick(rng, LAST)}`,
    editor: `${pick(rng, FIRST)} ${pick(rng, LAST)}`,
    date: `${MONTHS[month - 1]} ${day}, 2024`,
    isoDate: `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} ${String(int(rng, 0, 23)).padStart(2, '0')}:${String(int(rng, 0, 59)).padStart(2, '0')}:00`,
    related,
  };
}

/** Kinds of labelled pairs: positives are copies of one story, negatives different stories on one topic. */
export const POSITIVE_KINDS = ['exact', 'chrome', 'sentence', 'figures', 'reordered', 'update', 'trimmed', 'combined'];
export const NEGATIVE_KINDS = ['same-topic', 'shared-paragraph', 'follow-up'];

/**
 * A corpus of pages with known duplicates. `topics` topics, each with `storiesPerTopic` different stories; each
 * story appears as an original page and `variantsPerStory` copies of random kinds (POSITIVE_KINDS), on the same
 * site unless the kind changes the site. The second story of a topic reuses a paragraph of the first
 * ('shared-paragraph'), the third about half of its paragraphs ('follow-up'); all other pairs of stories of a
 * topic are only on the same topic ('same-topic').
 * Returns the pages in a shuffled order (copies may come before their original, as in a crawl), each with its
 * story number, and the labelled pairs (indexes into pages): `{a, b, kind, duplicate}`.
 */
export function generateCorpus({ seed = 1, topics = 20, storiesPerTopic = 3, variantsPerStory = 2, kinds = POSITIVE_KINDS } = {}) {
  const rng = random(seed);
  const pages = [];
  const pairs = [];
  let storyNo = 0;
  const allTitles = [];
  const topicStories = [];
  for (let t = 0; t < topics; t++) {
    const topic = makeTopic(rng);
    const stories = [];
    for (let s = 0; s < storiesPerTopic; s++) {
      const story = makeStory(rng, topic);
      if (s === 1) {
        // a background paragraph copied from the topic's first story, as later stories on an event often carry
        const borrowed = stories[0].story.paragraphs[int(rng, 1, stories[0].story.paragraphs.length - 1)];
        story.paragraphs.splice(int(rng, 1, story.paragraphs.length - 1), 0, [...borrowed]);
      } else if (s === 2) {
        // a follow-up: new paragraphs first, then about half of the first story's, as a next-day story recaps
        const kept = stories[0].story.paragraphs.filter(() => rng() < 0.5).map((p) => [...p]);
        story.paragraphs = [...story.paragraphs.slice(0, Math.max(2, story.paragraphs.length - kept.length)), ...kept];
      }
      stories.push({ story, topic, no: storyNo++ });
      allTitles.push(story.title);
    }
    topicStories.push(stories);
  }
  const related = () => Array.from({ length: 4 }, () => pick(rng, allTitles));
  for (const stories of topicStories) {
    const originals = [];
    for (const { story, topic, no } of stories) {
      const site = pick(rng, SITE_NAMES);
      const meta = pageMeta(rng, topic, related());
      const original = pages.push({ text: renderPage(site, story, meta), story: no, kind: 'original', site }) - 1;
      originals.push(original);
      for (let v = 0; v < variantsPerStory; v++) {
        const kind = pick(rng, kinds);
        let copy = story;
        let copySite = site;
        let copyMeta = pageMeta(rng, topic, related());
        if (kind === 'exact') copyMeta = meta;
        else if (kind === 'chrome') copySite = pick(rng, SITE_NAMES.filter((n) => n !== site));
        else if (kind === 'combined') {
          copySite = pick(rng, SITE_NAMES.filter((n) => n !== site));
          copy = EDITS.reordered(rng, EDITS.sentence(rng, story, topic));
        } else copy = EDITS[kind](rng, story, topic);
        const variant = pages.push({ text: renderPage(copySite, copy, copyMeta), story: no, kind, site: copySite }) - 1;
        pairs.push({ a: original, b: variant, kind, duplicate: true });
      }
    }
    for (let i = 0; i < originals.length; i++) {
      for (let j = i + 1; j < originals.length; j++) {
        const kind = i > 0 ? 'same-topic' : j === 1 ? 'shared-paragraph' : j === 2 ? 'follow-up' : 'same-topic';
        pairs.push({ a: originals[i], b: originals[j], kind, duplicate: false });
      }
    }
  }
  // a crawl meets pages in no particular order: shuffle them, and renumber the pairs
  const order = shuffle(rng, pages.map((_, i) => i));
  const where = new Array(pages.length);
  order.forEach((from, to) => (where[from] = to));
  return {
    pages: order.map((i) => pages[i]),
    pairs: pairs.map((p) => ({ ...p, a: where[p.a], b: where[p.b] })),
  };
}

/**
 * Bodies only, for measuring scale: `count` bodies in which about `duplicateShare` are edited copies of an
 * earlier body (any edit of EDITS, or an exact copy). Topics are shared by about eight stories each. Yields
 * `{body, story}` one at a time, so a large corpus need not be held in memory.
 */
export function* generateBodies(count, { seed = 1, duplicateShare = 0.2 } = {}) {
  const rng = random(seed);
  const topics = Array.from({ length: Math.max(1, Math.ceil(count / 8)) }, () => makeTopic(rng));
  const recent = [];
  const edits = Object.keys(EDITS);
  for (let n = 0; n < count; n++) {
    if (recent.length > 0 && rng() < duplicateShare) {
      const { story, topic, no } = pick(rng, recent);
      const kind = rng() < 0.2 ? null : pick(rng, edits);
      yield { body: storyBody(kind ? EDITS[kind](rng, story, topic) : story), story: no };
      continue;
    }
    const topic = pick(rng, topics);
    const story = makeStory(rng, topic);
    // copies come from a window of recent stories, as syndication follows the news
    recent.push({ story, topic, no: n });
    if (recent.length > 500) recent.shift();
    yield { body: storyBody(story), story: n };
  }
}
