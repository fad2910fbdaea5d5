import {readFileSync} from 'node:fs'
import {FeedError, parseConsultationFeed} from '@opendeuren/consultation'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {fuzzSettings, fuzzTimeout, leakedWords, withinCeiling} from './budget.js'
import {feedFixture} from './fixtures.js'
import {delimiterRun, encode, encoding, hugeLine} from './hostile.js'

const feed = readFileSync(feedFixture, 'utf8')

/** XML shapes that break parsers: deep nesting, entity expansion, DTDs, CDATA, odd dates. */
const hostileXml = fc.oneof(
  fc
    .integer({min: 1, max: 20_000})
    .map((n) => `<titel>${'<a>'.repeat(n)}x${'</a>'.repeat(n)}</titel>`),
  fc.integer({min: 1, max: 20_000}).map((n) => '<consultatie>'.repeat(n)),
  fc
    .integer({min: 1, max: 5_000})
    .map((n) => `<titel>${'&amp;'.repeat(n)}&lt;&#x0;&#99999999;&bogus;</titel>`),
  fc.constantFrom(
    '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>',
    '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><titel>&e;</titel>',
    '<titel><![CDATA[<script>alert(1)</script>]]></titel>',
    '<startdatum>31-02-2026</startdatum>',
    '<einddatum>99-99-9999</einddatum>',
    '<startdatum>1-1-0</startdatum>',
    '<url>javascript:alert(1)</url>',
    '<departementen><departement><departement>x</departement></departement></departementen>',
    '<titel a="1" a="2">x</titel>',
    '<titel>',
    '</consultaties>',
    '<?xml version="1.0" encoding="UTF-16"?>',
    '<__proto__><polluted>ja</polluted></__proto__>',
    '<constructor>x</constructor>'
  ),
  delimiterRun,
  hugeLine,
  fc.string({unit: 'binary', maxLength: 200})
)

const hostileFeed = fc
  .tuple(fc.array(fc.tuple(hostileXml, fc.nat()), {minLength: 1, maxLength: 3}), encoding, fc.nat())
  .map(([parts, how, at]) => {
    let text = feed
    for (const [part, where] of parts) {
      const i = where % (text.length + 1)
      text = text.slice(0, i) + part + text.slice(i)
    }
    // The feed is read as text: decode the odd bytes the way the importer does.
    return new TextDecoder().decode(encode(text, how, at))
  })

describe('fuzz: the feed importer', () => {
  test(
    'parseConsultationFeed: no exception but FeedError, no hang, Dutch problems',
    async () => {
      await fc.assert(
        fc.asyncProperty(hostileFeed, async (xml) => {
          try {
            const {items, problems} = await withinCeiling('parseConsultationFeed', () =>
              parseConsultationFeed(xml)
            )
            for (const text of problems) expect(text).not.toMatch(leakedWords)
            for (const item of items) {
              expect(item.title.length).toBeGreaterThan(0)
              expect(item.title.length).toBeLessThanOrEqual(1000)
              if (item.url !== undefined) expect(item.url).toMatch(/^https?:\/\//)
              for (const date of [item.opens, item.closes])
                if (date !== undefined) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
            }
          } catch (error) {
            if (!(error instanceof FeedError)) throw error
            expect(error.message).not.toMatch(leakedWords)
          }
        }),
        fuzzSettings
      )
    },
    fuzzTimeout
  )
})
