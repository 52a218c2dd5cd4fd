/** Reading cells as people fill them: every parser returns a value or a precise problem. */
export * from './problems';
export * from './text';
export * from './decimal';
export * from './number';
export * from './money';
export * from './dates';
export * from './load';
export * from './emails';
export * from './flag';
export * from './errors';
export * from './color';
