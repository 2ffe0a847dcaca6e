// The domain model: zod schemas and inferred types of every stored document.
export * from './common.js';
export * from './rich-text.js';
export * from './directive.js';
export * from './talking-point.js';
export * from './qa-item.js';
export * from './template.js';
export * from './packet.js';
export * from './settings.js';
export * from './migrations.js';
export * from './ids.js';
