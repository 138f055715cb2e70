// swift-tools-version: 6.2
import PackageDescription

let strictness: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "tafel",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "tafel", targets: ["tafel"])
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-openapi-hummingbird.git", from: "2.1.0"),
        .package(url: "https://github.com/apple/swift-openapi-generator.git", from: "1.14.3"),
        .package(url: "https://github.com/apple/swift-openapi-runtime.git", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-configuration.git", from: "1.4.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit.git", from: "2.17.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "5.0.1"),
        .package(url: "https://github.com/apple/swift-system.git", from: "1.8.1"),
    ],
    targets: [
        .target(
            name: "TafelCore",
            resources: [.copy("Structure/structuurregels-drenthe.json"), .copy("Geo/gemeentegrenzen")],
            swiftSettings: strictness
        ),
        .target(
            name: "TafelStore",
            dependencies: [
                "TafelCore",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strictness
        ),
        // The demo data sets (Drenthe from the seeds, the synthetic national one) and their
        // loaders: they build on the store, the store knows nothing of them.
        .target(
            name: "TafelDemo",
            dependencies: [
                "TafelCore",
                "TafelStore",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("DemoData")],
            swiftSettings: strictness
        ),
        .target(
            name: "TafelAPI",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")
            ],
            resources: [.copy("openapi.yaml")],
            // The generated code imports Foundation as `package`; plain imports must then be internal.
            // Its unused-import warnings are in generated code, which we do not edit.
            swiftSettings: [.enableUpcomingFeature("InternalImportsByDefault"), .unsafeFlags(["-suppress-warnings"])],
            plugins: [.plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")]
        ),
        .target(
            name: "TafelWeb",
            dependencies: [
                "TafelCore",
                "TafelStore",
                "TafelAPI",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Public")],
            swiftSettings: strictness
        ),
        .executableTarget(
            name: "tafel",
            dependencies: [
                "TafelCore",
                "TafelStore",
                "TafelDemo",
                "TafelWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "TafelCoreTests",
            dependencies: ["TafelCore"],
            // Read by path (#filePath), so that the test reads the committed file itself.
            exclude: ["Fixtures"],
            swiftSettings: strictness
        ),
        .target(
            name: "TafelTestSupport",
            dependencies: [
                "TafelCore", "TafelStore", "TafelDemo",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/TafelTestSupport",
            swiftSettings: strictness
        ),
        .testTarget(
            name: "TafelStoreTests",
            dependencies: [
                "TafelCore", "TafelStore", "TafelDemo", "TafelTestSupport",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Logging", package: "swift-log"),
            ],
            // The recognition gold standard, read by path (#filePath).
            exclude: ["Fixtures"],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "TafelWebTests",
            dependencies: [
                "TafelCore", "TafelStore", "TafelDemo", "TafelWeb", "TafelTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            // The page snapshots are read from the source tree (`#filePath`), not bundled.
            exclude: ["Snapshots"],
            swiftSettings: strictness
        ),
    ]
)
