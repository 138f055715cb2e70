import TafelCore
import TafelStore

/// What a synthetic document is about: the names its sentences mention.
struct TextContext: Sendable {
    var collaboration: String
    var body: String
    var subject: String
    var place: String
    var province: String
    var person: String
    var otherPerson: String
    var organisation: String
    var date: CalendarDay
    var amount: Int
}

/// Writes Dutch prose for synthetic documents from sentence templates: openings per kind of
/// document, then sentences about meetings, decisions, commitments, money and progress.
enum DutchText {
    typealias Template = @Sendable (TextContext) -> String

    /// The first line of every synthetic text, so that no one mistakes it for a real document.
    static let marker = "[Synthetisch document, gegenereerd door tafel demo --schaal landelijk; geen echte gegevens.]"

    /// A text of about `words` words (at least the opening and one sentence).
    static func text(_ kind: DocumentKind, _ c: TextContext, words: Int, random: inout SeededRandom) -> (text: String, firstSentence: String) {
        var out = marker + "\n\n"
        let opening = self.opening(kind, c)
        out += opening
        var count = wordCount(opening)
        let pools = self.pools(for: kind)
        var first = ""
        var sentencesInParagraph = 0
        var used: [(Int, Int)] = []
        while count < words || first.isEmpty {
            // No sentence twice in one text (while there are unused ones).
            var choice = (random.index(pools.count), 0)
            for _ in 0..<8 {
                choice = (random.index(pools.count), 0)
                choice.1 = random.index(pools[choice.0].count)
                if !used.contains(where: { $0 == choice }) { break }
            }
            used.append(choice)
            let sentence = pools[choice.0][choice.1](c)
            if first.isEmpty {
                first = sentence
                out += "\n\n"
            } else if sentencesInParagraph >= 3, random.chance(0.35) {
                out += "\n\n"
                sentencesInParagraph = 0
            } else {
                out += " "
            }
            out += sentence
            sentencesInParagraph += 1
            count += wordCount(sentence)
        }
        if let closing = self.closing(kind, c) { out += "\n\n" + closing }
        return (out, first)
    }

    static func wordCount(_ text: String) -> Int {
        var count = 1
        for byte in text.utf8 where byte == 32 { count += 1 }
        return count
    }

    /// "de regionale energiestrategie" → "De regionale energiestrategie".
    static func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    // MARK: - Openings and closings

    static func opening(_ kind: DocumentKind, _ c: TextContext) -> String {
        switch kind {
        case .statenbrief:
            "Met deze statenbrief informeren Gedeputeerde Staten van \(c.province) u over de stand van zaken van \(c.collaboration), in het bijzonder over \(c.subject)."
        case .agenderingsverzoek:
            "Wij verzoeken u \(c.subject) te agenderen voor de vergadering van \(c.body) van \(c.date.dutch)."
        case .verslag:
            "Dit is het verslag van de vergadering van \(c.body) op \(c.date.dutch) in \(c.place). Voorzitter: \(c.person)."
        case .strategischeAgenda:
            "Deze strategische agenda beschrijft de gezamenlijke ambities van de deelnemers aan \(c.collaboration) voor de periode \(c.date.year)–\(c.date.year + 4)."
        case .brief:
            "Geacht bestuur, naar aanleiding van uw brief over \(c.subject) laten wij u namens \(c.organisation) het volgende weten."
        case .notulen:
            "Notulen van de vergadering van \(c.body), gehouden op \(c.date.dutch) in \(c.place). Aanwezig namens \(c.organisation): \(c.person)."
        case .agenda:
            "Agenda voor de vergadering van \(c.body) op \(c.date.dutch) in \(c.place). 1. Opening en mededelingen. 2. Vaststellen van het verslag van de vorige vergadering. 3. \(capitalised(c.subject)). 4. Voortgang \(c.collaboration). 5. Rondvraag en sluiting."
        case .besluitenlijst:
            "Besluitenlijst van de vergadering van \(c.body) van \(c.date.dutch)."
        case .convenant:
            "De ondergetekenden, deelnemers aan \(c.collaboration), komen het volgende overeen over \(c.subject)."
        case .rapport:
            "Dit rapport bevat de uitkomsten van de evaluatie van \(c.collaboration) over de periode \(c.date.year - 3)–\(c.date.year)."
        case .overig:
            "Deze notitie geeft achtergrondinformatie over \(c.subject) binnen \(c.collaboration)."
        }
    }

    static func closing(_ kind: DocumentKind, _ c: TextContext) -> String? {
        switch kind {
        case .statenbrief: "Gedeputeerde Staten van \(c.province)"
        case .brief, .agenderingsverzoek: "Met vriendelijke groet,\n\(c.person)\n\(c.organisation)"
        case .notulen, .verslag: "Niets meer aan de orde zijnde sluit de voorzitter de vergadering."
        case .convenant: "Aldus overeengekomen en ondertekend op \(c.date.dutch)."
        default: nil
        }
    }

    static func pools(for kind: DocumentKind) -> [[Template]] {
        switch kind {
        case .verslag, .notulen, .besluitenlijst, .agenda: [meeting, decisions, commitments, money]
        case .statenbrief, .brief, .agenderingsverzoek: [progress, money, context, governance]
        case .rapport, .strategischeAgenda, .convenant, .overig: [progress, money, context, governance, decisions]
        }
    }

    // MARK: - Sentences

    static let meeting: [Template] = [
        { "De voorzitter opent de vergadering en heet \($0.otherPerson) van \($0.organisation) welkom." },
        { _ in "Het verslag van de vorige vergadering wordt ongewijzigd vastgesteld." },
        { "De deelnemers bespreken de voortgang op \($0.subject) en stellen vast dat de planning grotendeels wordt gehaald." },
        { "\($0.organisation) licht toe dat \($0.subject) meer tijd vraagt dan eerder was voorzien." },
        { "Er is brede steun om \($0.subject) de komende periode met voorrang op te pakken." },
        { "Enkele deelnemers vragen aandacht voor de gevolgen voor kleinere kernen zoals \($0.place)." },
        { _ in "In de bespreking wordt benadrukt dat de raden tijdig moeten worden betrokken." },
        { "\($0.otherPerson) merkt op dat de inwoners van \($0.place) nog weinig merken van de resultaten." },
        { _ in "De vergadering neemt kennis van de mededelingen van het secretariaat." },
        { "Bij de rondvraag vraagt \($0.otherPerson) naar de stand van zaken rond \($0.subject)." },
    ]

    static let decisions: [Template] = [
        { "Besloten wordt het uitvoeringsprogramma voor \($0.date.year + 1) vast te stellen." },
        { "Het bestuur stemt in met de begroting voor \($0.date.year + 1) en de meerjarenraming." },
        { "Besloten wordt een werkgroep in te stellen die \($0.subject) nader uitwerkt." },
        { _ in "Besloten wordt de zienswijzen van de deelnemende gemeenten te verwerken in een aangepast voorstel." },
        { _ in "Het voorstel om de samenwerking met twee jaar te verlengen wordt aangenomen." },
        { "De deelnemers besluiten \($0.place) aan te wijzen als proeflocatie." },
        { _ in "Het jaarverslag en de jaarrekening worden vastgesteld." },
    ]

    static let commitments: [Template] = [
        { "\($0.person) zegt toe voor de volgende vergadering een notitie over \($0.subject) te sturen." },
        { "Het secretariaat bundelt de reacties van de deelnemers en stuurt die vóór \($0.date.adding(days: 21).dutch) rond." },
        { "De provincie \($0.province) zegt toe de mogelijkheden voor aanvullende financiering te verkennen." },
        { "\($0.organisation) neemt het initiatief voor een bijeenkomst met de betrokken ondernemers." },
        { "\($0.otherPerson) zal de raadsleden in \($0.place) informeren over de uitkomsten." },
        { "De volgende vergadering vindt plaats op \($0.date.adding(days: 56).dutch)." },
    ]

    static let money: [Template] = [
        { "Voor \($0.subject) is in \($0.date.year) een bijdrage van \(euros($0.amount)) beschikbaar gesteld." },
        { "De aanvraag voor een rijksbijdrage van \(euros($0.amount)) is ingediend en wordt naar verwachting dit najaar beoordeeld." },
        { _ in "De deelnemers dragen naar rato van het aantal inwoners bij aan de kosten." },
        { "De provinciale bijdrage van \(euros($0.amount)) is bedoeld als cofinanciering van regionale projecten." },
        { _ in "Uit de jaarrekening blijkt een positief resultaat, dat wordt toegevoegd aan de algemene reserve." },
        { "De subsidieregeling voor \($0.subject) is overtekend; een tweede tranche wordt voorbereid." },
        { "Met de inzet van \(euros($0.amount)) aan publiek geld worden naar verwachting ook private investeringen uitgelokt." },
    ]

    static let progress: [Template] = [
        { "Uit de evaluatie blijkt dat de samenwerking de afgelopen jaren heeft bijgedragen aan \($0.subject)." },
        { "De monitor laat zien dat de doelen voor \($0.date.year) voor een groot deel zijn bereikt." },
        { _ in "Tegelijk zijn er zorgen over de beschikbare ambtelijke capaciteit bij de deelnemers." },
        { _ in "De deelnemers willen de resultaten beter zichtbaar maken voor inwoners en volksvertegenwoordigers." },
        { "In \($0.place) is een eerste pilot gestart, waarvan de resultaten in \($0.date.year + 1) worden verwacht." },
        { "\(capitalised($0.subject)) staat hoog op de agenda van alle deelnemende organisaties." },
        { "\($0.organisation) heeft de rol van trekker op zich genomen en rapporteert elk kwartaal over de voortgang." },
    ]

    static let context: [Template] = [
        { "De gevolgen van nieuwe landelijke regelgeving voor \($0.subject) zijn nog niet volledig duidelijk." },
        { "Het Rijk heeft aangekondigd in \($0.date.year + 1) met aanvullende middelen te komen." },
        { _ in "De stijgende kosten van materialen en personeel zetten de planning onder druk." },
        { _ in "Een goede afstemming met het waterschap is nodig voor de opgaven in het landelijk gebied." },
        { "De situatie in \($0.place) laat zien dat een gebiedsgerichte aanpak nodig is." },
        { "Andere regio’s in \($0.province) volgen de aanpak met belangstelling." },
    ]

    static let governance: [Template] = [
        { _ in "De deelnemers spreken af de rol van de raden en Provinciale Staten in de samenwerking te versterken." },
        { _ in "Het secretariaat wordt gevraagd een voorstel te doen voor de herziening van de samenwerkingsafspraken." },
        { _ in "De raden en Staten worden voortaan twee keer per jaar geïnformeerd met een voortgangsrapportage." },
        { "\($0.person) wordt benoemd tot voorzitter van de ambtelijke werkgroep." },
        { "Over \($0.subject) wordt de raden gevraagd een zienswijze te geven." },
        { "\($0.body) komt ten minste vier keer per jaar bijeen." },
    ]

    // MARK: - Formatting

    /// "€ 1.250.000".
    static func euros(_ amount: Int) -> String {
        let digits = String(amount)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(".") }
            out.append(character)
        }
        return "€ " + out
    }
}
