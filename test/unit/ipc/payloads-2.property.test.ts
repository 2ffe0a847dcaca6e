// Hostile IPC payloads, half 2 of the contract's channels (two files, so the two halves run in parallel).
import { describeHostilePayloads } from './property-suite.js';

describeHostilePayloads(1, 2);
