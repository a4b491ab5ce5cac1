// gsz-embed OUTPUT ROOT FILE...
//
// Writes Swift source that carries each FILE (a path under ROOT) as a string, so the gsz
// binary holds its built-in standard and runs from any folder with nothing installed.
import Foundation

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: gsz-embed OUTPUT ROOT FILE...\n".utf8))
    exit(2)
}
let output = URL(fileURLWithPath: arguments[arguments.startIndex])
let root = URL(fileURLWithPath: arguments[arguments.startIndex + 1]).standardizedFileURL.path
let files = arguments.dropFirst(2).sorted()

/// A raw string delimiter no run of `#` in `text` can close early.
func delimiter(for text: String) -> String {
    var longest = 0
    var run = 0
    for character in text.unicodeScalars {
        run = character == "#" ? run + 1 : 0
        longest = max(longest, run)
    }
    return String(repeating: "#", count: longest + 1)
}

var source = """
    // Generated from Standards/ by gsz-embed at build time; edit the files there instead.

    extension BuiltinStandard {
        /// The files under Standards/, by path relative to it, in path order.
        static let files: [StandardSource] = [

    """
for file in files {
    let path = URL(fileURLWithPath: file).standardizedFileURL.path
    let relative = path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
        FileHandle.standardError.write(Data("gsz-embed: \(path) is not readable UTF-8 text\n".utf8))
        exit(1)
    }
    let hashes = delimiter(for: text)
    source += "        StandardSource(\n            path: \(String(reflecting: relative)),\n"
    source += "            text: \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)\n        ),\n"
}
source += "    ]\n}\n"

do {
    let existing = try? String(contentsOf: output, encoding: .utf8)
    if existing != source { try source.write(to: output, atomically: true, encoding: .utf8) }
} catch {
    FileHandle.standardError.write(Data("gsz-embed: cannot write \(output.path): \(error)\n".utf8))
    exit(1)
}
