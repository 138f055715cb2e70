import Foundation
import TafelCore
import Testing

@Suite("Gemeentegrenzen voor de kaart")
struct MunicipalityBoundariesTests {
    @Test("Drenthe's twelve municipalities in one frame, each a closed path with its label inside the frame")
    func drenthe() throws {
        let boundaries = MunicipalityBoundaries.bundled
        let frame = try #require(boundaries.frame(containing: "GM0106"))
        #expect(frame.provinceCode == "PV22" && frame.shapes.count == 12)
        #expect(Set(frame.shapes.map(\.name)).isSuperset(of: ["Assen", "Emmen", "Aa en Hunze", "Westerveld"]))
        #expect(frame.width == 640 && frame.height > 400 && frame.height < 900, "Drenthe is a little taller than wide: \(frame.height)")
        for shape in frame.shapes {
            #expect(shape.path.hasPrefix("M") && shape.path.hasSuffix("Z"))
            #expect((0...Double(frame.width)).contains(shape.labelX) && (0...Double(frame.height)).contains(shape.labelY), "\(shape.name)")
        }
        let assen = try #require(frame.shapes.first { $0.cbsCode == "GM0106" })
        let emmen = try #require(frame.shapes.first { $0.cbsCode == "GM0114" })
        #expect(assen.labelY < emmen.labelY && assen.labelX < emmen.labelX, "Assen lies north-west of Emmen")
        #expect(boundaries.frame(containing: "GM5123") == nil)
    }

    @Test("a file that is not GeoJSON is named in the error")
    func badFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kapot-\(UUID().uuidString).geojson")
        try Data("{\"features\": [{\"id\": 1}]}".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let error = #expect(throws: BoundaryFileError.self) { try MunicipalityBoundaries(files: [url]) }
        #expect(error?.description.contains(url.lastPathComponent) == true)
    }

    @Test("a MultiPolygon draws one ring per part")
    func multiPolygon() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("eilanden-\(UUID().uuidString).geojson")
        let json = """
            {"type":"FeatureCollection","features":[{"type":"Feature","id":"GM0001","properties":{"statnaam":"Eilanden","provinciecode":"PV99"},
             "geometry":{"type":"MultiPolygon","coordinates":[[[[5,53],[5.1,53],[5.1,53.1],[5,53]]],[[[5.2,53],[5.3,53],[5.3,53.05],[5.2,53]]]]}}]}
            """
        try Data(json.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let shape = try #require(try MunicipalityBoundaries(files: [url]).frame(containing: "GM0001")?.shapes.first)
        #expect(shape.path.filter { $0 == "M" }.count == 2 && shape.labelX < 320, "the label sits on the larger, western island")
    }

    @Test("coordinates are written to a tenth, without a trailing .0 and without a minus on zero")
    func numbers() {
        #expect(MunicipalityBoundaries.number(1) == "1")
        #expect(MunicipalityBoundaries.number(12.34) == "12.3")
        #expect(MunicipalityBoundaries.number(12.36) == "12.4")
        #expect(MunicipalityBoundaries.number(-0.5) == "-0.5")
        #expect(MunicipalityBoundaries.number(-3.25) == "-3.2", "a tie to the even tenth, as printf does")
        #expect(MunicipalityBoundaries.number(-0.04) == "0")
    }
}
