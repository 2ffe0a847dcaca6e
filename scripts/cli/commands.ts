// Registry of CLI commands: each feature adds its module here.
import { archiveCommand } from './archive.js';
import { citeCommand } from './cite.js';
import type { CliCommand } from './command.js';
import { exportCommand } from './export.js';
import { sampleCommand } from './sample.js';

export const COMMANDS: CliCommand[] = [citeCommand, exportCommand, sampleCommand, archiveCommand];
