// Registry of benchmark suites: each feature adds its suite here.
import { archiveSuite } from './archive.js';
import { storageSuite } from './storage.js';
import { citationsSuite } from './citations.js';
import { editorSuite } from './editor.js';
import { pdfSuite } from './pdf.js';
import { searchSuite } from './search.js';
import { uiSuite } from './ui.js';
import type { BenchSuite } from './suite.js';

export const SUITES: BenchSuite[] = [storageSuite, citationsSuite, pdfSuite, searchSuite, editorSuite, uiSuite, archiveSuite];
