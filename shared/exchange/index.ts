// Packet and library exchange files: schema, reading, writing.
export * from './schema.js';
export * from './io.js';
export * from './references.js';
