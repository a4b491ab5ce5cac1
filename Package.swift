// swift-tools-version: 6.2
import PackageDescription

// Generic types such as `Set<Language>` or the command's `CodingKeys` container reach their
// metadata through accessors that pass the conformances they need, not through a mangled name
// the runtime decodes: decoding one looks each conformance up by scanning every conformance
// record in the binary (about 4,000), once per type at every start. In GSZKit and the command
// this is about 1.4 million of the 23.6 million instructions of checking one report.
let directMetadataAccess: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"]),
]

// How a release binary is linked on Linux (see the `gsz` target). `GSZ_LINK=shared-libc swift
// build -c release` links the Swift runtime in but loads the C library, libyaml and zlib from the
// system, for distributions that ship no static C library or `libyaml.a` (Fedora, without
// glibc-static). It starts about a millisecond slower.
let releaseLinking = Context.environment["GSZ_LINK"] == "shared-libc" ? "-static-stdlib" : "-static-executable"

let package = Package(
    name: "gsz",
    products: [
        .executable(name: "gsz", targets: ["gsz"]),
        .library(name: "GSZKit", targets: ["GSZKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The system libyaml, found through pkg-config; only GSZYAML imports it.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // Bytes to a located, bounded node tree. Knows YAML, nothing of reports.
        .target(name: "GSZYAML", dependencies: ["CYAML"]),
        // The system zlib, for the workbook module's inflate and deflate.
        .systemLibrary(name: "CZLib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        // Bytes to sheets of typed cells and back (zip + XML), bounded. Knows nothing of reports.
        .target(name: "GSZWorkbook", dependencies: ["CZLib"]),
        // The engine: standard files, report reading, evaluation, verdicts, output formats.
        .target(
            name: "GSZKit",
            dependencies: ["GSZYAML", "GSZWorkbook"],
            swiftSettings: directMetadataAccess,
            plugins: ["EmbedStandard"]
        ),
        // The command: argument parsing, input walking, exit status.
        .executableTarget(
            name: "gsz",
            dependencies: [
                "GSZKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // A release binary on Linux is a static executable: the Swift runtime, libyaml, zlib
            // and the C library linked in, so it runs on a machine with none of them, and starts
            // without the dynamic loader (relocating the runtime, binding symbols, libstdc++'s
            // start-up), which was about a third of checking one report.
            // FoundationEssentials (through ArgumentParser) needs its two helper libraries named
            // when linked statically; `swift build --static-swift-stdlib` names them the same way.
            // The linker warns that FoundationEssentials's user and group lookups (`getpwnam_r`…)
            // need glibc's shared libraries at run time: gsz never makes them.
            swiftSettings: directMetadataAccess,
            linkerSettings: [
                .unsafeFlags([releaseLinking], .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("_FoundationCollections", .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("_FoundationCShims", .when(platforms: [.linux], configuration: .release)),
            ]
        ),
        // Turns the files under Standards/ into Swift source, so the binary carries its standard.
        .executableTarget(name: "gsz-embed", path: "Tools/gsz-embed"),
        .plugin(
            name: "EmbedStandard",
            capability: .buildTool(),
            dependencies: ["gsz-embed"]
        ),
        .testTarget(name: "GSZYAMLTests", dependencies: ["GSZYAML"]),
        .testTarget(name: "GSZWorkbookTests", dependencies: ["GSZWorkbook"]),
        // What the test targets share: the repository's root, the built-in standard, report texts.
        .target(name: "GSZTestSupport", dependencies: ["GSZKit"], path: "Tests/GSZTestSupport"),
        // Fixtures are found from the repository's root (GSZTestSupport), not bundled.
        .testTarget(name: "GSZKitTests", dependencies: ["GSZKit", "GSZTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "GSZCommandTests", dependencies: ["gsz", "GSZTestSupport"], exclude: ["Fixtures"]),
    ]
)

// The same strict settings for every Swift target.
for target in package.targets where target.type != .system && target.type != .plugin {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .swiftLanguageMode(.v6),
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("InternalImportsByDefault"),
        .enableUpcomingFeature("MemberImportVisibility"),
        .treatAllWarnings(as: .error),
    ]
}
