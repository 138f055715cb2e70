import Foundation
import TafelCore
import Testing

@Suite("Slug")
struct SlugTests {
    @Test("lowercase letters, digits and hyphens, starting with a letter or digit",
          arguments: ["gemeente-assen", "a", "ibp-2018", "2018", "vdg-bo-gezondheid-welzijn", "a-", String(repeating: "a", count: 120)])
    func valid(slug: String) {
        #expect(Slug.isValid(slug))
    }

    @Test("anything else is refused",
          arguments: ["", "Assen", "-assen", "gemeente_assen", "gemeente assen", "één", "a/b", "a.b", "%",
                      String(repeating: "a", count: 121)])
    func invalid(slug: String) {
        #expect(!Slug.isValid(slug))
    }
}

/// What a test needs to know about one vocabulary, gathered generically.
struct VocabularyFacts: Sendable, CustomTestStringConvertible {
    let name: String
    let codes: [String]
    let labels: [String]
    let roundTrips: Bool
    let refusesUnknown: Bool

    init<V: Vocabulary>(_ type: V.Type) {
        name = String(describing: type)
        codes = V.codes
        labels = V.allCases.map(\.label)
        roundTrips = V.allCases.allSatisfy { V(code: $0.rawValue) == $0 }
        refusesUnknown = V(code: "onzin") == nil && V(code: "") == nil
    }

    var testDescription: String { name }
}

@Suite("Vocabularies")
struct VocabularyTests {
    static let all: [VocabularyFacts] = [
        .init(OrganisationKind.self), .init(BodyKind.self), .init(CollaborationForm.self), .init(WgrForm.self),
        .init(CollaborationStatus.self), .init(ParticipantRole.self), .init(ProvinceRole.self), .init(AmountKind.self),
        .init(CollaborationRelation.self), .init(DocumentKind.self), .init(Confidentiality.self),
        .init(PolicyConsequence.self), .init(MeetingKind.self), .init(MeetingStatus.self), .init(AttendanceRole.self),
        .init(OutcomeKind.self),
    ]

    @Test("unique snake_case codes and non-empty labels", arguments: all)
    func codesAndLabels(vocabulary: VocabularyFacts) {
        #expect(!vocabulary.codes.isEmpty)
        #expect(Set(vocabulary.codes).count == vocabulary.codes.count, "duplicate code")
        for code in vocabulary.codes {
            #expect(!code.isEmpty && code.allSatisfy { $0.isLowercase || $0 == "_" }, "code ‘\(code)’")
        }
        for label in vocabulary.labels {
            #expect(!label.trimmingCharacters(in: .whitespaces).isEmpty)
            #expect(label.first?.isUppercase == true, "label ‘\(label)’ starts with a capital")
        }
        #expect(Set(vocabulary.labels).count == vocabulary.labels.count, "duplicate label")
        #expect(vocabulary.roundTrips)
        #expect(vocabulary.refusesUnknown)
    }

    @Test("the codes documented in docs/DATA.md")
    func documentedCodes() {
        #expect(OrganisationKind.codes == ["provincie", "gemeente", "waterschap", "rijksoverheid", "vereniging",
                                           "samenwerkingsverband", "maatschappelijke_organisatie", "bedrijf",
                                           "kennisinstelling", "fractie"])
        #expect(CollaborationStatus.codes == ["verkenning", "in_voorbereiding", "actief", "afgerond", "gestopt", "niet_haalbaar"])
        #expect(PolicyConsequence.codes == ["afbouwen", "overdragen", "voortzetten", "opnemen_in_omgevingsbeleid", "uitvoeren"])
        #expect(MeetingStatus.codes == ["gepland", "gehouden", "geannuleerd"])
        #expect(CollaborationStatus.gestopt.requiresReason)
        #expect(CollaborationStatus.nietHaalbaar.requiresReason)
        #expect(!CollaborationStatus.actief.requiresReason)
    }

    @Test("record kinds have unique collection paths")
    func recordKinds() {
        let collections = RecordKind.allCases.map(\.collection)
        #expect(Set(collections).count == collections.count)
        #expect(RecordKind.organisation.collection == "organisaties")
        #expect(RecordKind.allCases.filter(\.isPublished).count == 13)
    }
}
