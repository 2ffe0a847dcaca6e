// Where the test host finds the repository, the built renderer and the app's resources.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const REPO_ROOT = path.resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const RENDERER_DIR = path.join(REPO_ROOT, 'out', 'renderer');
export const RESOURCES_DIR = path.join(REPO_ROOT, 'resources');
