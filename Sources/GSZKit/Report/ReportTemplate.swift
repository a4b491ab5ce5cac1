/// A report to fill in for one kind (and form) of service: the fields `gsz check` requires
/// and the inputs of every indicator the standard applies to that form, each with a short
/// comment from the format's own summaries and a valid placeholder value.
///
/// Generated from the standard and its `ReportFormat`, so a template never asks for a field
/// the reader does not know, and, as written, passes `gsz check` without errors.
public struct ReportTemplate: Sendable {
    /// The kind of the template's one service.
    public let kind: ServiceKind
    /// Its form, for kinds with forms.
    public let form: ServiceForm?
    /// The indicators that apply to it, whose inputs the template asks for.
    public let indicators: [IndicatorDefinition]
    private let rules: [IndicatorRule]
    /// The fields the standard's reports have.
    let format: ReportFormat

    /// The template for `form` of `kind` under `standard`.
    public init(standard: Standard, kind: ServiceKind, form: ServiceForm?) {
        self.kind = kind
        self.form = form
        format = standard.format
        rules = standard.rules(kind: kind.id, form: form?.id)
        indicators = rules.map(\.definition)
    }

    /// The template for `formID` within `kindID`, either of which may be left out: a form
    /// names its kind, and a kind alone gets its first form (no kind: the first declared).
    public init(standard: Standard, kind kindID: String?, form formID: String?) throws(UnknownName) {
        if let formID {
            let (kind, form) = try standard.form(named: formID, kind: kindID)
            self.init(standard: standard, kind: kind, form: form)
            return
        }
        let named = try kindID.map { id throws(UnknownName) in try standard.kind(named: id) }
        guard let kind = named ?? standard.kinds.first else {
            throw UnknownName(message: .unknownValue(field: "kind", value: "", known: [], suggestion: nil))
        }
        self.init(standard: standard, kind: kind, form: kind.forms.first)
    }

    /// The service fields the template writes, by path: required ones, the form where the
    /// kind has forms, the dates, and every indicator's inputs (with the objects holding them).
    var servicePaths: Set<String> {
        var paths: Set<String> = ["dates"]  // `dates` or `date` is required; `dates` says more
        if form != nil { paths.insert("form") }
        for path in format.service.allFields.filter(\.isRequired).map(\.path) + indicators.flatMap(\.inputs) {
            var prefix = ""
            for part in path.split(separator: ".") {
                prefix += (prefix.isEmpty ? "" : ".") + part
                paths.insert(prefix)
            }
        }
        return paths
    }

    /// The template as YAML with comments in `language`.
    public func render(in language: Language) -> String {
        var lines: [(code: String, comment: String?)] = []
        let headerPaths = Set(format.root.allFields.filter(\.isRequired).map(\.path))
        write(format.root, indent: "", only: headerPaths, language: language, into: &lines)
        let width = min(44, lines.map { $0.code.count }.max() ?? 0)
        let title = form.map { "\(kind.name[language]): \($0.name[language]) (\(kind.id)/\($0.id))" }
            ?? "\(kind.name[language]) (\(kind.id))"
        var text = "# " + TemplateWord.reportTemplateFor.text(in: language) + " " + title + ".\n"
        text += "# " + TemplateWord.replaceAndCheck.text(in: language) + "\n"
        if indicators.isEmpty {
            text += "# " + TemplateWord.indicatorsOfForm.text(in: language) + ": " + TemplateWord.nothingMeasured.text(in: language) + "\n"
        } else {
            text += "# " + TemplateWord.indicatorsOfForm.text(in: language) + ":\n"
            for indicator in indicators { text += "#   - " + indicator.name[language] + "\n" }
        }
        for line in lines {
            text += line.code
            if let comment = line.comment {
                let padding = max(1, width - line.code.count + 2)
                text += String(repeating: " ", count: padding) + "# " + comment
            }
            text += "\n"
        }
        return text
    }

    private func write(
        _ object: ObjectSpec, indent: String, only paths: Set<String>, language: Language,
        into lines: inout [(code: String, comment: String?)]
    ) {
        for field in object.fields where paths.contains(field.path) || field.key == "services" {
            let comment = comment(for: field, in: language)
            switch field.type {
            case .object(let inner):
                lines.append((indent + field.key + ":", comment))
                write(inner, indent: indent + "  ", only: paths, language: language, into: &lines)
            case .list(let service, _):
                lines.append((indent + field.key + ":", comment))
                var item: [(code: String, comment: String?)] = []
                write(service, indent: indent + "    ", only: servicePaths, language: language, into: &item)
                // The first field of the one service opens the list item.
                if let first = item.first {
                    item[0] = (indent + "  - " + first.code.dropFirst(indent.count + 4), first.comment)
                }
                lines += item
            default:
                lines.append((indent + field.key + ": " + value(for: field), comment))
            }
        }
    }

    private func value(for field: FieldSpec) -> String {
        switch field.type {
        case .kind: kind.id
        case .form: form?.id ?? ""
        default: sample(for: field)
        }
    }

    /// The field's example, raised to the lowest value this form's thresholds accept when
    /// it is below: a course needs 5 success stories, and a template that fails its own
    /// check teaches the wrong thing.
    func sample(for field: FieldSpec) -> String {
        guard let example = field.example, let written = Double(example) else { return field.example ?? "" }
        let lowest = rules.compactMap { rule -> Double? in
            let definition = rule.definition
            guard definition.inputSlots == [field.slot], definition.computation == .value || definition.computation == .count
            else { return nil }
            switch rule.threshold {
            case .graded(let minimal, _): return minimal.from
            case .requirement(.atLeast, let bound): return bound
            case .requirement(.atMost, _): return nil
            }
        }.max()
        guard let lowest, written < lowest else { return example }
        return NumberText.plain(lowest.rounded(.up))
    }

    private func comment(for field: FieldSpec, in language: Language) -> String {
        switch field.type {
        case .kind: kind.name[language]
        case .form: form?.name[language] ?? field.summary[language]
        default: field.summary[language]
        }
    }
}
