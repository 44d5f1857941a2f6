// Invented news sites for corpus-level tests: each site repeats its chrome (masthead, menu, a footer sentence
// that reads like prose) on every page, around an article that differs from page to page.
const SITES = [
  { name: 'The Lakeside Herald', menu: 'News | Region | Sport | Opinion | Weather', footer: 'All articles on this site are checked by two editors before they are published, and readers may request corrections at any time.' },
  { name: 'Northern Gazette', menu: 'Home > World > Economy > Science > Travel', footer: 'Our journalism is funded by subscribers, and every subscription helps us keep a reporter in each of the towns we cover.' },
  { name: 'Harbour Times Online', menu: 'Latest  Local  Business  Arts  Letters', footer: 'The Harbour Times has been printed in this town since the nineteenth century and is now owned by a cooperative of its staff.' },
];
const SUBJECTS = ['ferry service', 'water plant', 'town library', 'cycle path', 'fish market', 'concert hall', 'tram line', 'primary school'];
const PLACES = ['Ardmore', 'Keswick', 'Tromsdal', 'Vellinge', 'Ostrava', 'Lugano', 'Tavira'];

export function sitePage(i: number): string {
  const site = SITES[i % SITES.length];
  const subject = SUBJECTS[i % SUBJECTS.length];
  const place = PLACES[(i * 3) % PLACES.length];
  return [
    site.name,
    site.menu,
    '',
    `Plans for the ${subject} in ${place} move ahead`,
    '',
    `Officials in ${place} said on ${['Monday', 'Tuesday', 'Thursday'][i % 3]} that work on the new ${subject} would begin within ${2 + (i % 9)} weeks, after the regional board approved the last of the permits.`,
    '',
    `The project, which has been debated for ${4 + (i % 11)} years, is expected to cost about ${12 + i} million and to employ dozens of workers from the surrounding villages during construction.`,
    '',
    `Residents who spoke at a public meeting were divided: some welcomed the ${subject}, while others worried about traffic, noise and the loss of a green space near the river.`,
    '',
    `A spokeswoman for the council said the timetable for page ${i} of the plan would be published next month, together with the answers to the questions raised at the meeting.`,
    '',
    site.footer,
    '',
  ].join('\n');
}
