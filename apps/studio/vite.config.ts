import {defineConfig} from 'vite'

export default defineConfig({
  root: 'src/client',
  base: '/',
  oxc: {jsx: {runtime: 'automatic'}},
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
            {name: 'codemirror-languages', test: /node_modules[\\/]@(?:codemirror[\\/]lang-|lezer[\\/](?!common|highlight|lr))/},
            {name: 'codemirror', test: /node_modules[\\/](?:@codemirror|@lezer|style-mod|w3c-keyname|crelt)[\\/]/}
          ]
        }
      }
    }
  }
})
