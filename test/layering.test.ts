// The modules' imports go one way: no module imports, directly or through others, a module that imports it (type
// imports included, as `madge --circular --extensions ts --ts-config tsconfig.json src` counts them). Types that
// a layer shares live below it, so that a newcomer can read and change a module without its dependents.
import madge from 'madge';
import path from 'node:path';
import { ROOT } from './helpers.js';

test('src has no import cycle', async () => {
  const graph = await madge(path.join(ROOT, 'src'), { fileExtensions: ['ts'], tsConfig: path.join(ROOT, 'tsconfig.json') });
  expect(graph.circular()).toEqual([]);
}, 180_000);
