// This file stays long because it is one table, every rule id with its severity and Dutch texts in one place, which writers and reviewers read as a whole list; split by area it would be scattered.
import type {RuleMeta} from '../types.js'

type Entry = [id: string, severity: 'error' | 'warning', description: string, rationale: string]

/* Dutch texts: they are shown to writers (README, SARIF, `--help`). */
const entries: Entry[] = [
  [
    'consultation/not-recorded',
    'error',
    'Een consultatie heeft de status `ingediend` of `gepubliceerd`, maar er is geen vastgelegde reactie in `responses/`.',
    'Alleen wat echt is verstuurd, staat als ingediend. Leg de reactie vast met `opendeuren consultation submit <id>`, of zet de status op `concept`.'
  ],
  [
    'consultation/unknown-section',
    'error',
    'Een sectie in de tekst van een consultatie (`## kop`) heeft als kop geen id van een vraag.',
    'De tekst onder zo’n kop hoort bij geen vraag en komt niet in de reactie. Gebruik als kop precies de id van een vraag (`## <id>`); een tussenkop binnen een antwoord krijgt niveau 3 (`###`).'
  ],
  [
    'response/consultation-missing',
    'error',
    'Een vastgelegde reactie hoort bij een consultatie die niet bestaat.',
    'Zet het consultatiebestand terug uit git; een vastgelegde reactie hoort bij haar consultatie.'
  ],
  [
    'response/edited',
    'error',
    'Een vastgelegde reactie (`responses/<id>.md`) is na het indienen gewijzigd: de controlesom klopt niet.',
    'Dit bestand is de tekst zoals hij is verstuurd. Zet het terug uit git; een nieuwe versie insturen is een nieuwe inzending.'
  ],
  [
    'response/evidence-mismatch',
    'error',
    'Een vastgelegde reactie verschilt van wat bij het versturen naast de signalen is bewaard (`verzonden/<id>.json`): zij is gewijzigd en met de hand opnieuw verzegeld.',
    'De controlesom alleen bewijst niets als iemand haar opnieuw berekent. Zet de reactie terug uit git; een nieuwe versie insturen is een nieuwe inzending.'
  ],
  [
    'response/signals-changed',
    'warning',
    'Signalen waarop een vastgelegde reactie steunt, zijn sinds het indienen gewijzigd of verwijderd.',
    'De verstuurde tekst blijft zoals hij was. Ga na of het netwerk het ministerie iets moet laten weten.'
  ],
  [
    'response/status',
    'error',
    'Een reactie is vastgelegd als verstuurd, maar de consultatie heeft de status `concept`.',
    'Zet de status op `ingediend` (of `gepubliceerd`), zoals `opendeuren consultation submit` doet.'
  ],
  [
    'a11y/empty-link',
    'error',
    'Een link zonder tekst of zonder adres.',
    'Een schermlezer leest dan niets of alleen het adres voor. Schrijf tussen de haken waar de link heen gaat, en vul het adres in.'
  ],
  [
    'a11y/heading-skip',
    'error',
    'Een kopniveau wordt overgeslagen (bijvoorbeeld `####` na `##`, of een tekst die met `###` begint).',
    'Schermlezers en de inhoudsopgave gebruiken de koppen als structuur. De titel is niveau 1; begin de tekst met `##` en ga één niveau per keer dieper.'
  ],
  [
    'a11y/image-alt',
    'error',
    'Een afbeelding zonder alt-tekst.',
    'Wie de afbeelding niet ziet, hoort alleen de alt-tekst. Beschrijf wat de afbeelding laat zien: `![beschrijving](pad.png)`.'
  ],
  [
    'a11y/multiple-h1',
    'error',
    'Een kop van niveau 1 (`#`) in de tekst.',
    'De titel uit de frontmatter is al de hoofdkop van de pagina; een tweede maakt de structuur onduidelijk. Gebruik `##`.'
  ],
  [
    'a11y/vague-link-text',
    'warning',
    'Een linktekst die niet zegt waar de link heen gaat, zoals "klik hier", "lees meer" of "hier".',
    'Schermlezers tonen vaak een lijst van alle links; "hier" zegt dan niets. Schrijf de bestemming in de linktekst.'
  ],
  [
    'content/placeholder',
    'error',
    'Voorbeeldtekst van `opendeuren new` (zoals „Beschrijf in één zin…” of „Noem hier de bron…”) op een gepubliceerde pagina of een ingediende consultatie.',
    'Die tekst is een aanwijzing voor de schrijver; op de site leest een werkgever hem als advies. Vervang hem door uw eigen tekst, of laat de status op `concept`.'
  ],
  [
    'currency/review-overdue',
    'warning',
    'De datum `review_by` van een gidspagina is verstreken (met `--strict` een fout).',
    'Een handreiking moet kloppen met de regels van nu. Controleer de pagina, werk `updated` bij en zet `review_by` verder in de toekomst.'
  ],
  [
    'currency/updated-in-future',
    'error',
    'De datum `updated` ligt in de toekomst.',
    'Lezers vertrouwen op de datum van de laatste wijziging. Vul de datum in waarop u de pagina echt hebt gewijzigd.'
  ],
  [
    'disable/missing-reason',
    'error',
    'Een uitzondering (`opendeuren-disable-next-line`) zonder reden.',
    'Een uitzondering zonder reden kan niemand later beoordelen, en telt daarom niet. Schrijf na de regel-id ` -- ` en de reden.'
  ],
  [
    'disable/not-allowed',
    'error',
    'Een uitzondering voor een `privacy/`- of `safety/`-regel in een gepubliceerde pagina, een vastgelegde reactie of een ingediende consultatie.',
    'Wat de site of het ministerie bereikt, gaat altijd door dezelfde controle; een commentaar opent die niet. Haal het gegeven of de HTML weg. In een concept mag een uitzondering met reden.'
  ],
  [
    'disable/unknown-rule',
    'error',
    'Een uitzondering voor een regel die niet bestaat.',
    'Een tikfout in de regel-id onderdrukt niets. Gebruik een id uit deze lijst.'
  ],
  [
    'disable/unused',
    'warning',
    'Een uitzondering die niets onderdrukt.',
    'De melding op de volgende regel bestaat niet (meer); een overbodige uitzondering kan later een echte melding verbergen. Haal haar weg.'
  ],
  [
    'facts/expired',
    'warning',
    'Een feit (`content/facts/`) is verlopen: `valid_until` ligt voor vandaag. Gemeld bij het feit en op elke pagina die het noemt.',
    'Een bedrag of termijn van vorig jaar leest een werkgever als de regel van nu. Zoek de waarde van dit jaar op bij de bron, leg die vast als nieuw feit (of werk dit feit bij) en zet `checked` op vandaag.'
  ],
  [
    'facts/typed-value',
    'warning',
    'Een bedrag in euro, een percentage van het loon of een aantal weken staat als getal in een gepubliceerde pagina (advies).',
    'Zulke waarden veranderen. Leg de waarde vast in `content/facts/` en schrijf `:feit[<id>]`: dan toont de site het jaar en de bron, en waarschuwt lint als de waarde verloopt.'
  ],
  [
    'facts/unchecked',
    'warning',
    'Een feit is meer dan een jaar niet gecontroleerd: `checked` ligt meer dan een jaar voor vandaag. Gemeld bij het feit en op elke pagina die het noemt.',
    'Regels en bedragen veranderen elk jaar. Lees de bron opnieuw na en zet `checked` op de datum van vandaag.'
  ],
  [
    'facts/unknown',
    'error',
    'Een verwijzing `:feit[<id>]` naar een feit dat niet bestaat.',
    'De site kan er geen waarde voor tonen en weigert te bouwen. De melding noemt de id die u waarschijnlijk bedoelde.'
  ],
  [
    'file/binary',
    'error',
    'Een bestand met de extensie van inhoud is geen tekst.',
    'Sla de tekst op als Markdown of YAML (UTF-8); zet andere bestanden niet met die extensie in de map.'
  ],
  [
    'file/empty',
    'error',
    'Een leeg bestand.',
    'Vul het bestand of verwijder het; `opendeuren new` maakt een geldig begin.'
  ],
  [
    'file/encoding',
    'error',
    'Een bestand dat geen geldige UTF-8 is.',
    'Sla het bestand op met de codering UTF-8.'
  ],
  [
    'file/location',
    'error',
    'Een bestand staat niet op de plek die bij zijn soort hoort.',
    'De plek bepaalt het adres op de site en de id. Verplaats of hernoem het bestand zoals de melding zegt.'
  ],
  [
    'file/missing',
    'error',
    'Een verplicht bestand (zoals een woordenlijst) ontbreekt.',
    'Zonder woordenlijst kunnen verwijzingen niet worden gecontroleerd. Zet het bestand terug.'
  ],
  [
    'file/too-large',
    'error',
    'Een bestand groter dan 1 MB.',
    'Zo veel tekst is te lang om te lezen. Splits de pagina of controleer of het het juiste bestand is.'
  ],
  [
    'file/unreadable',
    'error',
    'Een bestand kan niet worden gelezen.',
    'Controleer de rechten op het bestand.'
  ],
  [
    'frontmatter/duplicate-key',
    'error',
    'Een sleutel staat twee keer in de frontmatter.',
    'Welke waarde geldt, is dan niet duidelijk. Laat één van de twee weg.'
  ],
  [
    'frontmatter/missing',
    'error',
    'Het bestand begint niet met frontmatter.',
    'Zonder frontmatter zijn titel, status en thema’s onbekend. Begin met een blok tussen twee regels `---`.'
  ],
  [
    'frontmatter/not-a-mapping',
    'error',
    'De frontmatter is geen reeks velden.',
    'Schrijf elk veld als `sleutel: waarde` op een eigen regel.'
  ],
  [
    'frontmatter/unclosed',
    'error',
    'De frontmatter wordt niet afgesloten met `---`.',
    'Zonder afsluiting is niet duidelijk waar de tekst begint. Zet na het laatste veld een regel `---`.'
  ],
  [
    'frontmatter/yaml',
    'error',
    'De YAML van de frontmatter kan niet worden gelezen.',
    'Controleer inspringing, dubbele punten en aanhalingstekens op de genoemde regel.'
  ],
  [
    'guide/index-missing',
    'error',
    'Een gids heeft geen startpagina `index.md`.',
    'De startpagina legt uit voor wie de gids is; zonder haar heeft de gids geen adres. Maak haar met `opendeuren new guide`.'
  ],
  [
    'id/duplicate',
    'error',
    'Een id komt twee keer voor.',
    'Verwijzingen moeten naar precies één item wijzen. Geef elk item een eigen id.'
  ],
  [
    'id/file-name',
    'error',
    'Een id past niet bij de naam of plek van het bestand.',
    'De bestandsnaam is de id; zo vindt iedereen het bestand terug. Hernoem het bestand of pas de id aan.'
  ],
  [
    'links/anchor-missing',
    'error',
    'Een link naar een kop (`#anker`) die niet bestaat.',
    'De link brengt de lezer dan naar het begin van de pagina, of de site weigert te bouwen. Gebruik het anker zoals de site het maakt: de kop in kleine letters met streepjes.'
  ],
  [
    'links/file-missing',
    'error',
    'Een relatieve link naar een bestand dat niet bestaat.',
    'De link werkt niet en de site weigert te bouwen. Controleer de bestandsnaam en het pad.'
  ],
  [
    'links/site-route-missing',
    'error',
    'Een link naar een pagina van de eigen site (`/gidsen/...`) die niet bestaat.',
    'De lezer komt op een foutpagina. Link liever relatief naar het bestand (`./pagina.md`); dan controleert de site de link ook.'
  ],
  [
    'links/to-concept',
    'error',
    'Een gepubliceerde pagina linkt (ook via `related`) naar een pagina die niet op de site staat: met status `concept`, of in een gids waarvan de startpagina `concept` is.',
    'Niet-gepubliceerde pagina’s staan niet op de site, dus de link werkt daar niet. Publiceer de andere pagina (en de startpagina van haar gids) ook, of haal de link weg.'
  ],
  [
    'markdown/too-complex',
    'error',
    'De tekst is te diep genest (citaten en lijsten in elkaar) of heeft te veel opmaaktekens in één alinea om op tijd te lezen.',
    'Zo’n tekst leest niemand, en hij zou elke controle en elke build ophouden; daarom wordt hij niet gelezen. Maak de tekst platter of splits de alinea.'
  ],
  [
    'privacy/bsn',
    'error',
    'Een getal dat een burgerservicenummer kan zijn (voldoet aan de elfproef). Een fout naast het woord BSN, burgerservicenummer of sofinummer; anders een waarschuwing.',
    'Een BSN is een bijzonder persoonsgegeven en hoort nooit in de inhoud. Haal het nummer weg.'
  ],
  [
    'privacy/disclosure',
    'error',
    'Een gidspagina, de tekst van een consultatie of een vastgelegde reactie vertelt een signaal na dat niet openbaar mag worden: een `intern` of `vertrouwelijk` signaal, of (bij een consultatie) een signaal van na de sluitingsdatum.',
    'Ook in eigen woorden is zo’n signaal herkenbaar voor wie het meldde. De melding noemt het signaal, nooit zijn tekst. Schrijf de alinea’s zonder wat het signaal meldt; in een reactie telt een intern signaal alleen mee als aantal.'
  ],
  [
    'privacy/email',
    'error',
    'Een e-mailadres dat niet op de lijst van toegestane algemene adressen staat.',
    'E-mailadressen van personen horen niet in openbare stukken. Een algemeen adres zet u in `publicValues` van de configuratie (met een reden); `emailAllowList` stilt alleen deze melding van de linter.'
  ],
  [
    'privacy/iban',
    'error',
    'Een IBAN-rekeningnummer (met geldige controlecijfers).',
    'Een rekeningnummer is een persoonsgegeven of bedrijfsgegeven dat niet in de inhoud hoort. Haal het weg.'
  ],
  [
    'privacy/phone',
    'error',
    'Een Nederlands telefoonnummer.',
    'Telefoonnummers van personen horen niet in openbare stukken. Een algemeen nummer (een helpdesk) mag alleen als het letterlijk, met een reden, in `publicValues` van de configuratie staat; de controle van openbare uitvoer laat niets anders door.'
  ],
  [
    'privacy/name',
    'error',
    'De tekst van een signaal noemt een persoon bij naam (een aanspreekvorm of titel met een naam, of een voornaam met een achternaam).',
    'Signalen zijn anoniem en kunnen in een openbare reactie worden geciteerd. Schrijf de rol in plaats van de naam; de controle van openbare uitvoer weigert namen altijd.'
  ],
  [
    'privacy/source-identifies',
    'error',
    'De `source` van een signaal noemt een persoon of organisatie in plaats van een soort, sector of omvang.',
    'Signalen zijn anoniem; een naam in de bron breekt die belofte aan de werkgever. Schrijf alleen een algemene sector in kleine letters, zoals `zorg`.'
  ],
  [
    'readability/hard-to-read',
    'warning',
    'Een gidspagina is moeilijk leesbaar (Flesch-Douma-score onder de grens).',
    'Onze lezers hebben weinig tijd en niet iedereen leest makkelijk. Maak lange zinnen korter en kies gewone woorden; dit is advies, geen fout.'
  ],
  [
    'ref/audience',
    'error',
    'Een onbekende doelgroep.',
    'Kies een id uit `vocabulary/audiences.yml` of voeg de doelgroep daar eerst toe.'
  ],
  [
    'ref/guide-page',
    'error',
    'Een pagina in `related` die niet bestaat.',
    'Gebruik `<gids>/<pagina>` zoals in `content/guides/`, zonder `.md`.'
  ],
  [
    'ref/instrument',
    'error',
    'Een onbekend instrument.',
    'Kies een id uit `vocabulary/instruments.yml` of voeg het instrument daar eerst toe.'
  ],
  [
    'ref/signal',
    'error',
    'Een signaal in `include` of `exclude` dat niet bestaat.',
    'Controleer de id in `content/signals/`.'
  ],
  [
    'ref/theme',
    'error',
    'Een onbekend thema.',
    'Kies een id uit `vocabulary/themes.yml` of voeg het thema daar eerst toe.'
  ],
  [
    'safety/executable-html',
    'error',
    'HTML die code kan uitvoeren of iets van een andere site laadt: `<script>`, `<iframe>`, `<object>`, `<embed>`, `<form>`, `<base>`, `<meta>`, `on...=`-attributen, `javascript:`-, `vbscript:`- en `data:`-adressen, `src` van een andere site.',
    'Zulke code kan bezoekers volgen of aanvallen. Haal haar weg; gewone Markdown is genoeg.'
  ],
  [
    'safety/external-resource',
    'error',
    'Iets dat de pagina van een andere site laadt: een Markdown-afbeelding `![](https://…)`, `srcset`, `poster`, `background`, `ping`, `<link href>`, `url(…)` in `style` of `<style>`.',
    'Elke aanvraag bij een andere site vertelt die site wie de pagina leest; de site belooft dat dat niet gebeurt. Zet het bestand in de inhoudsmap. Een gewone link naar een andere site mag wel.'
  ],
  [
    'safety/raw-html',
    'warning',
    'Andere HTML in de tekst.',
    'HTML ontloopt de opmaak en toegankelijkheid van de site. Gebruik liever Markdown.'
  ],
  [
    'schema/invalid',
    'error',
    'Een veld heeft een ongeldige waarde.',
    'Volg de hint: de melding zegt welke waarden wel mogen.'
  ],
  [
    'schema/missing-key',
    'error',
    'Een verplicht veld ontbreekt.',
    'Voeg het veld toe met een waarde.'
  ],
  [
    'schema/unknown-key',
    'error',
    'Een onbekend veld (vaak een tikfout).',
    'Een tikfout zou anders ongemerkt blijven. De melding noemt het veld dat u waarschijnlijk bedoelde.'
  ]
]

/** Every rule the linter knows, sorted by id (content-model's rule ids included). */
export const ruleCatalogue: readonly RuleMeta[] = Object.freeze(
  entries
    .map(([id, defaultSeverity, description, rationale]) =>
      Object.freeze({id, defaultSeverity, description, rationale})
    )
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
)

/** Rule ids, for configuration and disable comments. */
export const ruleIds: ReadonlySet<string> = new Set(ruleCatalogue.map((rule) => rule.id))
