import path from 'node:path'
import {parseArgs, type ParseArgsConfig} from 'node:util'
import {contentLocation, signalsLocation} from '@opendeuren/content-model/locations'
import {UsageError} from './errors.js'
import type {Io} from './io.js'

type Options = NonNullable<ParseArgsConfig['options']>

/** Options every command takes. */
export const commonOptions = {
  content: {type: 'string'},
  signals: {type: 'string'},
  help: {type: 'boolean', short: 'h'}
} as const satisfies Options

/** What {@link parseCommandArgs} gives: `values` typed by the command's options, and `positionals`. */
export type ParsedCommandArgs<O extends Options> = ReturnType<
  typeof parseArgs<{
    args: string[]
    options: typeof commonOptions & O
    allowPositionals: true
    strict: true
  }>
>

/**
 * Parse a command's arguments with Dutch errors.
 *
 * @param args the arguments after the command name
 * @param options the command's own options (merged with the common ones)
 * @param command the command's name, for messages
 */
export function parseCommandArgs<O extends Options>(
  args: string[],
  options: O,
  command: string
): ParsedCommandArgs<O> {
  try {
    return parseArgs({
      args,
      options: {...commonOptions, ...options},
      allowPositionals: true,
      strict: true
    })
  } catch (error) {
    const code = (error as {code?: string}).code
    const message = (error as Error).message
    const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? ''
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw new UsageError(
        `Onbekende optie \`${option}\` voor \`opendeuren ${command}\`. Zie \`opendeuren ${command} --help\`.`
      )
    }
    if (
      code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' &&
      /does not take an argument/.test(message)
    ) {
      const name = option.replace(/=.*$/, '')
      throw new UsageError(
        `De optie \`${name}\` van \`opendeuren ${command}\` neemt geen waarde: schrijf alleen \`${name}\`. Zie \`opendeuren ${command} --help\`.`
      )
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /ambiguous/.test(message)) {
      // `--max-warnings -1`: parseArgs takes the value for an option; say what was actually wrong.
      const value = args[args.indexOf(option) + 1] ?? ''
      if (value.startsWith('--'))
        throw new UsageError(
          `De optie \`${option}\` van \`opendeuren ${command}\` heeft een waarde nodig. Zie \`opendeuren ${command} --help\`.`
        )
      if (/^-\d+$/.test(value))
        throw new UsageError(
          `De optie \`${option}\` van \`opendeuren ${command}\` verwacht een heel getal (0 of meer), niet \`${value}\`.`
        )
      throw new UsageError(
        `De optie \`${option}\` van \`opendeuren ${command}\` heeft een waarde nodig; \`${value}\` lijkt een optie. Begint de waarde echt met een streepje, schrijf dan \`${option}=${value}\`.`
      )
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new UsageError(
        `De optie \`${option}\` van \`opendeuren ${command}\` heeft een waarde nodig. Zie \`opendeuren ${command} --help\`.`
      )
    }
    throw new UsageError(
      `Ongeldige argumenten voor \`opendeuren ${command}\`. Zie \`opendeuren ${command} --help\`.`
    )
  }
}

/**
 * The content directory: `--content`, else `OPENDEUREN_CONTENT`, else `./content`.
 *
 * @param value the `--content` option
 * @param io for the environment and working directory
 */
export function contentDir(value: string | undefined, io: Io): string {
  return path.resolve(io.cwd, contentLocation(value, io.env))
}

/**
 * The signals directory when the command line or environment names one:
 * `--signals`, else `OPENDEUREN_SIGNALS`. `undefined` leaves it to the
 * configuration file (`signals`) and then to `<content>/signals`.
 *
 * @param value the `--signals` option
 * @param io for the environment and working directory
 */
export function signalsOption(value: string | undefined, io: Io): string | undefined {
  if (value === '')
    throw new UsageError(
      'De optie `--signals` heeft een map nodig, bijvoorbeeld `--signals ../signalen`.'
    )
  const given = signalsLocation(value, io.env)
  return given === undefined ? undefined : path.resolve(io.cwd, given)
}

/**
 * Parse a whole, non-negative number option.
 *
 * @param value raw option value
 * @param name option name, for the message
 */
export function wholeNumber(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value))
    throw new UsageError(
      `De optie \`--${name}\` verwacht een heel getal (0 of meer), niet \`${value}\`.`
    )
  return Number(value)
}
