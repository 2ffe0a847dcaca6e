// Registry of benchmark suites: each feature adds its suite here.
import type { BenchSuite } from './suite.js';

export const SUITES: BenchSuite[] = [];
