import type {Problem} from '../problem.js'

/**
 * The configuration file cannot be used. `problems` says what and where
 * (Dutch, one per problem, the file named as found); the message has one line
 * per problem: `opendeuren.config.json:2:3: onbekende sleutel ...`.
 */
export class ConfigError extends Error {
  readonly problems: Problem[]

  constructor(message: string, options?: ErrorOptions & {problems?: Problem[]}) {
    super(message, options)
    this.name = 'ConfigError'
    this.problems = options?.problems ?? []
  }

  /**
   * A ConfigError with every problem in its message, in file order.
   *
   * @param problems what is wrong with the configuration
   */
  static of(problems: Problem[]): ConfigError {
    const sorted = [...problems].sort((a, b) => a.line - b.line || a.column - b.column)
    return new ConfigError(
      sorted.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join('\n'),
      {problems: sorted}
    )
  }
}
