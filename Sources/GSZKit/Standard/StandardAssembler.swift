import GSZYAML

/// Checks the declarations of all standard files against each other and builds the
/// `Standard`: ids unique, every reference defined, thresholds in order, units that fit.
struct StandardAssembler {
    /// Where the files came from, named by problems of the whole standard that no file holds.
    var folder = "."
    private(set) var diagnostics: [Diagnostic] = []

    mutating func error(_ problem: StandardProblem, _ path: String, _ location: SourceLocation?) {
        diagnostics.append(.error(.standard(problem), path: path, at: location))
    }

    mutating func assemble(
        headers: [HeaderDeclaration], tables: [TableDeclaration], examples: [ExampleDeclaration],
        familyFiles: StandardData
    ) -> Standard? {
        guard let header = headers.first else {
            error(.noHeader, tables.first?.path ?? examples.first?.path ?? folder, nil)
            return nil
        }
        for extra in headers.dropFirst() { error(.secondHeader(first: header.path), extra.path, .start) }
        let kinds = assembleKinds(header)
        let format = assembleFormat(header)
        let indicators = assembleIndicators(header, format: format)
        let builtTables = tables.compactMap { assembleTable($0, kinds: kinds, indicators: indicators) }
        checkOneSourcePerThreshold(builtTables)
        var seenTables: Set<String> = []
        for table in tables where !seenTables.insert(table.id.value).inserted {
            error(.duplicateID(what: .table, id: table.id.value), table.path, table.id.location)
        }
        let builtExamples = examples.compactMap { assembleExample($0, indicators: indicators) }
        return Standard(id: header.id, name: header.name, version: header.version, source: header.source,
                        kinds: kinds, format: format, indicators: indicators, tables: builtTables,
                        examples: builtExamples, familyFiles: familyFiles)
    }

    // MARK: Kinds and indicators

    private mutating func assembleKinds(_ header: HeaderDeclaration) -> [ServiceKind] {
        var seen: Set<String> = []
        var kinds: [ServiceKind] = []
        for kind in header.kinds {
            guard seen.insert(kind.id.value).inserted else {
                error(.duplicateID(what: .kind, id: kind.id.value), header.path, kind.id.location)
                continue
            }
            var seenForms: Set<String> = []
            var forms: [ServiceForm] = []
            for form in kind.forms {
                guard seenForms.insert(form.id.value).inserted else {
                    error(.duplicateID(what: .form, id: form.id.value), header.path, form.id.location)
                    continue
                }
                forms.append(ServiceForm(id: form.id.value, name: form.name))
            }
            kinds.append(ServiceKind(id: kind.id.value, name: kind.name, forms: forms, source: kind.source))
        }
        return kinds
    }

    private mutating func assembleIndicators(_ header: HeaderDeclaration, format: ReportFormat) -> [IndicatorDefinition] {
        var seen: Set<String> = []
        var indicators: [IndicatorDefinition] = []
        for declaration in header.indicators {
            let id = declaration.id.value
            guard seen.insert(id).inserted else {
                error(.duplicateID(what: .indicator, id: id), header.path, declaration.id.location)
                continue
            }
            guard let check = CheckKind(rawValue: declaration.check.value) else {
                let known = CheckKind.allCases.map(\.rawValue)
                diagnostics.append(.error(.unknownValue(field: "check", value: declaration.check.value, known: known,
                                                        suggestion: Suggestion.closest(to: declaration.check.value, among: known)),
                                          path: header.path, at: declaration.check.location))
                continue
            }
            guard let computation = Computation(rawValue: declaration.computation.value) else {
                error(.unknownComputation(name: declaration.computation.value, known: Computation.allCases.map(\.rawValue)),
                      header.path, declaration.computation.location)
                continue
            }
            guard let unit = MeasureUnit(rawValue: declaration.unit.value) else {
                let known = MeasureUnit.allCases.map(\.rawValue)
                diagnostics.append(.error(.unknownValue(field: "unit", value: declaration.unit.value, known: known,
                                                        suggestion: Suggestion.closest(to: declaration.unit.value, among: known)),
                                          path: header.path, at: declaration.unit.location))
                continue
            }
            guard let inputFields = checkInputs(declaration, computation, format, header.path) else { continue }
            checkUnit(declaration, unit, computation, inputFields, header.path)
            let whole = inputFields.allSatisfy { [.wholeNumber, .countOrList].contains($0.type.shape) }
            indicators.append(IndicatorDefinition(
                id: id, name: declaration.name, check: check, computation: computation,
                inputs: declaration.inputs.map(\.value), inputSlots: inputFields.map(\.slot), unit: unit,
                source: declaration.source, countsWholeUnits: whole))
        }
        return indicators
    }

    /// The report fields an indicator reads, when they exist and suit its computation.
    private mutating func checkInputs(
        _ declaration: IndicatorDeclaration, _ computation: Computation, _ format: ReportFormat, _ path: String
    ) -> [FieldSpec]? {
        let id = declaration.id.value
        guard declaration.inputs.count == computation.inputCount else {
            error(.inputCount(indicator: id, computation: computation.rawValue, expected: computation.inputCount,
                              given: declaration.inputs.count), path, declaration.inputsLocation)
            return nil
        }
        var specs: [FieldSpec] = []
        let candidates = format.service.allFields.filter { computation.acceptedInputs.contains($0.type.shape) }
        for input in declaration.inputs {
            guard let spec = format.serviceField(input.value),
                  computation.acceptedInputs.contains(spec.type.shape) else {
                error(.unknownInput(indicator: id, input: input.value,
                                    suggestion: Suggestion.closest(to: input.value, among: candidates.map(\.path))),
                      path, input.location)
                return nil
            }
            specs.append(spec)
        }
        return specs
    }

    /// The unit must fit the computation and, for a plain value or count, the field read.
    private mutating func checkUnit(
        _ declaration: IndicatorDeclaration, _ unit: MeasureUnit, _ computation: Computation,
        _ inputs: [FieldSpec], _ path: String
    ) {
        let expected: MeasureUnit? = switch computation {
        case .percent: .percent
        case .calendarDays: .days
        case .value, .count: inputs.first?.unit
        }
        if let expected, expected != unit {
            error(.unitMismatch(indicator: declaration.id.value, unit: unit.rawValue, expected: expected.rawValue),
                  path, declaration.unit.location)
        }
    }

    // MARK: Tables

    private mutating func assembleTable(
        _ table: TableDeclaration, kinds: [ServiceKind], indicators: [IndicatorDefinition]
    ) -> ThresholdTable? {
        guard let kind = kinds.first(where: { $0.id == table.kind.value }) else {
            error(.undefinedKind(kind: table.kind.value, suggestion: Suggestion.closest(to: table.kind.value, among: kinds.map(\.id))),
                  table.path, table.kind.location)
            return nil
        }
        for column in table.indicators where !indicators.contains(where: { $0.id == column.value }) {
            error(.undefinedIndicator(indicator: column.value,
                                      suggestion: Suggestion.closest(to: column.value, among: indicators.map(\.id))),
                  table.path, column.location)
        }
        var firstRowOfForm: [String: Int] = [:]
        var rows: [ThresholdRow] = []
        for row in table.rows {
            if kind.forms.isEmpty {
                // A kind without forms: a row is for the whole kind, so one row is all it may have.
                if let first = firstRowOfForm[""] {
                    error(.kindInTwoRows(kind: kind.id, firstLine: first), table.path, row.location)
                } else {
                    firstRowOfForm[""] = row.location.line
                }
            } else if row.forms.isEmpty {
                error(.rowWithoutForms(kind: kind.id, known: kind.forms.map(\.id)), table.path, row.location)
            }
            for form in row.forms {
                if !kind.forms.contains(where: { $0.id == form.value }) {
                    error(.undefinedForm(form: form.value, kind: kind.id,
                                         suggestion: Suggestion.closest(to: form.value, among: kind.forms.map(\.id))),
                          table.path, form.location)
                } else if let first = firstRowOfForm[form.value] {
                    error(.formInTwoRows(form: form.value, firstLine: first), table.path, form.location)
                } else {
                    firstRowOfForm[form.value] = row.location.line
                }
            }
            for column in table.indicators where indicators.contains(where: { $0.id == column.value })
                && !row.cells.contains(where: { $0.indicator.value == column.value }) {
                error(.missingCell(indicator: column.value, table: table.id.value), table.path, row.location)
            }
            var thresholds: [(indicator: String, threshold: Threshold)] = []
            for cell in row.cells {
                guard let definition = indicators.first(where: { $0.id == cell.indicator.value }) else {
                    error(.undefinedIndicator(indicator: cell.indicator.value,
                                              suggestion: Suggestion.closest(to: cell.indicator.value, among: indicators.map(\.id))),
                          table.path, cell.indicator.location)
                    continue
                }
                guard table.indicators.contains(where: { $0.value == definition.id }) else {
                    error(.indicatorNotInTable(indicator: definition.id, table: table.id.value), table.path, cell.indicator.location)
                    continue
                }
                var reader = ThresholdReader(fields: FieldReader(path: table.path, unknownKeys: .error))
                if let threshold = reader.read(cell.node, for: definition) {
                    thresholds.append((definition.id, threshold))
                }
                diagnostics += reader.fields.bag.all
            }
            rows.append(ThresholdRow(forms: row.forms.map(\.value), source: row.source, thresholds: thresholds,
                                     location: row.location))
        }
        return ThresholdTable(id: table.id.value, kind: kind.id, title: table.title, source: table.source,
                              indicators: table.indicators.map(\.value), rows: rows, path: table.path)
    }

    /// Two tables setting the same indicator for the same form would leave a service with two
    /// rules for one indicator: which one the source meant cannot be guessed.
    private mutating func checkOneSourcePerThreshold(_ tables: [ThresholdTable]) {
        var firstTable: [String: String] = [:]
        for table in tables {
            for row in table.rows {
                for form in row.targetForms {
                    for (indicator, _) in row.thresholds {
                        let key = table.kind + "/" + form + "/" + indicator
                        if let first = firstTable[key], first != table.id {
                            error(.thresholdsInTwoTables(form: form, indicator: indicator, firstTable: first),
                                  table.path, row.location)
                        } else {
                            firstTable[key] = table.id
                        }
                    }
                }
            }
        }
    }

    // MARK: Examples

    private mutating func assembleExample(_ example: ExampleDeclaration, indicators: [IndicatorDefinition]) -> StandardExample? {
        var verdict: Verdict?
        if let written = example.verdict {
            verdict = Verdict(rawValue: written.value)
            if verdict == nil {
                let known = Verdict.allCases.map(\.rawValue)
                diagnostics.append(.error(.unknownValue(field: "expect.verdict", value: written.value, known: known,
                                                        suggestion: Suggestion.closest(to: written.value, among: known)),
                                          path: example.path, at: written.location))
                return nil
            }
        }
        if example.verdict == nil && example.levels.isEmpty {
            error(.exampleExpectsNothing(example: example.name), example.path, example.location)
            return nil
        }
        var levels: [StandardExample.ExpectedLevel] = []
        for (indicator, written) in example.levels {
            guard indicators.contains(where: { $0.id == indicator.value }) else {
                error(.undefinedIndicator(indicator: indicator.value,
                                          suggestion: Suggestion.closest(to: indicator.value, among: indicators.map(\.id))),
                      example.path, indicator.location)
                continue
            }
            if written.value == Verdict.notAssessed.rawValue {
                levels.append(.init(indicator: indicator.value, level: nil, location: written.location))
                continue
            }
            guard let level = IndicatorLevel(rawValue: written.value) else {
                let known = IndicatorLevel.allCases.map(\.rawValue) + [Verdict.notAssessed.rawValue]
                diagnostics.append(.error(.unknownValue(field: "expect.indicators." + indicator.value, value: written.value,
                                                        known: known, suggestion: Suggestion.closest(to: written.value, among: known)),
                                          path: example.path, at: written.location))
                continue
            }
            levels.append(.init(indicator: indicator.value, level: level, location: written.location))
        }
        return StandardExample(name: example.name, path: example.path, location: example.location,
                               service: example.service, verdict: verdict,
                               verdictLocation: example.verdict?.location ?? example.location, levels: levels)
    }
}
