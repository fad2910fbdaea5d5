import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {buildJsonSchemas, ContentDirectoryError, loadContent} from '@opendeuren/content-model'
import {contentDir, parseCommandArgs} from '../args.js'
import type {Command} from '../command.js'
import {exitCodes, UsageError} from '../errors.js'
import {makeDirectory} from '../make-directory.js'

export const schemaCommand: Command = {
  name: 'schema',
  help: `Gebruik: opendeuren schema [--out MAP] [--content MAP]

Maakt een JSON Schema per inhoudstype (gidspagina, signaal, consultatie,
woordenlijst-item, synoniem), zodat een editor velden kan aanvullen en
controleren. De ids uit de woordenlijst komen erin als keuzelijst.

Opties:
  --out MAP       schrijf <type>.schema.json in MAP (anders alles als JSON op stdout)
  --content MAP   inhoudsmap (standaard ./content of OPENDEUREN_CONTENT)
  -h, --help      deze hulp
`,
  async run(args, io) {
    const {values} = parseCommandArgs(args, {out: {type: 'string'}}, 'schema')
    if (values.help) {
      io.out(this.help)
      return exitCodes.ok
    }
    const content = await loadContent(contentDir(values.content, io)).catch((error: unknown) => {
      // Without the vocabulary the schemas would silently lack the theme and audience ids.
      if (error instanceof ContentDirectoryError)
        throw new UsageError(
          `${error.message} Zonder inhoudsmap ontbreken de ids uit de woordenlijst in de schema's.`
        )
      throw error
    })
    const schemas = buildJsonSchemas(content.vocabulary)
    if (!values.out) {
      io.out(JSON.stringify(schemas, null, 2) + '\n')
      return exitCodes.ok
    }
    const out = path.resolve(io.cwd, values.out)
    await makeDirectory(out)
    for (const [type, schema] of Object.entries(schemas)) {
      const file = path.join(out, `${type}.schema.json`)
      await writeFile(file, JSON.stringify(schema, null, 2) + '\n')
      io.out(`${path.relative(io.cwd, file) || file}\n`)
    }
    return exitCodes.ok
  }
}
