import Foundation
import PackagePlugin

/// Embeds every YAML file under the package's `Standards/` folder into the target it is
/// applied to, as `BuiltinStandard.files`.
@main
struct EmbedStandard: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let standards = context.package.directoryURL.appending(path: "Standards")
        let files = yamlFiles(under: standards)
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltinStandard+Files.swift")
        return [
            .buildCommand(
                displayName: "Embedding the built-in standard (\(files.count) files)",
                executable: try context.tool(named: "gsz-embed").url,
                arguments: [output.path, standards.path] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]
            ),
        ]
    }

    private func yamlFiles(under folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }
            .filter { ["yaml", "yml"].contains($0.pathExtension) }
            .sorted { $0.path < $1.path }
    }
}
