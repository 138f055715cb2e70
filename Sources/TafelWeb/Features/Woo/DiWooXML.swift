import Foundation
import TafelCore
import TafelStore

/// The XML the Woo-index harvests (DiWoo metadata 0.9.8 as a sitemap extension): a sitemap
/// index per information category, its sitemaps, and in each `<url>` the document's
/// `<diwoo:Document>`. Elements follow the schema's order; every value is escaped.
enum DiWooXML {
    static let sitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9"
    static let diwooNamespace = "https://standaarden.overheid.nl/diwoo/metadata/"
    /// At most this many documents in one sitemap (the protocol allows 50,000 and 50 MB; a
    /// document's metadata is about a kilobyte).
    static let sitemapSize = 10_000

    static func sitemapIndex(_ sitemaps: [(loc: String, lastmod: String?)]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"\(sitemapNamespace)\">\n"
        for sitemap in sitemaps {
            xml += "  <sitemap>\n    <loc>\(escape(sitemap.loc))</loc>\n"
            if let lastmod = sitemap.lastmod { xml += "    <lastmod>\(escape(lastmod))</lastmod>\n" }
            xml += "  </sitemap>\n"
        }
        return xml + "</sitemapindex>\n"
    }

    static func sitemap(_ urls: [(loc: String, lastmod: String, document: String)]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"\(sitemapNamespace)\" xmlns:diwoo=\"\(diwooNamespace)\">\n"
        for url in urls {
            xml += "  <url>\n    <loc>\(escape(url.loc))</loc>\n    <lastmod>\(escape(url.lastmod))</lastmod>\n\(url.document)  </url>\n"
        }
        return xml + "</urlset>\n"
    }

    /// One document's `<diwoo:Document>`, indented for a sitemap's `<url>`; `standalone` declares
    /// the namespace on it, for the document's own metadata file.
    static func document(_ publication: WooPublication, publisher: WooPublication.Organisation, loc: String,
                         standalone: Bool = false) -> String {
        let d = publication.document
        var lines: [String] = []
        func add(_ depth: Int, _ line: String) { lines.append(String(repeating: "  ", count: depth + 2) + line) }
        func resource(_ element: String, _ uri: String?, _ label: String, depth: Int) {
            if let uri { add(depth, "<diwoo:\(element) resource=\"\(escape(uri))\">\(escape(label))</diwoo:\(element)>") }
        }
        add(0, standalone ? "<diwoo:Document xmlns:diwoo=\"\(diwooNamespace)\">" : "<diwoo:Document>")
        add(1, "<diwoo:DiWoo>")
        if let reference = d.reference {
            add(2, "<diwoo:identifiers>")
            add(3, "<diwoo:identifier>\(escape(reference))</diwoo:identifier>")
            add(2, "</diwoo:identifiers>")
        }
        resource("publisher", publisher.tooiURI, publisher.name, depth: 2)
        if let author = publication.author {
            if let uri = author.tooiURI { resource("opsteller", uri, author.name, depth: 2) }
            add(2, "<diwoo:naamOpsteller>\(escape(d.author ?? author.name))</diwoo:naamOpsteller>")
        } else if let name = d.author {
            add(2, "<diwoo:naamOpsteller>\(escape(name))</diwoo:naamOpsteller>")
        }
        add(2, "<diwoo:titelcollectie>")
        add(3, "<diwoo:officieleTitel>\(escape(d.title))</diwoo:officieleTitel>")
        add(2, "</diwoo:titelcollectie>")
        if let summary = d.summary {
            add(2, "<diwoo:omschrijvingen>")
            add(3, "<diwoo:omschrijving>\(escape(summary))</diwoo:omschrijving>")
            add(2, "</diwoo:omschrijvingen>")
        }
        add(2, "<diwoo:classificatiecollectie>")
        add(3, "<diwoo:informatiecategorieen>")
        resource("informatiecategorie", publication.category.tooiURI, publication.category.label, depth: 4)
        add(3, "</diwoo:informatiecategorieen>")
        add(2, "</diwoo:classificatiecollectie>")
        let day = WooDates.day(of: d)
        if let day { add(2, "<diwoo:creatiedatum>\(day)</diwoo:creatiedatum>") }
        add(2, "<diwoo:language resource=\"http://publications.europa.eu/resource/authority/language/NLD\">Nederlands</diwoo:language>")
        let format = WooDates.fileType(publication.file)
        add(2, "<diwoo:format resource=\"http://publications.europa.eu/resource/authority/file-type/\(format)\">\(format.lowercased())</diwoo:format>")
        add(2, "<diwoo:documenthandelingen>")
        add(3, "<diwoo:documenthandeling>")
        resource("soortHandeling", d.kind.wooAction.tooiURI, d.kind.wooAction.label, depth: 4)
        add(4, "<diwoo:atTime>\(WooDates.actionTime(of: d))</diwoo:atTime>")
        add(3, "</diwoo:documenthandeling>")
        add(2, "</diwoo:documenthandelingen>")
        add(1, "</diwoo:DiWoo>")
        add(0, "</diwoo:Document>")
        return lines.joined(separator: "\n") + "\n"
    }

    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            // XML 1.0 allows tab, line feed and carriage return of the control characters only.
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default: if scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}

/// Dates and formats as DiWoo writes them.
enum WooDates {
    /// The document's own day, when it is known to the day.
    static func day(of document: Document) -> String? {
        guard let date = document.date, date.iso.count == 10 else { return nil }
        return date.iso
    }

    /// When it was signed, received or adopted: its day, else when Tafel registered it.
    static func actionTime(of document: Document) -> String {
        if let day = day(of: document) { return day + "T00:00:00" }
        return timestamp(document.meta.createdAt)
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
    }

    /// The EU file-type code of what `loc` leads to: the original, or the document's page.
    static func fileType(_ format: FileFormat?) -> String {
        switch format {
        case .pdf: "PDF"
        case .docx: "DOCX"
        case .odt: "ODT"
        case .text: "TXT"
        case nil: "HTML"
        }
    }
}
