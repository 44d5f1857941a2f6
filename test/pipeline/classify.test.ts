// Each chrome rule on a page written for the test (fixtures/pages), never on one of the sample pages.
import { fixture, fate, pipeline, page } from '../helpers.js';

describe('chrome rules', () => {
  it('removes a heading followed by a run of headline-like lines inside an article (link list)', () => {
    const doc = pipeline(fixture('pages/related-list.txt'));
    for (const line of ['Related stories', 'Council budget vote delayed again', 'New mayor sworn in at town hall']) {
      expect(fate(doc, line)).toBe('-chrome:link-list');
    }
    // the article goes on after the list, and so does the body
    expect(fate(doc, 'The town council of Riverside')).toBe('+content:main');
    expect(fate(doc, 'Opponents had argued')).toBe('+content:main');
  });

  it('removes widget lines: share and print buttons, comment counters, login prompts', () => {
    const doc = pipeline(fixture('pages/widgets.txt'));
    for (const line of ['Share on Facebook', 'Comments (4)', 'Log in to comment', 'Like  Share  Save', 'Skip to content']) {
      expect(fate(doc, line)).toBe('-chrome:widget');
    }
    expect(fate(doc, '"We never expected this,"')).toBe('+content:main');
  });

  it('removes a numbered list of headlines', () => {
    const doc = pipeline(fixture('pages/numbered-headlines.txt'));
    for (const line of ['Train strike called off', 'Why the price of coffee keeps rising']) {
      expect(fate(doc, line)).toBe('-chrome:numbered-list');
    }
    expect(fate(doc, 'Drivers were advised')).toBe('+content:main');
  });

  it('removes renderer residue: image placeholders, frames, form fields and buttons', () => {
    const doc = pipeline(fixture('pages/lynx-dump.txt'));
    for (const line of ['[logo_orchestra.png]', 'Search: ____', 'IFRAME: https://', '(BUTTON) Subscribe']) {
      expect(fate(doc, line)).toBe('-chrome:residue');
    }
  });

  it('removes navigation around the article as outside the main text region', () => {
    const doc = pipeline(
      page(
        'Top stories', '', 'Politics', '', 'Business', '', 'Culture and arts', '',
        'The new ferry between the two islands made its first crossing on Sunday morning, carrying more than two hundred passengers and forty cars.',
        '',
        'Islanders have waited almost a decade for the service, which replaces a smaller boat that could not sail in winter storms.',
        '',
        'About us', '', 'Advertise with us', '', 'Jobs at the paper',
      ),
    );
    expect(fate(doc, 'Islanders have waited')).toBe('+content:main');
    expect(fate(doc, 'Advertise with us')).toMatch(/^-chrome:/);
    expect(fate(doc, 'Politics')).toMatch(/^-chrome:/);
  });

  it('keeps a short paragraph between article paragraphs (a one-line quote)', () => {
    const doc = pipeline(
      page(
        'The mayor opened the new swimming pool on Saturday, two years after the old one was closed because of structural damage to its roof.',
        '',
        '"It was worth the wait."',
        '',
        'The pool has a fifty-metre lane for training and a shallow area for children, and it will be open every day from six in the morning.',
      ),
    );
    expect(fate(doc, '"It was worth the wait."')).toBe('+content:main');
  });

  it('drops a label that only introduces the headline ("Latest News:")', () => {
    const doc = pipeline(
      page(
        'Latest News:',
        '',
        'Volcano eruption closes airport',
        '',
        'Flights were cancelled on Monday after a volcano on the island began erupting, sending a cloud of ash several kilometres into the air.',
        '',
        'The volcano last erupted in 1998, when the airport was closed for almost a week and hundreds of tourists were stranded on the island.',
      ),
    );
    expect(fate(doc, 'Latest News:')).toMatch(/^-chrome:/);
    expect(fate(doc, 'Volcano eruption closes airport')).toBe('-field:title');
    expect(fate(doc, 'The volcano last erupted')).toBe('+content:main');
  });
});
