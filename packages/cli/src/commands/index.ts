import type {CommandEntry} from '../command.js'

/** Every subcommand, in the order `opendeuren --help` lists them. */
export const commands: CommandEntry[] = [
  {
    name: 'new',
    summary: 'maak een nieuwe gids, pagina, signaal of consultatie',
    load: async () => (await import('./new.js')).newCommand
  },
  {
    name: 'lint',
    summary: 'controleer de inhoud: schema, links, toegankelijkheid, privacy, actualiteit',
    load: async () => (await import('./lint.js')).lintCommand
  },
  {
    name: 'search',
    summary: 'zoeken in de gepubliceerde handreikingen, net als op de site',
    load: async () => (await import('./search.js')).searchCommand
  },
  {
    name: 'schema',
    summary: 'JSON Schema per inhoudstype, voor editors',
    load: async () => (await import('./schema.js')).schemaCommand
  },
  {
    name: 'consultation',
    summary: 'maak een consultatiereactie uit signalen; toon of importeer consultaties',
    load: async () => (await import('./consultation.js')).consultationCommand
  }
]
