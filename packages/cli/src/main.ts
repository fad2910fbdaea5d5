import {commands} from './commands/index.js'
import {exitCodes, UsageError} from './errors.js'
import {processIo, type Io} from './io.js'

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length))
  return `Gebruik: opendeuren <opdracht> [opties]

Open Deuren: handreikingen, praktijksignalen en consultatiereacties.

Opdrachten:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Elke opdracht kent --help en --content MAP (standaard ./content of
OPENDEUREN_CONTENT). Afsluitcodes: 0 in orde, 1 problemen gevonden,
2 verkeerd aangeroepen of interne fout.
`
}

/** The message of an unexpected error, in Dutch where the runtime's own text is English. */
function internalMessage(error: unknown): string {
  if (error instanceof RangeError && /call stack/i.test(error.message))
    return 'de verwerking liep te diep (de stapel is vol).'
  if (error instanceof Error && error.message) return error.message
  return String(error)
}

/**
 * Run the `opendeuren` command.
 *
 * @param argv arguments after the program name
 * @param io the outside world (the real process by default)
 * @returns the exit code
 */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(overview())
    return name === undefined ? exitCodes.usage : exitCodes.ok
  }
  if (name === '--version') {
    io.out('0.1.0\n')
    return exitCodes.ok
  }
  const entry = commands.find((c) => c.name === name)
  if (!entry) {
    io.err(
      `Onbekende opdracht \`${name}\`. Kies uit: ${commands.map((c) => c.name).join(', ')}. Zie \`opendeuren --help\`.\n`
    )
    return exitCodes.usage
  }
  try {
    const command = await entry.load()
    return await command.run(rest, io)
  } catch (error) {
    // Only a failing command needs the content model's error types: `--help` and a quick search start without it.
    const {ContentDirectoryError, describeSystemError} = await import('@opendeuren/content-model')
    if (error instanceof UsageError || error instanceof ContentDirectoryError) {
      io.err(`opendeuren ${name}: ${error.message}\n`)
      return exitCodes.usage
    }
    const {code, path} = (error ?? {}) as {code?: unknown; path?: unknown}
    if (code === 'ABORT_ERR') {
      io.err('afgebroken\n')
      return exitCodes.aborted
    }
    // The file system said no (rights, a full disk, a file where a folder should be): not a bug.
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code) && typeof path === 'string') {
      io.err(`opendeuren ${name}: \`${path}\`: ${describeSystemError(error)}.\n`)
      return exitCodes.usage
    }
    io.err(
      `opendeuren ${name}: interne fout: ${internalMessage(error)}\n` +
        'Dit is een fout in Open Deuren, niet in uw inhoud. Meld hem aan het team' +
        (io.env.OPENDEUREN_DEBUG ? '.\n' : ' (met OPENDEUREN_DEBUG=1 ziet u de details).\n')
    )
    if (io.env.OPENDEUREN_DEBUG) io.err(`${(error as Error).stack ?? ''}\n`)
    return exitCodes.usage
  }
}
