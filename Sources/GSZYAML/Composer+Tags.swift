internal import CYAML

extension Composer {
    /// The core tag a scalar keeps: the one written, when the scalar's text (in
    /// `scalarBytes` at `bytes`) is a value of it; none, with the contradiction reported,
    /// when it is not, so `!!null 12` is never read as nothing.
    mutating func scalarTag(_ raw: UnsafePointer<UInt8>?, bytes: Range<Int>, at: SourceLocation) -> YAMLNode.Tag {
        let tag = tag(raw, at: at)
        let agrees = scalarBytes.withElements(in: bytes) { CoreSchema.allows(tag, $0) }
        guard !agrees else { return tag }
        let text = scalarBytes.withElements(in: bytes) { String(decoding: $0, as: UTF8.self) }
        errors.append(YAMLError(.tagMismatch(tag: tag.spelled, kind: .scalar, text: text), at: at))
        return .none
    }

    /// The core tag a sequence or mapping keeps: `!!seq` on a sequence, `!!map` on a mapping;
    /// any other is reported and dropped.
    mutating func collectionTag(_ raw: UnsafePointer<UInt8>?, kind: YAMLNode.Kind, at: SourceLocation) -> YAMLNode.Tag {
        let tag = tag(raw, at: at)
        let agrees = switch tag {
        case .none: true
        case .sequence: kind == .sequence
        case .mapping: kind == .mapping
        default: false
        }
        guard !agrees else { return tag }
        errors.append(YAMLError(.tagMismatch(tag: tag.spelled, kind: kind, text: ""), at: at))
        return .none
    }

    /// The core tag a node carries, reporting any other explicit tag.
    private mutating func tag(_ raw: UnsafePointer<UInt8>?, at: SourceLocation) -> YAMLNode.Tag {
        guard let raw else { return .none }
        let name = String(cString: raw)
        switch name {
        case "!": return .none
        case "tag:yaml.org,2002:str": return .string
        case "tag:yaml.org,2002:int": return .integer
        case "tag:yaml.org,2002:float": return .float
        case "tag:yaml.org,2002:bool": return .boolean
        case "tag:yaml.org,2002:null": return .null
        case "tag:yaml.org,2002:seq": return .sequence
        case "tag:yaml.org,2002:map": return .mapping
        default:
            let shown = name.hasPrefix("tag:yaml.org,2002:") ? "!!" + name.dropFirst(18) : name
            errors.append(YAMLError(.unsupportedTag(shown), at: at))
            return .none
        }
    }

    static func style(_ style: yaml_scalar_style_t) -> YAMLNode.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
