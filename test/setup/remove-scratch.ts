// Run in every test file (jest's setupFilesAfterEnv): its scratch directories go when its tests are done.
import { removeScratch } from '../scratch.js';

afterAll(removeScratch);
