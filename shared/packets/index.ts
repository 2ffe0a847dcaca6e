// Packet rules: periods, creation from a template, roll-forward, preflight, status and versions, version diff, directives cited.
export { citedDirectives, type CitedDirective, type CitedOptions } from './cited.js';
export { createPacketFromTemplate, defaultPacketTitle, type CreatePacketOptions } from './create.js';
export { figureBlocks, figuresIn, namesSource, type FigureBlock } from './figures.js';
export { PACKET_FINDING_CODES, bySeverity, type PacketFinding, type PacketFindingCode, type PacketLocation, type Severity } from './findings.js';
export { libraryOf, type PacketLibrary } from './library.js';
export { nextPeriod, periodContaining, periodLabel, periodRange, periodVariableValue, samePeriod, shiftDate } from './periods.js';
export { hasErrors, preflight, type PreflightProfile } from './preflight.js';
export { rollForward, type RollForwardOptions, type RollForwardResult } from './roll-forward.js';
export { PACKET_TRANSITIONS, assertEditable, canTransition, changeStatus, isLocked, reopen, restoreVersion, saveVersion, snapshot, type PacketAction } from './status.js';
export { BRIEFING_DATE_VARIABLE, PERIOD_VARIABLE, variableValue } from './variables.js';
export { versionDiff, type PacketContent, type PacketDiff, type SectionDiff, type VariableChange } from './version-diff.js';
