/** Register detection, column mapping and the vocabulary of the agency's tables. */
export * from './types';
export * from './headerSynonyms';
export * from './cellWords';
export * from './weeks';
export * from './detect';
export * from './describe';
export * from './warnings';
