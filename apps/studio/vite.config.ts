import {defineConfig} from 'vite'
import {devApiPort, devClientPort, devProxy} from './dev-proxy.js'

/** Ports of `npm run dev` (scripts/dev.mjs sets them when `--port` is given). */
const apiPort = Number(process.env.OPENDEUREN_STUDIO_API_PORT ?? devApiPort)
const clientPort = Number(process.env.OPENDEUREN_STUDIO_DEV_PORT ?? devClientPort)

export default defineConfig({
  root: 'src/client',
  base: '/',
  oxc: {jsx: {runtime: 'automatic'}},
  // `npm run dev`: the client from Vite, the API from the studio's own server (see dev-proxy.ts).
  server: {
    host: 'localhost',
    port: clientPort,
    strictPort: true,
    proxy: devProxy(apiPort, clientPort)
  },
  build: {
    outDir: '../../dist/client',
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: {
      output: {
        // CodeMirror (the editor and the merge view) is shared by every editing screen and loaded with the first of them:
        // its languages (Markdown with the HTML, CSS and JavaScript it may embed) in one chunk, the editor itself in another.
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            {
              name: 'codemirror-languages',
              test: /node_modules[\\/]@(?:codemirror[\\/]lang-|lezer[\\/](?!common|highlight|lr))/
            },
            {
              name: 'codemirror',
              test: /node_modules[\\/](?:@codemirror|@lezer|style-mod|w3c-keyname|crelt)[\\/]/
            }
          ]
        }
      }
    }
  }
})
