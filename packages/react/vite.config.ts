import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { libraryBuild } from '../../scripts/library-build.js';

export default defineConfig(libraryBuild(fileURLToPath(new URL('.', import.meta.url))));
