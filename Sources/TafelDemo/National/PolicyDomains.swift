import TafelStore
/// The policy domains of the synthetic data set, with the Dutch words to write about them:
/// what a collaboration in the domain is called, its subjects, and the tasks it serves.
struct PolicyDomain: Sendable {
    /// The domain as stored in `collaboration_domains.domain` (lowercase).
    let code: String
    /// The domain as a capitalised word in a name ("Kenniscentrum Energie").
    let title: String
    /// Name stems of collaborations in this domain ("Fietsnetwerk", followed by a region).
    let names: [String]
    /// Names of gemeenschappelijke regelingen in this domain (empty if none is usual).
    let arrangements: [String]
    /// Subjects to write about, with an article where Dutch needs one ("het openbaar vervoer").
    let subjects: [String]
    /// Tasks for a task agenda ("Versterken van ...").
    let tasks: [String]
}

enum PolicyDomains {
    static let all: [PolicyDomain] = [
        PolicyDomain(
            code: "mobiliteit", title: "Mobiliteit",
            names: ["Bereikbaarheid", "Fietsnetwerk", "Mobiliteitsprogramma", "Verkeersveiligheid", "Smart Mobility", "Mobiliteitsagenda"],
            arrangements: ["Vervoerregio", "Regiotaxi"],
            subjects: ["de bereikbaarheid van de kernen", "het openbaar vervoer", "de regionale fietsroutes", "de verkeersveiligheid rond scholen", "het doelgroepenvervoer", "de ontsluiting van bedrijventerreinen"],
            tasks: ["Verbeteren van de regionale bereikbaarheid", "Veilige fietsroutes naar school en werk", "Toekomstbestendig openbaar vervoer"]),
        PolicyDomain(
            code: "energie", title: "Energie",
            names: ["Regionale Energiestrategie", "Energieloket", "Warmteprogramma", "Zonneroute", "Energiecoalitie", "Netcongestie-aanpak"],
            arrangements: ["Energiebureau"],
            subjects: ["de regionale energiestrategie", "het tekort aan netcapaciteit", "de aanleg van warmtenetten", "zon op bedrijfsdaken", "de isolatie van huurwoningen", "lokale energiecoöperaties"],
            tasks: ["Versnellen van de energietransitie", "Oplossen van netcongestie", "Aardgasvrije wijken"]),
        PolicyDomain(
            code: "wonen", title: "Wonen",
            names: ["Woondeal", "Woonagenda", "Regionaal Woningbouwprogramma", "Flexwonen", "Woonzorgakkoord", "Huisvestingsaanpak"],
            arrangements: ["Woonservice"],
            subjects: ["de woningbouwopgave", "betaalbare huurwoningen", "de huisvesting van arbeidsmigranten", "wonen met zorg voor ouderen", "de doorstroming op de woningmarkt", "de transformatie van leegstaande panden"],
            tasks: ["Versnellen van de woningbouw", "Betaalbaar wonen voor starters", "Wonen en zorg voor ouderen"]),
        PolicyDomain(
            code: "zorg", title: "Zorg",
            names: ["Zorgakkoord", "Gezondheidsregio", "Netwerk Acute Zorg", "Preventieakkoord", "Zorgcoalitie", "Samen Gezond"],
            arrangements: ["GGD", "Gezondheidsdienst"],
            subjects: ["de toegang tot de huisartsenzorg", "de gezondheidsverschillen tussen wijken", "de ondersteuning van mantelzorgers", "de ambulancezorg", "preventie en leefstijl", "de personeelstekorten in de zorg"],
            tasks: ["Gezond opgroeien en ouder worden", "Bereikbare zorg in de regio", "Versterken van de preventie"]),
        PolicyDomain(
            code: "jeugd", title: "Jeugd",
            names: ["Jeugdhulpregio", "Jeugdzorgakkoord", "Kansrijk Opgroeien", "Jongerenpact", "Zorglandschap Jeugd", "Jeugdteams"],
            arrangements: ["Jeugdhulpregio", "Inkoopbureau Jeugd"],
            subjects: ["de wachtlijsten in de jeugdhulp", "de inkoop van specialistische jeugdzorg", "het jeugdbeschermingsbeleid", "de samenwerking met het onderwijs", "de kosten van de jeugdzorg", "jongeren zonder startkwalificatie"],
            tasks: ["Passende jeugdhulp dichtbij", "Beheersen van de kosten van jeugdzorg", "Kansengelijkheid voor jongeren"]),
        PolicyDomain(
            code: "economie", title: "Economie",
            names: ["Regiodeal", "Economic Board", "Ondernemersloket", "Innovatieprogramma", "Economische Agenda", "Groeiagenda"],
            arrangements: ["Ontwikkelingsbedrijf", "Bedrijvenschap"],
            subjects: ["de regionale economie", "het midden- en kleinbedrijf", "de ontwikkeling van bedrijventerreinen", "innovatie in de maakindustrie", "de vrijetijdseconomie", "het vestigingsklimaat"],
            tasks: ["Versterken van het vestigingsklimaat", "Innovatie in het mkb", "Vitale binnensteden"]),
        PolicyDomain(
            code: "onderwijs", title: "Onderwijs",
            names: ["Onderwijsagenda", "Leerwerkakkoord", "Techniekpact", "Kennisalliantie", "Onderwijshuisvesting", "Leven Lang Ontwikkelen"],
            arrangements: ["Leerplichtbureau"],
            subjects: ["het lerarentekort", "de aansluiting tussen onderwijs en arbeidsmarkt", "het voortijdig schoolverlaten", "de huisvesting van scholen", "het technisch beroepsonderwijs", "laaggeletterdheid"],
            tasks: ["Aansluiting onderwijs en arbeidsmarkt", "Terugdringen van schooluitval", "Leven lang ontwikkelen"]),
        PolicyDomain(
            code: "cultuur", title: "Cultuur",
            names: ["Cultuurpact", "Erfgoedprogramma", "Cultuurregio", "Bibliotheeknetwerk", "Festivalfonds", "Cultuureducatie"],
            arrangements: ["Archiefdienst", "Bibliotheekservice"],
            subjects: ["het regionale erfgoed", "de cultuureducatie op basisscholen", "de bibliotheekvoorzieningen", "het behoud van monumenten", "podia en festivals", "het archiefbeheer"],
            tasks: ["Cultuur dichtbij voor iedereen", "Behoud en beleving van erfgoed", "Sterke culturele infrastructuur"]),
        PolicyDomain(
            code: "natuur", title: "Natuur",
            names: ["Natuurpact", "Landschapsprogramma", "Gebiedsproces", "Natuurnetwerk", "Biodiversiteitsagenda", "Groene Verbinding"],
            arrangements: ["Recreatieschap", "Natuur- en Recreatieschap"],
            subjects: ["de stikstofgevoelige natuur", "het natuurnetwerk", "de biodiversiteit in bermen", "de kwaliteit van het landschap", "het beheer van recreatiegebieden", "de aanleg van houtwallen"],
            tasks: ["Herstel van natuur en biodiversiteit", "Versterken van het landschap", "Recreatie en natuurbeleving"]),
        PolicyDomain(
            code: "water", title: "Water",
            names: ["Waterakkoord", "Deltaprogramma", "Zoetwaterregio", "Klimaatadaptatie", "Bodem en Water", "Droogteaanpak"],
            arrangements: ["Waterketenbedrijf", "Afvalwaterschap"],
            subjects: ["de zoetwatervoorziening", "wateroverlast bij hevige regen", "de waterkwaliteit", "de versterking van dijken", "droogte in de zomer", "de riolering en afvalwaterzuivering"],
            tasks: ["Klimaatbestendige inrichting", "Schoon en voldoende water", "Waterveiligheid"]),
        PolicyDomain(
            code: "landbouw", title: "Landbouw",
            names: ["Landbouwakkoord", "Gebiedsgericht Programma", "Boerenplatform", "Kringlooplandbouw", "Voedselagenda", "Agrarisch Natuurbeheer"],
            arrangements: [],
            subjects: ["de toekomst van agrarische bedrijven", "de stikstofuitstoot", "de extensivering van de landbouw", "korte ketens en streekproducten", "agrarisch natuurbeheer", "de bedrijfsopvolging op boerderijen"],
            tasks: ["Toekomstbestendige landbouw", "Verminderen van de stikstofuitstoot", "Vitaal platteland"]),
        PolicyDomain(
            code: "veiligheid", title: "Veiligheid",
            names: ["Veiligheidsagenda", "Ondermijningsaanpak", "Crisisbeheersing", "Regionaal Informatie- en Expertisecentrum", "Veilig Thuis", "Zorg- en Veiligheidshuis"],
            arrangements: ["Veiligheidsregio", "Veiligheidshuis"],
            subjects: ["de aanpak van ondermijning", "de brandweerzorg", "de crisisbeheersing", "huiselijk geweld", "de veiligheid van evenementen", "cybercriminaliteit bij ondernemers"],
            tasks: ["Weerbaar bestuur tegen ondermijning", "Goede voorbereiding op crises", "Veilig thuis"]),
        PolicyDomain(
            code: "omgevingsrecht", title: "Omgevingsrecht",
            names: ["Omgevingsdienst", "VTH-samenwerking", "Omgevingsagenda", "Implementatie Omgevingswet", "Handhavingsprogramma", "Vergunningverlening"],
            arrangements: ["Omgevingsdienst", "Regionale Uitvoeringsdienst"],
            subjects: ["de vergunningverlening onder de Omgevingswet", "het toezicht op bedrijven", "de handhaving van milieuregels", "de omgevingsvisie", "de kwaliteitscriteria voor VTH", "asbest en bodemsanering"],
            tasks: ["Uitvoering van de Omgevingswet", "Robuust stelsel van vergunningverlening, toezicht en handhaving", "Integrale omgevingsvisie"]),
        PolicyDomain(
            code: "digitalisering", title: "Digitalisering",
            names: ["Digitale Agenda", "ICT-samenwerking", "Datalab", "Informatieveiligheid", "Glasvezelprogramma", "Digitale Dienstverlening"],
            arrangements: ["ICT-samenwerking", "Shared Service Center"],
            subjects: ["de digitale dienstverlening aan inwoners", "de informatiebeveiliging", "de aanleg van glasvezel in het buitengebied", "het gebruik van data bij beleid", "de gezamenlijke ICT-voorzieningen", "digitale inclusie"],
            tasks: ["Digitaal toegankelijke overheid", "Informatieveiligheid op orde", "Snel internet voor iedereen"]),
        PolicyDomain(
            code: "arbeidsmarkt", title: "Arbeidsmarkt",
            names: ["Arbeidsmarktregio", "Werkgeversservicepunt", "Banenafspraak", "Leerwerkloket", "Human Capital Agenda", "Perspectief op Werk"],
            arrangements: ["Werkvoorzieningsschap", "Werkbedrijf"],
            subjects: ["de krapte op de arbeidsmarkt", "de begeleiding van werkzoekenden", "beschut werk", "de scholing van werknemers", "de samenwerking met werkgevers", "arbeidsmigratie"],
            tasks: ["Iedereen doet mee op de arbeidsmarkt", "Inspelen op tekorten aan personeel", "Inclusief werkgeverschap"]),
        PolicyDomain(
            code: "sociaal domein", title: "Sociaal Domein",
            names: ["Sociaal Akkoord", "Armoedeaanpak", "Schuldhulpnetwerk", "Inclusieagenda", "Wmo-samenwerking", "Sociale Basis"],
            arrangements: ["Sociale Dienst", "Intergemeentelijke Sociale Dienst"],
            subjects: ["de aanpak van armoede", "de schuldhulpverlening", "de uitvoering van de Wmo", "de sociale basis in dorpen", "eenzaamheid onder ouderen", "de toegankelijkheid van voorzieningen"],
            tasks: ["Bestaanszekerheid voor iedereen", "Een sterke sociale basis", "Inclusieve samenleving"]),
        PolicyDomain(
            code: "klimaat", title: "Klimaat",
            names: ["Klimaatakkoord", "Klimaatadaptatieregio", "Hittestrategie", "Klimaatfonds", "Groenblauwe Agenda", "Circulaire Regio"],
            arrangements: ["Milieudienst"],
            subjects: ["de gevolgen van hitte in de stad", "de circulaire economie", "de CO2-uitstoot van het eigen wagenpark", "het vergroenen van schoolpleinen", "de afvalscheiding", "klimaatbestendig bouwen"],
            tasks: ["Klimaatneutraal in 2050", "Circulaire economie", "Klimaatadaptatie in de openbare ruimte"]),
        PolicyDomain(
            code: "bestuur", title: "Bestuur",
            names: ["Bestuursakkoord", "Regiofonds", "Samenwerkingsagenda", "Interbestuurlijk Programma", "Democratische Vernieuwing", "Bedrijfsvoeringssamenwerking"],
            arrangements: ["Belastingsamenwerking", "Bedrijfsvoeringsorganisatie", "Inkoopbureau"],
            subjects: ["de democratische legitimiteit van regionale samenwerking", "de rol van de raden", "de gezamenlijke bedrijfsvoering", "de financiële verhoudingen", "de kwaliteit van het openbaar bestuur", "de belastinginning"],
            tasks: ["Sterk en herkenbaar bestuur", "Doelmatige bedrijfsvoering", "Versterken van de lokale democratie"]),
    ]
}
