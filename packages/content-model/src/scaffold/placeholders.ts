/** A sentence the scaffolds write for the writer to replace, and the folded start that gives it away. */
export interface PlaceholderSentence {
  /** The sentence as the scaffold writes it. */
  text: string
  /** Folded (lower case, no accents, one space) distinctive start: found also when the rest was edited. */
  marks: readonly string[]
}

const sentence = (text: string, ...marks: string[]): PlaceholderSentence =>
  Object.freeze({text, marks: Object.freeze(marks)})

/** Every placeholder sentence of the scaffolds (`opendeuren new`, `consultation import`), by where it goes. */
export const placeholders = Object.freeze({
  guideIndexIntro: sentence(
    'In deze handreiking leest u ... (schrijf in twee of drie zinnen wat de lezer hier vindt).',
    'in deze handreiking leest u ...',
    'schrijf in twee of drie zinnen wat de lezer'
  ),
  guideIndexAudience: sentence(
    'Schrijf voor wie de handreiking is en wat de lezer ermee kan.',
    'schrijf voor wie de handreiking is'
  ),
  guideIndexContents: sentence(
    'Zet hier de hoofdstukken met een link, zodra ze er zijn.',
    'zet hier de hoofdstukken'
  ),
  guideFirstStep: sentence(
    'Schrijf de eerste stap die de lezer kan zetten.',
    'schrijf de eerste stap die de lezer'
  ),
  pageIntro: sentence(
    'Schrijf hier in twee of drie zinnen waar deze pagina over gaat.',
    'schrijf hier in twee of drie zinnen'
  ),
  pageStyle: sentence(
    'Korte zinnen, actieve vorm, gewone woorden. Leg elke afkorting de eerste keer uit.',
    'korte zinnen, actieve vorm, gewone woorden'
  ),
  pageNextStep: sentence(
    'Schrijf de volgende stap die de lezer kan zetten.',
    'schrijf de volgende stap die de lezer'
  ),
  pageDescription: sentence(
    'Beschrijf in één zin (hoogstens 160 tekens) wat de lezer op deze pagina vindt.',
    'beschrijf in een zin (hoogstens 160 tekens)'
  ),
  pageSource: sentence('Noem hier de bron (wet, publicatie of organisatie)', 'noem hier de bron'),
  signalRecommendation: sentence(
    'Schrijf hier in één of twee zinnen wat er moet veranderen.',
    'schrijf hier in een of twee zinnen'
  ),
  signalBody: sentence(
    'Beschrijf wat de werkgever meemaakte, zonder namen van personen of organisaties.',
    'beschrijf wat de werkgever meemaakte'
  ),
  consultationIntro: sentence(
    'Schrijf hier de inleiding: wie het netwerk is en waarom deze consultatie ertoe doet.',
    'schrijf hier de inleiding'
  ),
  consultationAnswer: sentence(
    'Schrijf hier uw eigen tekst bij de vraag. Het bewijs uit de signalen komt er automatisch achter.',
    'schrijf hier uw eigen tekst'
  )
})

/** The placeholder sentences as a list, in the order above. */
export const placeholderSentences: readonly PlaceholderSentence[] = Object.freeze(
  Object.values(placeholders)
)
