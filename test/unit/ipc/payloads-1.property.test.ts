// Hostile IPC payloads, half 1 of the contract's channels (two files, so the two halves run in parallel).
import { describeHostilePayloads } from './property-suite.js';

describeHostilePayloads(0, 2);
