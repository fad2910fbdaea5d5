import type {Command} from '../command.js'
import {consultationCommand} from './consultation.js'
import {lintCommand} from './lint.js'
import {newCommand} from './new.js'
import {schemaCommand} from './schema.js'
import {searchCommand} from './search.js'

/** Every subcommand, in the order `opendeuren --help` lists them. */
export const commands: Command[] = [newCommand, lintCommand, searchCommand, schemaCommand, consultationCommand]
