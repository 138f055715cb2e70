import TafelStore
/// Word lists for synthetic Dutch names of places, people, parties and organisations.
/// The place names are made up from common parts; any likeness to a real place is chance.
enum DutchNames {
    // MARK: - Places

    static let placeStems = [
        "Aal", "Ant", "Bark", "Beer", "Bel", "Bol", "Borg", "Braak", "Bruin", "Dal", "Dinkel", "Does", "Drie",
        "Eek", "Eem", "Elder", "Els", "Esch", "Gaas", "Geer", "Glim", "Gras", "Haar", "Hal", "Heer", "Hel",
        "Holt", "Hoorn", "Kamp", "Kolder", "Kraan", "Kroon", "Laar", "Lemel", "Lind", "Loen", "Maar", "Mark",
        "Mol", "Nij", "Olde", "Peel", "Raam", "Ried", "Rijs", "Roer", "Ruin", "Schoon", "Sleen", "Spier",
        "Steen", "Stroe", "Uit", "Valk", "Vels", "Vlie", "Vree", "Wester", "Wijn", "Wolf", "Zand", "Zwaag",
        "Zeven", "Ooster", "Linde", "Hunze", "Beek", "Aart", "Bunne", "Ekel", "Garde", "Haven", "Ilp", "Jut",
        "Kade", "Lutte", "Marum", "Noord", "Oude", "Putte", "Reit", "Sas", "Tjon", "Ulft", "Veld", "Wier",
    ]

    static let placeSuffixes = [
        "veen", "dijk", "wold", "horst", "dam", "drecht", "zijl", "hoven", "loo", "kerk", "dorp", "broek",
        "meer", "sloot", "woude", "um", "ingen", "wijk", "burg", "stede", "berg", "beek", "hout", "wolde",
        "zand", "haven", "rade", "donk", "wierd", "terp", "voort", "huizen", "mond", "lo", "ven", "weerd",
        "schoten", "hem", "lingen", "gaast",
    ]

    static let placePrefixes = ["Oost", "West", "Noord", "Zuid", "Nieuw", "Oud", "Groot", "Klein", "Hoog", "Laag", "Sint"]

    static let rivers = [
        "aan de Vecht", "aan de Maas", "aan de Linge", "aan den IJssel", "aan de Amstel", "aan Zee",
        "aan de Dinkel", "aan de Regge", "aan de Lek", "aan de Waal", "aan de Berkel", "aan de Aa",
    ]

    static let waterStems = [
        "Hunze", "Vecht", "Regge", "Dinkel", "Berkel", "Linge", "Peel", "Roer", "Aa", "Dommel", "Eem", "Vallei",
        "Rijn", "Delfland", "Schie", "Amstel", "Maas", "Scheldestromen", "Zuiderzee", "Drents", "Fivel", "Lauwers",
    ]

    static let waterSuffixes = ["stroom", "dal", "landen", "oevers", "polders", "vliet", "delta", "kwartier"]

    /// Compass points that name parts of a province ("Noordoost-Gelderland").
    static let compass = ["Noord", "Oost", "Zuid", "West", "Midden", "Noordoost", "Zuidoost", "Noordwest", "Zuidwest"]

    // MARK: - People

    static let givenNames = [
        "Jan", "Piet", "Kees", "Henk", "Gerrit", "Willem", "Johan", "Marco", "Erik", "Peter", "Frank", "Bart",
        "Thijs", "Ruben", "Daan", "Sander", "Jeroen", "Martijn", "Bas", "Koen", "Tim", "Lars", "Jesse", "Niels",
        "Hans", "Albert", "Harm", "Jelle", "Sjoerd", "Wouter", "Maarten", "Joost", "Rik", "Stefan", "Mark",
        "Arjen", "Dirk", "Hendrik", "Klaas", "Roel", "Gijs", "Teun", "Wim", "Ton", "Fokke", "Berend", "Egbert",
        "Ahmed", "Mohamed", "Youssef", "Emre", "Murat", "Rachid", "Anil", "Ravi", "Tomasz", "Luuk", "Sem", "Milan",
        "Anna", "Maria", "Els", "Ingrid", "Marieke", "Annemieke", "Linda", "Sandra", "Monique", "Petra", "Anouk",
        "Sanne", "Lotte", "Eva", "Femke", "Iris", "Laura", "Lisa", "Fleur", "Nienke", "Karin", "Wilma", "Hilde",
        "Joke", "Gerda", "Trijntje", "Geertje", "Hanneke", "Mirjam", "Esther", "Judith", "Renate", "Saskia",
        "Yvonne", "Marloes", "Ilse", "Marjolein", "Janneke", "Tessa", "Noor", "Fatima", "Samira", "Aylin",
        "Naima", "Priya", "Agnieszka", "Emma", "Julia", "Sophie", "Maud", "Roos", "Jolien", "Ellen", "Baukje",
    ]

    /// Family names, with their tussenvoegsel where they have one ("van der Meer").
    static let familyNames = [
        "de Vries", "van Dijk", "de Jong", "van den Berg", "Bakker", "Jansen", "Visser", "Smit", "Meijer",
        "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
        "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan",
        "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "van der Heijden",
        "Schouten", "van Beek", "Willems", "van Vliet", "van de Ven", "Hoekstra", "Maas", "Verhoeven", "Koster",
        "van Dam", "van der Wal", "Prins", "Blom", "Huisman", "Peeters", "de Jonge", "Kuipers", "van Veen",
        "Post", "Kuiper", "Veenstra", "Kramer", "van den Brink", "Scholten", "van Wijk", "Postma", "Martens",
        "Vink", "de Ruiter", "Timmermans", "Groen", "Gerritsen", "Jonker", "van Loon", "Boer", "van der Velde",
        "Willemsen", "Smeets", "de Lange", "de Vos", "Bosch", "van Dongen", "Schipper", "de Koning",
        "van der Laan", "Koning", "Driessen", "van Doorn", "Hermans", "Evers", "van den Bosch", "van der Meulen",
        "Hofman", "Bosman", "Wolters", "Sanders", "van der Horst", "Mol", "Kuijpers", "Molenaar", "van de Pol",
        "de Leeuw", "Verbeek", "Sluiter", "ter Horst", "ten Brink", "Haverkamp", "Oosterhuis", "Hoogland",
        "Wiersma", "Zijlstra", "Bouma", "Hofstra", "Bruins", "Kamphuis", "Nijland", "Lubbers", "Brinkman",
        "Nijenhuis", "Heijnen", "van Rijn", "Claassen", "Pronk", "Drenth", "Kloosterman", "Yilmaz", "Kaya",
        "El Amrani", "Bouzid", "Ramdin", "Sedney", "Nowak", "van 't Hof", "in 't Veld", "Bekkering", "Stoffers",
    ]

    // MARK: - Parties and organisations

    /// Made-up party names, for fracties.
    static let parties = [
        "Lokaal Belang", "Dorpsbelangen", "Groen Samen", "Sociaal Links", "Liberaal Midden", "Christelijk Sociaal",
        "Stad en Ommeland", "Onafhankelijke Lijst", "Gemeentebelangen", "Samen Vooruit", "Partij voor het Platteland",
        "Burgerlijst",
    ]

    static let companyTrades = [
        "Bouw", "Installatietechniek", "Ingenieurs", "Advies", "Energie", "Infra", "Logistiek", "Agro",
        "Zorgdiensten", "Vastgoed", "Mobiliteit", "Data", "Waterbouw", "Recycling", "Groenvoorziening",
    ]

    static let companyForms = ["B.V.", "B.V.", "B.V.", "N.V.", "V.O.F.", "Coöperatie U.A."]

    static let foundationThemes = [
        "Welzijn", "Jeugdzorg", "Mantelzorg", "Natuurbehoud", "Erfgoed", "Sport", "Cultuur", "Wonen",
        "Schuldhulp", "Vluchtelingenwerk", "Dorpshuizen", "Buurtzorg", "Landschapsbeheer", "Muziekonderwijs",
    ]

    static let associations = [
        "Ondernemersvereniging", "Vereniging Dorpsbelangen", "Vereniging Kleine Kernen", "Vereniging Vrienden van",
        "Historische Vereniging", "Vereniging Natuur en Milieu", "Agrarische Vereniging", "Huurdersvereniging",
        "IJsclub", "Vereniging Plattelandsvrouwen",
    ]

    static let knowledgeInstitutions = [
        "Hogeschool", "Kenniscentrum", "Lectoraat", "Regionaal Opleidingencentrum", "Onderzoeksinstituut",
        "Kennisinstituut", "Academie",
    ]

    static let nationalBodies = [
        "Rijksdienst voor", "Agentschap", "Inspectie", "Directie", "Programmadirectie", "Expertisecentrum",
    ]

    static let collaborationOrganisations = [
        "Regio", "Samenwerkingsverband", "Platform", "Coöperatie", "Netwerk", "Regionaal Bureau",
    ]
}
