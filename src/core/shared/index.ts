export * from './result';
export * from './guards';
