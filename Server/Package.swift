// swift-tools-version: 6.2
import PackageDescription

// The HTTP server, a package of its own so that the root package (and `gsz check`) never
// builds or links Hummingbird. It uses the root package's GSZKit library as is.
let package = Package(
    name: "gsz-server",
    products: [
        .executable(name: "gsz-server", targets: ["gsz-server"]),
    ],
    dependencies: [
        .package(name: "gsz", path: ".."),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // Routes, the page, the API, bounds: everything but the process's entry point.
        .target(
            name: "GSZServer",
            dependencies: [
                .product(name: "GSZKit", package: "gsz"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            // The API's description, served as is from the bytes of the committed file.
            resources: [.embedInCode("openapi.yaml")]
        ),
        // Arguments, signals, start.
        .executableTarget(
            name: "gsz-server",
            dependencies: ["GSZServer", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "GSZServerTests",
            dependencies: [
                "GSZServer",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ]
)

// The root package's strict settings, for every Swift target here too.
for target in package.targets {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .swiftLanguageMode(.v6),
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("InternalImportsByDefault"),
        .enableUpcomingFeature("MemberImportVisibility"),
        .treatAllWarnings(as: .error),
    ]
}
