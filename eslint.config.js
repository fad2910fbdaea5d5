// The one ESLint configuration of the repository. Every workspace's `lint`
// script runs `eslint .` from its own folder; ESLint finds this file by
// walking up. Type-aware rules read each workspace's `tsconfig.json` through
// typescript-eslint's project service, so `lint` depends on `^build` and
// `build` in turbo.json: the packages' types come from their `dist/`, and a
// workspace's benchmarks import its own `dist/` (without it, the types of
// what they call are unknown and the type-aware rules report errors).
import js from '@eslint/js'
import {defineConfig} from 'eslint/config'
import prettier from 'eslint-config-prettier/flat'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const here = import.meta.dirname

export default defineConfig(
  {
    name: 'opendeuren/ignores',
    ignores: [
      '**/dist/',
      '**/build/',
      '**/.docusaurus/',
      '**/.generated/',
      '**/.turbo/',
      '**/test-results/',
      '**/screenshots/',
      '**/coverage/',
      '**/bench/results/',
      '**/.opendeuren-cache/',
      // Expected outputs that tests compare byte for byte.
      '**/test/fixtures/*/expected/'
    ]
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    name: 'opendeuren/type-information',
    languageOptions: {
      parserOptions: {
        projectService: {
          // Files that belong to no workspace's tsconfig.json: the root and
          // per-workspace tool configurations and the root scripts.
          allowDefaultProject: [
            'eslint.config.js',
            'vitest.shared.ts',
            'test-support/*.ts',
            'scripts/*.mjs',
            'packages/*/vitest.config.ts',
            'apps/site/vitest.config.ts'
          ],
          defaultProject: 'tsconfig.base.json'
        },
        tsconfigRootDir: here
      }
    },
    linterOptions: {
      reportUnusedDisableDirectives: 'error'
    }
  },
  {
    name: 'opendeuren/rules',
    rules: {
      // A promise nobody awaits loses its rejection: the CLI would exit 0 on a failed write.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrors: 'all',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true
        }
      ]
    }
  },
  {
    // Scripts run by Node: benchmarks, the CLI's bin, root scripts and configs.
    name: 'opendeuren/node-scripts',
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {
      globals: globals.node
    },
    rules: {
      // Plain JavaScript has no annotations: every untyped parameter is `any`
      // and the no-unsafe-* family would flag each use of it. Promises and
      // unused code are still checked with type information.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off'
    }
  },
  {
    // The site's React components and theme run in the browser.
    name: 'opendeuren/site-browser',
    files: ['apps/site/src/**/*.{ts,tsx}', 'apps/studio/src/client/**/*.{ts,tsx}'],
    languageOptions: {
      globals: globals.browser
    }
  },
  {
    name: 'opendeuren/site-react-hooks',
    files: ['apps/site/src/**/*.tsx', 'apps/studio/src/client/**/*.tsx'],
    ...reactHooks.configs.flat.recommended
  },
  prettier
)
