import {defineConfig} from 'vite'

export default defineConfig({
  root: 'src/client',
  base: '/',
  oxc: {jsx: {runtime: 'automatic'}},
  build: {
    outDir: '../../dist/client',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2000
  }
})
