export * from './participant-register.js';
