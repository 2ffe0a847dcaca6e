// Registry of CLI commands: each feature adds its module here.
import type { CliCommand } from './command.js';

export const COMMANDS: CliCommand[] = [];
