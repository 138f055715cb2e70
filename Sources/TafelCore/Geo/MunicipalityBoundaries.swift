import Foundation

/// The boundaries of municipalities, read from GeoJSON (WGS84, one feature per municipality
/// with its CBS code as id, such as CBS/PDOK's "gebiedsindelingen"), projected once for
/// drawing: a province's municipalities as SVG path data in one frame.
public struct MunicipalityBoundaries: Sendable {
    /// One municipality, projected into its province's frame.
    public struct Shape: Sendable, Hashable {
        public let cbsCode: String
        public let name: String
        public let provinceCode: String
        /// SVG path data in the frame's coordinates, one closed ring per `M … Z`.
        public let path: String
        /// Where a label goes: the centroid of its largest ring.
        public let labelX: Double
        public let labelY: Double
    }

    /// The municipalities of one province, fitted into `width` × `height`.
    public struct Frame: Sendable {
        public let provinceCode: String
        public let width: Int
        public let height: Int
        public let shapes: [Shape]
    }

    public let frames: [String: Frame]
    /// The province of each municipality's CBS code.
    private let provinceOf: [String: String]

    /// The frame that holds a municipality with this CBS code, if Tafel has its boundary.
    public func frame(containing cbsCode: String) -> Frame? {
        provinceOf[cbsCode].flatMap { frames[$0] }
    }

    /// Reads every `.geojson` file; a file that cannot be read is named in the error.
    public init(files: [URL], width: Double = 640) throws {
        var features: [Feature] = []
        for file in files {
            do {
                let collection = try JSONDecoder().decode(FeatureCollection.self, from: Data(contentsOf: file))
                features += collection.features
            } catch {
                throw BoundaryFileError(file: file.lastPathComponent, reason: String(describing: error))
            }
        }
        var frames: [String: Frame] = [:]
        var provinceOf: [String: String] = [:]
        for (province, members) in Dictionary(grouping: features, by: \.properties.provinciecode) {
            frames[province] = Self.frame(province, members.sorted { $0.id < $1.id }, width: width)
            for feature in members { provinceOf[feature.id] = province }
        }
        self.frames = frames
        self.provinceOf = provinceOf
    }

    /// The boundaries shipped with Tafel (`Geo/gemeentegrenzen`), read once.
    public static let bundled: MunicipalityBoundaries = {
        let folder = Bundle.module.url(forResource: "gemeentegrenzen", withExtension: nil)
        let files = (folder.flatMap { try? FileManager.default.contentsOfDirectory(at: $0, includingPropertiesForKeys: nil) } ?? [])
            .filter { $0.pathExtension == "geojson" }.sorted { $0.path < $1.path }
        return (try? MunicipalityBoundaries(files: files)) ?? MunicipalityBoundaries(frames: [:], provinceOf: [:])
    }()

    private init(frames: [String: Frame], provinceOf: [String: String]) {
        self.frames = frames
        self.provinceOf = provinceOf
    }

    /// An equirectangular projection around the province's middle latitude (distances east–west
    /// shrink with its cosine), scaled to `width` with a margin: at a province's size the
    /// difference from the RD projection is far below what the generalised lines show.
    static func frame(_ province: String, _ features: [Feature], width: Double) -> Frame {
        let points = features.flatMap { $0.geometry.rings.flatMap { $0 } }
        let lons = points.map(\.lon), lats = points.map(\.lat)
        let (minLon, maxLon) = (lons.min() ?? 0, lons.max() ?? 1)
        let (minLat, maxLat) = (lats.min() ?? 0, lats.max() ?? 1)
        let shrink = cos((minLat + maxLat) / 2 * .pi / 180)
        let margin = 8.0
        let scale = (width - 2 * margin) / max((maxLon - minLon) * shrink, 1e-9)
        let height = (maxLat - minLat) * scale + 2 * margin
        func x(_ p: Point) -> Double { margin + (p.lon - minLon) * shrink * scale }
        func y(_ p: Point) -> Double { margin + (maxLat - p.lat) * scale }
        let shapes = features.map { feature -> Shape in
            let rings = feature.geometry.rings
            let path = rings.map { ring in
                "M" + ring.map { "\(Self.number(x($0))),\(Self.number(y($0)))" }.joined(separator: "L") + "Z"
            }.joined()
            let largest = rings.max { area($0) < area($1) } ?? []
            let (cx, cy) = centroid(largest)
            return Shape(cbsCode: feature.id, name: feature.properties.statnaam, provinceCode: province, path: path,
                         labelX: margin + (cx - minLon) * shrink * scale, labelY: margin + (maxLat - cy) * scale)
        }
        return Frame(provinceCode: province, width: Int(width.rounded()), height: Int(height.rounded(.up)), shapes: shapes)
    }

    /// One decimal: a tenth of a pixel is finer than any screen shows.
    public static func number(_ value: Double) -> String {
        // Integer arithmetic, not String(format:): a large matrix writes thousands of these.
        let tenths = Int((value * 10).rounded(.toNearestOrEven))
        let whole = tenths / 10, rest = abs(tenths % 10)
        let sign = tenths < 0 && whole == 0 ? "-" : ""
        return rest == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(rest)"
    }

    /// The signed area of a ring (shoelace), in degrees squared: enough to compare rings.
    static func area(_ ring: [Point]) -> Double {
        guard ring.count > 2 else { return 0 }
        var sum = 0.0
        for (a, b) in zip(ring, ring.dropFirst() + [ring[0]]) { sum += a.lon * b.lat - b.lon * a.lat }
        return abs(sum / 2)
    }

    /// The centroid of a ring's area; its average point when the area is nil.
    static func centroid(_ ring: [Point]) -> (Double, Double) {
        guard !ring.isEmpty else { return (0, 0) }
        var a = 0.0, cx = 0.0, cy = 0.0
        for (p, q) in zip(ring, ring.dropFirst() + [ring[0]]) {
            let cross = p.lon * q.lat - q.lon * p.lat
            a += cross; cx += (p.lon + q.lon) * cross; cy += (p.lat + q.lat) * cross
        }
        guard abs(a) > 1e-12 else {
            return (ring.map(\.lon).reduce(0, +) / Double(ring.count), ring.map(\.lat).reduce(0, +) / Double(ring.count))
        }
        return (cx / (3 * a), cy / (3 * a))
    }

    struct Point: Sendable { let lon: Double, lat: Double }

    struct FeatureCollection: Decodable { let features: [Feature] }

    struct Feature: Decodable {
        struct Properties: Decodable { let statnaam: String, provinciecode: String }
        let id: String
        let properties: Properties
        let geometry: Geometry
    }

    /// A Polygon or MultiPolygon; only outer rings are drawn (the generalised boundaries have no holes that show).
    struct Geometry: Decodable {
        let rings: [[Point]]

        private enum Keys: String, CodingKey { case type, coordinates }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Keys.self)
            func ring(_ positions: [[Double]]) -> [Point] { positions.filter { $0.count >= 2 }.map { Point(lon: $0[0], lat: $0[1]) } }
            switch try container.decode(String.self, forKey: .type) {
            case "Polygon":
                rings = try container.decode([[[Double]]].self, forKey: .coordinates).prefix(1).map(ring)
            case "MultiPolygon":
                rings = try container.decode([[[[Double]]]].self, forKey: .coordinates).compactMap { $0.first.map(ring) }
            case let other:
                throw DecodingError.dataCorruptedError(forKey: .type, in: container, debugDescription: "geometrie ‘\(other)’ wordt niet ondersteund")
            }
        }
    }
}

/// A boundary file Tafel could not read.
public struct BoundaryFileError: Error, CustomStringConvertible {
    public let file: String
    public let reason: String
    public var description: String { "Het grenzenbestand \(file) is niet te lezen: \(reason)" }
}
