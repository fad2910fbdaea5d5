/** The Dutch message and hint of a retold signal: what the linter and the public gate say. */
import type {ProtectedSignal, Retelling} from './disclosure.js'

const reasons: Record<ProtectedSignal['reason'], {label: string; hint: string}> = {
  intern: {
    label: 'intern',
    hint: 'Een intern signaal telt in een openbare tekst alleen mee als aantal, in een groep van genoeg signalen; zijn verhaal blijft binnen het netwerk.'
  },
  vertrouwelijk: {
    label: 'vertrouwelijk',
    hint: 'Een vertrouwelijk signaal komt nooit in een openbare tekst, ook niet als aantal of in eigen woorden.'
  },
  groep: {
    label: 'intern, en weggelaten omdat de groep te klein is',
    hint: 'De reactie liet dit signaal weg omdat te weinig interne signalen bij de vraag passen; zo’n kleine groep is herkenbaar.'
  },
  sluiting: {
    label: 'van na de sluitingsdatum van de consultatie',
    hint: 'Een reactie steunt alleen op wat bekend was toen de consultatie sloot; dit signaal kwam later.'
  }
}

/**
 * The Dutch message and hint of a retelling: names the signal and why it is
 * protected, never quotes it. The place (file, line) is the caller's.
 *
 * @param retelling a result of `findRetellings`
 */
export function describeRetelling(retelling: Pick<Retelling, 'signalId' | 'reason'>): {
  message: string
  hint: string
} {
  const reason = reasons[retelling.reason]
  return {
    message: `Deze tekst vertelt signaal \`${retelling.signalId}\` na (${reason.label}); dat mag niet openbaar worden, ook niet in eigen woorden.`,
    hint: `Schrijf deze alinea's zonder wat dat signaal meldt. ${reason.hint}`
  }
}
