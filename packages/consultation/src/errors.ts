import type {Problem} from '@opendeuren/content-model'

/**
 * The consultation cannot be compiled: it does not exist, or its file has
 * errors. `problems` holds the file's problems when there are any.
 */
export class ConsultationError extends Error {
  readonly problems: Problem[]

  constructor(message: string, problems: Problem[] = []) {
    super(message)
    this.name = 'ConsultationError'
    this.problems = problems
  }
}
