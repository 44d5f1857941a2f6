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

  it('removes a numbered breadcrumb or menu of one- and two-word items, but not a numbered list of sentences', () => {
    const doc = pipeline(
      page(
        '1. Nation',
        '2. Local news',
        '3. Transport',
        '',
        'Tram line to the airport opens three months late',
        '',
        'The new tram line between the central station and the airport opened on Saturday, three months later than planned, after problems with the signalling system delayed the final safety checks.',
        '',
        'The operator listed the three steps still to come:',
        '',
        '1. Trams will run every ten minutes from Monday, and every five minutes at peak times from next month.',
        '2. The old shuttle buses will keep running until the end of the year for passengers with heavy luggage.',
        '3. A second stop at the business park will open once the platform there has been finished.',
        '',
        'The city council said the final cost of the project was still being calculated and would be published in the spring.',
      ),
    );
    for (const item of ['Nation', 'Local news', 'Transport']) expect(fate(doc, item)).toBe('-chrome:numbered-list');
    expect(fate(doc, 'Trams will run every ten minutes')).toBe('+content:main');
    expect(fate(doc, 'A second stop at the business park')).toBe('+content:main');
  });

  it('removes a short photo caption or credit, and keeps a paragraph that mentions a photo', () => {
    const doc = pipeline(
      page(
        'Harbour crane collapses in storm',
        '',
        'A crane at the container harbour collapsed during the storm on Friday night. No one was hurt, the port authority said.',
        '',
        'The fallen crane lies across the quay. (Photo: Port Authority)',
        '',
        'Workers had left the crane an hour before the wind reached its peak, and the quay had been closed as a precaution since the afternoon.',
        '',
        'A photo taken by a ferry passenger shortly after midnight shows the crane bending slowly towards the water before it fell, the authority said in its statement on Saturday.',
      ),
    );
    expect(fate(doc, 'The fallen crane lies across the quay.')).toBe('-chrome:caption');
    expect(fate(doc, 'A photo taken by a ferry passenger')).toBe('+content:main');
    expect(fate(doc, 'Workers had left the crane')).toBe('+content:main');
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
