/**
 * The elfproef of a burgerservicenummer: 9 digits d1..d9 with
 * 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11 (and not all zeros).
 *
 * @param digits exactly 9 digits
 */
export function passesElfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i)
  sum -= Number(digits[8])
  return sum % 11 === 0
}

/**
 * The ISO 13616 check of an IBAN: move the first four characters to the
 * end, turn letters into 10..35 and the number mod 97 must be 1.
 *
 * @param iban letters and digits only, any case
 */
export function passesMod97(iban: string): boolean {
  const text = iban.toUpperCase()
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(text)) return false
  const rearranged = text.slice(4) + text.slice(0, 4)
  let rest = 0
  for (const char of rearranged) {
    const code = char.charCodeAt(0)
    const value = code >= 65 ? code - 55 : code - 48
    rest = value >= 10 ? (rest * 100 + value) % 97 : (rest * 10 + value) % 97
  }
  return rest === 1
}

/** IBAN lengths per country (the ones Dutch content meets; others are checked on their full length). */
export const ibanLengths: Record<string, number> = {
  NL: 18,
  BE: 16,
  DE: 22,
  FR: 27,
  LU: 20,
  GB: 22,
  IE: 22,
  ES: 24,
  IT: 27,
  PT: 25,
  AT: 20,
  CH: 21,
  DK: 18,
  SE: 24,
  NO: 15,
  FI: 18,
  PL: 28,
  CZ: 24
}
