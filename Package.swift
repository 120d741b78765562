// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "PlanPress",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "planpress", targets: ["planpress"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // Hummingbird's own building blocks, which the preview server names directly.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // The C library, as Debian ships it.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // cmark nodes as Swift values with source positions; the only module that calls C.
        .target(name: "Markdown", dependencies: ["CCmarkGFM"]),
        // The plan model: plain value types, no I/O.
        .target(name: "PlanModel"),
        // Front matter and Markdown to the plan model, with diagnostics.
        .target(name: "PlanParser", dependencies: [
            "Markdown", "PlanModel", .product(name: "Yams", package: "Yams"),
        ]),
        // Joins across counties: organisations, themes, periods.
        .target(name: "Catalog", dependencies: [
            "PlanModel", "PlanParser", .product(name: "Yams", package: "Yams"),
        ]),
        // Every word of the interface, one file per language.
        .target(name: "InterfaceText"),
        // What the templates show, as typed values made from the plan model and the catalogue.
        .target(name: "ViewModel", dependencies: ["PlanModel", "PlanParser", "Catalog", "InterfaceText"]),
        // The pages as Swift string templates, and the assets, compiled into the binary.
        .target(
            name: "Templates",
            dependencies: ["ViewModel", "InterfaceText"],
            path: "templates",
            resources: [
                .embedInCode("assets/style.css"),
                .embedInCode("assets/sok.js"),
                .embedInCode("assets/aktiviteter.js"),
            ]
        ),
        // One file per output format.
        .target(name: "Render", dependencies: [
            "PlanModel", "PlanParser", "Catalog", "InterfaceText", "ViewModel", "Templates",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            .product(name: "Yams", package: "Yams"),
        ]),
        // Reading content/, building the whole site, writing public/ atomically.
        .target(name: "Site", dependencies: [
            "ViewModel",
            "PlanParser", "Catalog", "Render", "Markdown",
        ]),
        // The preview server with live reload.
        .target(name: "Preview", dependencies: [
            "Site", "Render", "Templates", "ViewModel", .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "NIOCore", package: "swift-nio"), .product(name: "Logging", package: "swift-log"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ]),
        .executableTarget(name: "planpress", dependencies: [
            "Site", "Preview", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // A seeded random generator and other helpers the test targets share.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown", "TestSupport"]),
        // The fuzz corpus is read from the source folder (#filePath), not bundled.
        .testTarget(name: "PlanParserTests", dependencies: ["PlanParser", "TestSupport"], exclude: ["Corpus", "Slips"]),
        .testTarget(name: "CatalogTests", dependencies: ["Catalog", "Site", "TestSupport"]),
        .testTarget(name: "RenderTests", dependencies: ["Render", "Site", "PlanParser", "ViewModel", "Templates", "InterfaceText"], resources: [.copy("Golden")]),
        .testTarget(name: "TemplatesTests", dependencies: ["Templates", "InterfaceText"]),
        .testTarget(name: "SiteTests", dependencies: ["Site", "Render", "ViewModel", "TestSupport"]),
        .testTarget(name: "PreviewTests", dependencies: ["Preview"]),
    ],
    swiftLanguageModes: [.v6]
)

