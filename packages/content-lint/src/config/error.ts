/** The configuration file cannot be used; the message (Dutch) names the file, place and fix. */
export class ConfigError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'ConfigError'
  }
}
