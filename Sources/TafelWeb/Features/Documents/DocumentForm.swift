import TafelCore
import TafelStore

/// The document form's view model: every field with what was typed and its problem, if any.
struct DocumentForm: Sendable {
    struct Field: Sendable {
        let name: String
        let label: String
        let value: String
        let hint: String?
        let error: String?
        let required: Bool
        let multiline: Bool
        let large: Bool
        /// Stored, not computed: the templates read models by reflection.
        let invalid: Bool
    }

    struct Choice: Sendable {
        let name: String
        let label: String
        let options: [ListPage.Option]
        let error: String?
    }

    let shell: Shell
    let heading: String
    let action: SiteRoute
    let csrf: String
    let version: Int?
    let fields: [Field]
    let kind: Choice
    let wooCategory: Choice
    let level: Choice
    let access: Field
    let text: Field
    let file: FileChoice
    let problems: [FieldProblem]
    let hasProblems: Bool
    let conflict: FormConflict?

    /// The original file: what is stored (on an edit), the choice to remove it, and its problem.
    struct FileChoice: Sendable {
        let stored: DocumentFile?
        let download: SiteRoute?
        let removing: Bool
        let error: String?
        let hint: String
    }

    init(input: DocumentDraft.Input, action: SiteRoute, heading: String, version: Int?, csrf: String,
         problems: [FieldProblem] = [], conflict: FormConflict? = nil, storedFile: DocumentFile? = nil,
         documentID: String? = nil, removingFile: Bool = false) {
        func error(_ name: String) -> String? {
            let messages = problems.filter { $0.field == name }.map(\.message)
            return messages.isEmpty ? nil : messages.joined(separator: " ")
        }
        func field(_ name: String, _ label: String, _ value: String?, hint: String? = nil, required: Bool = false,
                   multiline: Bool = false, large: Bool = false) -> Field {
            Field(name: name, label: label, value: value ?? "", hint: hint, error: error(name), required: required,
                  multiline: multiline, large: large, invalid: error(name) != nil)
        }
        self.shell = Shell(title: heading, section: .document,
                           breadcrumbs: [Crumb(label: "Documenten", href: SiteRoute.collection(.document))])
        self.heading = heading
        self.action = action
        self.csrf = csrf
        self.version = version
        self.fields = [
            field("titel", "Titel", input.titel, required: true),
            field("datum", "Datum", input.datum, hint: "JJJJ, JJJJ-MM of JJJJ-MM-DD, zo precies als het document zelf."),
            field("kenmerk", "Kenmerk", input.kenmerk),
            field("auteur", "Auteur", input.auteur),
            field("behandeldDoor", "Behandeld door", input.behandeldDoor),
            field("bron", "Bron", input.bron, hint: "Waar het origineel staat: een URL of een registerverwijzing."),
            field("samenvatting", "Samenvatting", input.samenvatting, multiline: true),
        ]
        self.kind = Choice(name: "soort", label: "Soort", options:
            [ListPage.Option(value: "", label: "Kies een soort", selected: input.soort == nil || input.soort == "")]
            + DocumentKind.allCases.map { ListPage.Option(value: $0.rawValue, label: $0.label, selected: $0.rawValue == input.soort) },
            error: error("soort"))
        self.wooCategory = Choice(name: "wooInformatiecategorie", label: "Woo-informatiecategorie", options:
            [ListPage.Option(value: "", label: "Volgens de soort", selected: (input.wooInformatiecategorie ?? "").isEmpty)]
            + WooCategory.allCases.map { ListPage.Option(value: $0.rawValue, label: "\($0.label) (\($0.article))",
                                                         selected: $0.rawValue == input.wooInformatiecategorie) },
            error: error("wooInformatiecategorie"))
        self.level = Choice(name: "vertrouwelijkheid", label: "Vertrouwelijkheid", options: Confidentiality.allCases.map {
            ListPage.Option(value: $0.rawValue, label: Self.levelLabels[$0] ?? $0.label,
                            selected: $0.rawValue == (input.vertrouwelijkheid ?? "openbaar"))
        }, error: error("vertrouwelijkheid"))
        self.access = field("toegang", "Toegang", input.toegang.joined(separator: "\n"),
                            hint: "Eén per regel: organisatie:ID of gremium:ID (bijvoorbeeld organisatie:gemeente-assen). Bij ‘vertrouwelijk’ zien alleen de leden hiervan het document.",
                            multiline: true)
        self.text = field("tekst", "Volledige tekst", input.tekst, hint: "Plak de tekst hier, of kies hierboven een bestand: dan leest Tafel de tekst uit het bestand en komt die hier te staan.",
                          multiline: true, large: true)
        self.file = FileChoice(
            stored: storedFile, download: storedFile != nil ? documentID.map { .documentFile($0) } : nil, removing: removingFile,
            error: error(UploadProblem.field),
            hint: "PDF, DOCX, ODT of platte tekst, tot \(ByteSize.dutch(TextExtractor.maximumFileSize)). Tafel bewaart het origineel en leest de tekst eruit; een scan zonder tekst neemt Tafel alleen aan als u de tekst zelf invult."
                + (storedFile != nil ? " Een nieuw bestand vervangt het huidige origineel." : ""))
        self.problems = problems
        self.hasProblems = !problems.isEmpty
        self.conflict = conflict
    }

    static let levelLabels: [Confidentiality: String] = [
        .openbaar: "Openbaar: voor iedereen",
        .intern: "Intern: voor iedereen die is ingelogd",
        .vertrouwelijk: "Vertrouwelijk: alleen voor de leden van de organisaties en gremia onder Toegang",
    ]

    static let fieldLabels: [String: String] = [
        "titel": "Titel", "soort": "Soort", "datum": "Datum", "kenmerk": "Kenmerk", "auteur": "Auteur",
        "behandeldDoor": "Behandeld door", "samenvatting": "Samenvatting", "tekst": "Volledige tekst",
        "bron": "Bron", "vertrouwelijkheid": "Vertrouwelijkheid", "toegang": "Toegang", "bestand": "Origineel",
        "wooInformatiecategorie": "Woo-informatiecategorie",
    ]

    /// The fields where the stored version and the editor's input differ.
    static func differences(stored: DocumentDraft.Input, typed: DocumentDraft.Input) -> [FormConflict.Row] {
        FormConflict.rows(stored: stored.values, typed: typed.values, labels: fieldLabels)
    }

    static func input(from form: FormData) -> DocumentDraft.Input {
        DocumentDraft.Input(
            titel: form["titel"], soort: form["soort"], datum: form["datum"], kenmerk: form["kenmerk"],
            auteur: form["auteur"], behandeldDoor: form["behandeldDoor"], samenvatting: form["samenvatting"],
            tekst: form["tekst"], bron: form["bron"], vertrouwelijkheid: form["vertrouwelijkheid"],
            toegang: form.all("toegang").flatMap { $0.split(whereSeparator: \.isNewline).map(String.init) },
            wooInformatiecategorie: form["wooInformatiecategorie"])
    }
}
