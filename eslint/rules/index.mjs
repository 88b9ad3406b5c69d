// Kantelpunt's own lint rules (see eslint.config.mjs).
import { serverOnlyFirst } from './server-only-first.mjs';

export default { meta: { name: 'kantelpunt' }, rules: { 'server-only-first': serverOnlyFirst } };
