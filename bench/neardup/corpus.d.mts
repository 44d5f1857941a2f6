// Types of corpus.mjs, for the TypeScript tests that use the generator.
export interface Topic {
  domain: { name: string; things: string[]; nouns: string[]; orgs: string[]; roles: string[] };
  town: string;
  org: string;
  thing: string;
  people: { name: string; role: string }[];
}
export interface Story {
  title: string;
  paragraphs: string[][];
}
export interface PageMeta {
  domain: string;
  town: string;
  author: string;
  editor: string;
  date: string;
  isoDate: string;
  related: string[];
}
export type Rng = () => number;
export type Edit = (rng: Rng, story: Story, topic: Topic) => Story;
export interface GeneratedPage {
  text: string;
  story: number;
  kind: string;
  site: string;
}
export interface LabelledPair {
  a: number;
  b: number;
  kind: string;
  duplicate: boolean;
}

export function random(seed: number): Rng;
export function makeTopic(rng: Rng): Topic;
export function makeStory(rng: Rng, topic: Topic, opts?: { paragraphs?: number; opening?: boolean }): Story;
export const EDITS: Record<'sentence' | 'figures' | 'reordered' | 'update' | 'trimmed', Edit>;
export function storyBody(story: Story): string;
export const SITE_NAMES: string[];
export function renderPage(site: string, story: Story, meta: PageMeta): string;
export const POSITIVE_KINDS: string[];
export const NEGATIVE_KINDS: string[];
export function generateCorpus(spec?: {
  seed?: number;
  topics?: number;
  storiesPerTopic?: number;
  variantsPerStory?: number;
  kinds?: string[];
}): { pages: GeneratedPage[]; pairs: LabelledPair[] };
export function generateBodies(count: number, opts?: { seed?: number; duplicateShare?: number }): Generator<{ body: string; story: number }>;
