// Kantelpunt's own lint rules (see eslint.config.mjs).
import { serverOnlyFirst } from './server-only-first.mjs';

const plugin = { meta: { name: 'kantelpunt' }, rules: { 'server-only-first': serverOnlyFirst } };

export default plugin;
