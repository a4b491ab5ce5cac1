import GSZYAML

extension Message {
    var english: String {
        let q = { (text: String) in Wording.quote(text, .en) }
        switch self {
        case .noSuchFile: return "no such file or folder"
        case .unreadable(let reason): return "cannot read the file: \(reason.english)"
        case .notARegularFile: return "not a regular file (a FIFO, device or socket); give a file or a folder"
        case .yaml(let kind): return kind.english
        case .workbook(let problem): return problem.text(in: .en)
        case .unknownDocument(let found, let known):
            let keys = found.isEmpty ? "" : " (it starts with \(Wording.list(found, .en)))"
            return "not a document gsz reads\(keys): the top must hold one of \(Wording.list(known, .en))"
        case .twoDocuments(let first, let second):
            return "one file is one document: \(q(first)) and \(q(second)) cannot stand side by side; split them into two files"
        case .rootNotMapping: return "the report must be a mapping with the keys 'report' and 'services'"
        case .missingField(let field): return "required field \(q(field)) is missing"
        case .wrongType("", let expected, let found):  // the document itself has no field name
            return "the top of the file must be \(expected.english), not \(found.english)"
        case .wrongType(let field, let expected, let found):
            return "\(q(field)) must be \(expected.english), not \(found.english)"
        case .tagNotForField(let field, let tag, let expected):
            return "\(q(field)) must be \(expected.english), and the tag \(q(tag)) says otherwise; remove the tag"
        case .keyNotText: return "a key must be text"
        case .unknownKey(let key, let suggestion?): return "unknown key \(q(key)); did you mean \(q(suggestion))?"
        case .unknownKey(let key, nil): return "unknown key \(q(key))"
        case .emptyText(let field): return "\(q(field)) must not be empty"
        case .negative(let field, let value): return "\(q(field)) must not be negative (found \(value))"
        case .notPositive(let field, let value): return "\(q(field)) must be greater than zero (found \(value))"
        case .numberTooLarge(let field): return "\(q(field)) is too large a number"
        case .malformedDate(let field, let text): return "\(q(field)) must be a date written YYYY-MM-DD, not \(q(text))"
        case .nonexistentDate(let field, let text): return "\(q(field)): \(text) is not a date on the calendar"
        case .reversedDates(let field, let from, let to): return "\(q(field)): 'from' (\(from)) is after 'to' (\(to))"
        case .dateAndDates: return "give either 'date' (one day) or 'dates' (from, to), not both"
        case .missingDates: return "required field 'dates' is missing (or 'date' for a one-day service)"
        case .exceeds(let field, let value, let limitField, let limit):
            return "\(q(field)) (\(value)) cannot be more than \(q(limitField)) (\(limit))"
        case .unknownValue(let field, let value, let known, let suggestion):
            let hint = suggestion.map { "; did you mean \(q($0))?" } ?? ""
            return "unknown \(field) \(q(value)) (known: \(Wording.list(known, .en)))\(hint)"
        case .formRequired(let kind, let known):
            return "'form' is required for kind \(q(kind)): one of \(Wording.list(known, .en))"
        case .kindWithoutForms(let kind, let form):
            return "kind \(q(kind)) has no forms, so there is no form \(q(form)) to give: leave the form out"
        case .formNotUsed(let kind): return "'form' is not used for kind \(q(kind)); it is ignored"
        case .fieldNotForKind(let field, let kind, let kinds):
            return "\(q(field)) is not a field of kind \(q(kind)) (only of \(Wording.list(kinds, .en))); it is ignored"
        case .duplicateServiceID(let id, let first):
            return "service id \(q(id)) is already used " + (first.sheet == nil ? "on line \(first.line)" : "in \(first)")
        case .noServices: return "'services' must list at least one service"
        case .binLength(let bin): return "BIN \(q(bin)) must be exactly 12 digits"
        case .binCheckDigit(let bin): return "BIN \(q(bin)) fails its check digit; check for a mistyped digit"
        case .outsidePeriod(let field, let date, let from, let to):
            return "\(q(field)) \(date) is outside the report period (\(from) to \(to))"
        case .calendarNotCovered(let field, let year):
            return "\(q(field)): counting working days needs the calendar of \(year), which the standard does not cover"
        case .provisionalCalendar(let field, let year):
            return "\(q(field)): working days of \(year) are counted on a provisional calendar; holiday dates and transfers may change"
        case .duplicateItem(let field, let id, let first): return "\(q(field)): \(q(id)) is already used on line \(first.line)"
        case .tooManyQuarters(let limit):
            return "the terms of the projects hold more than \(limit) quarters to judge by 'as_of'; split the log"
        case .emptyList(let field): return "\(q(field)) must list at least one item"
        case .visitOutsidePeriod(let project, let date, let from, let to):
            return "the visit on \(date) is outside the period of project \(q(project)) (\(from) to \(to)); it is not counted"
        case .rulesMissing(let document, let key):
            return "the standard gives no deadlines for \(q(document)) documents (a file starting with \(q(key)))"
        case .hint(let hint): return hint.english
        case .throughAlias(let written, let anchor):
            return "this comes through an alias: it is written on line \(written), under the anchor on line \(anchor)"
        case .competition(let problem): return problem.text(in: .en)
        case .standard(let problem): return problem.english
        case .noReportsFound(let paths, let extensions):
            return "no reports found in \(Wording.list(paths, .en)) (looked for \(extensions.joined(separator: ", ")) files)"
        case .spreadsheetsPassedOver(let paths, let more):
            let others = more > 0 ? " and \(more) more" : ""
            return "passed over spreadsheets gsz does not read: \(Wording.list(paths, .en))\(others); save each as an Excel workbook (.xlsx) to check it"
        case .standardUnusable(let path?): return "the standard in \(q(path)) cannot be used; see the errors above"
        case .standardUnusable(nil): return "the built-in standard cannot be used; see the errors above"
        case .cannotWrite(let destination?, let reason): return "cannot write \(q(destination)): \(reason.english)"
        case .binaryToTerminal(let format):
            return "\(q(format)) is a binary format: write it to a file (\(q("-o results.\(format)")), \(q("--output \(format)=results.\(format)"))) or a pipe, not to the terminal"
        case .cannotWrite(nil, let reason): return "cannot write to standard output: \(reason.english)"
        case .outputExists(let path): return "\(q(path)) already exists; give --force to replace it"
        case .outputIsInput(let destination?, let input): return "will not write \(q(destination)): it is the report \(q(input)) being checked"
        case .outputIsInput(nil, let input): return "will not write to standard output: it is the report \(q(input)) being checked"
        case .outputTwice(let destination?): return "two outputs go to \(q(destination)); give each output a file of its own"
        case .moreNotShown(let count, let severity):
            let noun = severity == .error ? (count == 1 ? "error" : "errors") : (count == 1 ? "warning" : "warnings")
            return "and \(count) more \(noun) not shown"
        case .outputTwice(nil): return "two outputs go to standard output; give each output but one a file of its own"
        case .serverMissing(let searched):
            return "\(q("gsz-server")) is in none of \(Wording.list(searched, .en)); build it with "
                + "\(q("swift build -c release --package-path Server")) and copy \(q("Server/.build/release/gsz-server")) beside \(q("gsz")) or into a folder on \(q("PATH"))"
        }
    }
}

extension ValueKind {
    var english: String {
        switch self {
        case .text: "text"
        case .integer: "a whole number"
        case .number: "a number"
        case .date: "a date (YYYY-MM-DD)"
        case .dateRange: "a mapping with 'from' and 'to' dates"
        case .mapping: "a mapping"
        case .list: "a list"
        case .countOrList: "a whole number or a list"
        case .boolean: "true or false"
        }
    }
}

extension FoundValue {
    var english: String {
        switch self {
        case .scalar(let text): Wording.quote(Wording.excerpt(text), .en)
        case .list: "a list"
        case .mapping: "a mapping"
        }
    }
}

extension Hint {
    var english: String {
        let exact = { (threshold: Double) in NumberText.exact(threshold, in: .en) }
        switch self {
        case .moreForLevel(let need, let unit, let level, let threshold):
            let noun = unit.noun(after: need, in: .en)
            let verb = need == 1 ? "reaches" : "reach"
            return "\(NumberText.short(need, within: .above(0), in: .en)) more \(noun) \(verb) the \(level.name(in: .en)) level (\(exact(threshold)))"
        case .morePositiveAnswers(let need, let respondents, let level, let threshold):
            let answers = need == 1 ? "positive answer" : "positive answers"
            let verb = need == 1 ? "reaches" : "reach"
            return "\(need) more \(answers) of \(respondents) \(verb) the \(level.name(in: .en)) level (\(exact(threshold))%)"
        case .topLevelReached(let threshold, let unit):
            return "maximal level reached (\(unit.amount(threshold, within: .exactly(threshold), in: .en)) or more)"
        case .missingInput(let field): return "no \(Wording.quote(field, .en)) in the report: add it to assess this indicator"
        case .noRespondents: return "no feedback forms were returned (respondents: 0): collect feedback to assess satisfaction"
        case .requirementMet(let value, let bound, let threshold, let unit):
            let shown = ShownRequirement(value, bound, threshold, unit, in: .en)
            let limit = bound == .atLeast ? "at least" : "at most"
            let verb = bound == .atLeast ? "required" : "allowed"
            return "\(shown.value): \(limit) \(shown.threshold) \(verb)"
        case .requirementFailed(let value, .atLeast, let threshold, let gap, let unit):
            let shown = ShownRequirement(value, .atLeast, threshold, gap: gap, unit, in: .en)
            return "\(shown.value): at least \(shown.threshold) required, \(shown.gap) short"
        case .requirementFailed(let value, .atMost, let threshold, let gap, let unit):
            let shown = ShownRequirement(value, .atMost, threshold, gap: gap, unit, in: .en)
            return "\(shown.value): at most \(shown.threshold) allowed, \(shown.gap) over"
        }
    }
}

extension StandardProblem {
    var english: String {
        let q = { (text: String) in Wording.quote(text, .en) }
        let n = { (value: Double) in Wording.number(value, .en) }
        let mean = { (suggestion: String?) in suggestion.map { "; did you mean \(q($0))?" } ?? "" }
        switch self {
        case .noFiles: return "no standard files (*.yaml) in this folder"
        case .unknownFileRole(let found):
            return "a standard file starts with 'standard', 'table' or 'examples', not \(q(found))"
        case .noHeader: return "no file declares the standard ('standard:' with its kinds and indicators)"
        case .secondHeader(let first): return "the standard is already declared in \(q(first))"
        case .duplicateID(let what, let id): return "\(what.rawValue) \(q(id)) is declared twice"
        case .undefinedKind(let kind, let suggestion): return "kind \(q(kind)) is not declared\(mean(suggestion))"
        case .undefinedForm(let form, let kind, let suggestion):
            return "form \(q(form)) is not declared for kind \(q(kind))\(mean(suggestion))"
        case .undefinedIndicator(let indicator, let suggestion):
            return "indicator \(q(indicator)) is not declared\(mean(suggestion))"
        case .indicatorNotInTable(let indicator, let table):
            return "indicator \(q(indicator)) is not among the indicators of table \(q(table))"
        case .formInTwoRows(let form, let firstLine): return "form \(q(form)) already has a row on line \(firstLine)"
        case .kindInTwoRows(let kind, let firstLine):
            return "kind \(q(kind)) has no forms, so its table has one row for the whole kind; it is on line \(firstLine)"
        case .rowWithoutForms(let kind, let known):
            return "the row names no form of kind \(q(kind)), so it can never apply: give forms, from \(Wording.list(known, .en))"
        case .missingTranslation(let field, let language): return "\(q(field)) has no \(language.englishName) text"
        case .minimalAboveMaximal(let indicator, let minimal, let maximal):
            return "\(q(indicator)): the minimal threshold \(n(minimal)) is above the maximal \(n(maximal))"
        case .overlappingLevels(let indicator, let minimalTo, let maximalFrom):
            return "\(q(indicator)): the minimal level runs to \(n(minimalTo)), into the maximal level from \(n(maximalFrom))"
        case .gappedLevels(let indicator, let minimalTo, let maximalFrom):
            return "\(q(indicator)): values between \(n(minimalTo)) and \(n(maximalFrom)) belong to no level"
        case .reversedRange(let indicator, let from, let to):
            return "\(q(indicator)): the range \(n(from))–\(n(to)) starts above its end"
        case .checkMismatch(let indicator, let check, let expected):
            return "\(q(indicator)) is checked as \(q(check)): give \(q(expected))"
        case .unitMismatch(let indicator, let unit, let expected):
            return "\(q(indicator)): unit \(q(unit)) does not fit; expected \(q(expected))"
        case .unknownComputation(let name, let known):
            return "unknown computation \(q(name)); known: \(Wording.list(known, .en))"
        case .unknownInput(let indicator, let input, let suggestion):
            return "\(q(indicator)) reads \(q(input)), which is not a number field of a service\(mean(suggestion))"
        case .unknownCheckField(let field, let suggestion):
            return "a check compares \(q(field)), which is not a whole-number service field\(mean(suggestion))"
        case .inputCount(let indicator, let computation, let expected, let given):
            return "\(q(indicator)): \(q(computation)) takes \(expected) \(expected == 1 ? "field" : "fields"), not \(given)"
        case .missingCell(let indicator, let table):
            return "the row gives nothing for \(q(indicator)), a column of table \(q(table)); write '-' where the standard sets nothing"
        case .thresholdsInTwoTables(let form, let indicator, let firstTable):
            return "form \(q(form)) already has thresholds for \(q(indicator)) in table \(q(firstTable))"
        case .thresholdOutOfRange(let indicator, let value, let lowest, let highest):
            let range = highest.map { "from \(n(lowest)) to \(n($0))" } ?? "from \(n(lowest))"
            return "\(q(indicator)): threshold \(n(value)) is outside the values it can take (\(range))"
        case .exampleExpectsNothing(let example):
            return "example \(q(example)) expects nothing: give 'expect.verdict' or 'expect.indicators'"
        case .exampleVerdict(let example, let expected, let actual):
            return "example \(q(example)): verdict \(q(actual)), expected \(q(expected))"
        case .exampleLevel(let example, let indicator, let expected, let actual):
            return "example \(q(example)): \(q(indicator)) is \(q(actual)), expected \(q(expected))"
        case .exampleInvalid(let example):
            return "in example \(q(example)): its service must read as a service in a report does"
        case .dateOutsideYear(let field, let date, let year): return "\(q(field)): \(date) is not in the file's year \(year)"
        case .transferDay(let field, let date, true): return "\(q(field)): \(date) is not a Saturday or Sunday"
        case .transferDay(let field, let date, false): return "\(q(field)): \(date) is a Saturday or Sunday, not a weekday"
        case .calendarExample(let example, let expected, let actual):
            return "example \(q(example)): the calendar gives \(q(actual)), expected \(q(expected))"
        }
    }
}

extension Language {
    var englishName: String {
        switch self {
        case .ru: "Russian"
        case .kk: "Kazakh"
        case .en: "English"
        }
    }
}

