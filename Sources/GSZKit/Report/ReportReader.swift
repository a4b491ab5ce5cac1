import GSZYAML

/// Reads a parsed document as a report, finding every input error: every field by the format's
/// schema, then the rules that tie fields together, against the kinds and forms `standard`
/// declares.
struct ReportReader: Sendable {
    /// The standard whose kinds and forms are valid.
    public let standard: Standard

    /// A reader that validates kinds and forms against `standard`.
    public init(standard: Standard) {
        self.standard = standard
        vocabulary = Vocabulary(standard.kinds.flatMap { [$0.id] + $0.forms.map(\.id) })
    }

    private let vocabulary: Vocabulary

    /// The report in `document`, or `nil` with the reasons when it has errors; warnings
    /// come either way. A service in `readAhead` is taken from there rather than read again.
    public func read(
        _ document: YAMLDocument, path: String, readAhead: ServicesReadAhead? = nil
    ) -> (report: Report?, diagnostics: [Diagnostic]) {
        var schema = SchemaReader(fields: FieldReader(path: path), vocabulary: vocabulary)
        let root = document.root
        guard root.kind == .mapping else {
            schema.fields.bag.error(.rootNotMapping, at: root.location)
            return (nil, schema.fields.bag.all)
        }
        var header = FieldRecord(layout: ReportSchema.rootLayout, location: root.location)
        let found = schema.read(root, as: standard.format.root, field: "", into: &header)
        var services: [ServiceRecord] = []
        if let list = found.list("services") {
            services.reserveCapacity(list.items.count)
            for (index, item) in list.items.enumerated() {
                if let record = readAhead?.service(for: item, at: index) {
                    services.append(record)
                } else {
                    services.append(readService(item, named: "services[\(index + 1)]", with: &schema))
                }
            }
        }
        var bag = schema.fields.bag
        let period: DateSpan? = if case .span(let span)? = header.entry(slot: HeaderSlot.period)?.value { span } else { nil }
        Self.checkAcrossServices(services, period: period, bag: &bag)
        let report = bag.hasErrors ? nil : Report(header: header, services: services)
        return (report, bag.all)
    }

    /// One service on its own, read by the same rules as a service inside a report: what
    /// the standard's examples (`gsz standard test`) are. `nil` with the reasons when it has
    /// errors; warnings come either way.
    func readService(_ node: YAMLNode, path: String) -> (service: ServiceRecord?, diagnostics: [Diagnostic]) {
        var schema = SchemaReader(fields: FieldReader(path: path), vocabulary: vocabulary)
        let service = readService(node, named: "service", with: &schema)
        let bag = schema.fields.bag
        return (bag.hasErrors ? nil : service, bag.all)
    }

    private func readService(_ item: YAMLNode, named name: String, with schema: inout SchemaReader) -> ServiceRecord {
        let format = standard.format
        var fields = FieldRecord(layout: format.serviceLayout, location: item.location)
        let found = schema.read(item, as: format.service, field: "", named: name, into: &fields)
        if item.kind == .mapping {
            ServiceRules(kinds: standard.kinds, format: format).check(&fields, found, bag: &schema.fields.bag)
        }
        return ServiceRecord(fields: fields)
    }

    /// Ids unique within the report; service dates within the report's period (a warning).
    private static func checkAcrossServices(_ services: [ServiceRecord], period: DateSpan?, bag: inout DiagnosticBag) {
        // Reports list a handful of services: a list beats hashing until there are many.
        var seen: [(id: String, at: SourceLocation)] = []
        var firstByID: [String: SourceLocation] = [:]
        let useTable = services.count > 32
        if useTable { firstByID.reserveCapacity(services.count) }
        for service in services {
            if let entry = service.fields.entry(slot: ServiceSlot.id), case .text(let id) = entry.value {
                let first = useTable ? firstByID[id] : seen.first(where: { $0.id == id })?.at
                if let first {
                    bag.error(.duplicateServiceID(id: id, first: first), at: entry.location)
                } else if useTable {
                    firstByID[id] = entry.location
                } else {
                    seen.append((id, entry.location))
                }
            }
            if let period, let entry = service.fields.entry(slot: ServiceSlot.dates), case .span(let span) = entry.value,
               !span.isWithin(period) {
                let early = span.from < period.from
                // `date` is folded into `dates` when read: name the key the report wrote.
                let field = service.fields.entry(slot: ServiceSlot.date) != nil ? "date" : early ? "dates.from" : "dates.to"
                bag.warning(.outsidePeriod(field: field, date: "\(early ? span.from : span.to)", from: "\(period.from)",
                                           to: "\(period.to)"), at: entry.location)
            }
        }
    }
}

/// The rules that tie one service's fields together: the core ones here, the standard's
/// own as its `checks:`.
struct ServiceRules {
    /// The kinds the standard declares, with their forms.
    let kinds: [ServiceKind]
    /// The standard's fields, with the rules between them.
    let format: ReportFormat

    /// Checks `fields`, read from a service mapping with `found`, into `bag`; folds `date`
    /// into `dates`.
    func check(_ fields: inout FieldRecord, _ found: SchemaReader.Found, bag: inout DiagnosticBag) {
        checkKindAndForm(&fields, formGiven: found.gave(ServiceSlot.form), bag: &bag)
        // One day may be written `date: …`; evaluation reads every service's `dates`.
        let writesDates = found.gave(ServiceSlot.dates)
        let writesDate = found.gave(ServiceSlot.date)
        if writesDates && writesDate {
            bag.error(.dateAndDates, at: fields.entry(slot: ServiceSlot.date)?.location ?? fields.location)
        } else if !writesDates && !writesDate {
            bag.error(.missingDates, at: fields.location)
        } else if let entry = fields.entry(slot: ServiceSlot.date), case .date(let day) = entry.value {
            fields.set(slot: ServiceSlot.dates, .span(DateSpan(from: day, to: day)), at: entry.location)
        }
        ignoreFieldsOfOtherKinds(&fields, found, bag: &bag)
        for check in format.checks {
            checkNotAbove(check.fieldSlot, check.field, check.limitSlot, check.atMost, in: fields, bag: &bag)
        }
    }

    /// A field that belongs to other kinds than the service's: a warning where it is written,
    /// and its values forgotten, so no rule or output reads them.
    private func ignoreFieldsOfOtherKinds(_ fields: inout FieldRecord, _ found: SchemaReader.Found, bag: inout DiagnosticBag) {
        guard !format.kindFields.isEmpty, let kind = fields.text(slot: ServiceSlot.kind) else { return }
        for (field, slots) in format.kindFields where !field.kinds.contains(kind) && found.gave(field.slot) {
            let record = fields
            let written = slots.lazy.compactMap { record.entry(slot: $0)?.location }.first ?? record.location
            bag.warning(.fieldNotForKind(field: field.key, kind: kind, kinds: field.kinds), at: written)
            for slot in slots { fields.clear(slot: slot) }
        }
    }

    private func checkKindAndForm(_ fields: inout FieldRecord, formGiven: Bool, bag: inout DiagnosticBag) {
        guard let kindEntry = fields.entry(slot: ServiceSlot.kind), case .text(let kindID) = kindEntry.value else { return }
        guard let kind = kinds.first(where: { $0.id == kindID }) else {
            let known = kinds.map(\.id)
            bag.error(.unknownValue(field: "kind", value: kindID, known: known,
                                    suggestion: Suggestion.closest(to: kindID, among: known)), at: kindEntry.location)
            return
        }
        let formEntry = fields.entry(slot: ServiceSlot.form)
        let known = { kind.forms.map(\.id) }  // only built to word a message
        switch (formEntry, kind.forms.isEmpty) {
        case (nil, false):
            // A form given with a value of the wrong type has already been reported.
            if !formGiven {
                bag.error(.formRequired(kind: kindID, known: known()), at: kindEntry.location)
            }
        case (let entry?, true):
            bag.warning(.formNotUsed(kind: kindID), at: entry.location)
            // Ignored means ignored: no output names the service by a form its kind does not have.
            fields.clear(slot: ServiceSlot.form)
        case (let entry?, false):
            if case .text(let formID) = entry.value, !kind.forms.contains(where: { $0.id == formID }) {
                bag.error(.unknownValue(field: "form", value: formID, known: known(),
                                        suggestion: Suggestion.closest(to: formID, among: known())), at: entry.location)
            }
        case (nil, true):
            break
        }
    }

    /// The count in slot `smaller` must not exceed the one in `larger` where both are given.
    private func checkNotAbove(
        _ smaller: Int, _ smallerName: String, _ larger: Int, _ largerName: String, in fields: FieldRecord,
        bag: inout DiagnosticBag
    ) {
        guard let small = fields.entry(slot: smaller), let large = fields.entry(slot: larger),
              case .wholeNumber(let value) = small.value, case .wholeNumber(let limit) = large.value,
              value > limit else { return }
        bag.error(.exceeds(field: smallerName, value: value, limitField: largerName, limit: limit), at: small.location)
    }
}

/// The slots of the core service fields, which the reader's own rules look at: the same
/// under every standard, whose fields come after them.
enum ServiceSlot {
    // Force-unwrapped: these paths are literals of the core fields; a test reads each one.
    static let id = ReportSchema.core.slot(of: "id")!
    static let kind = ReportSchema.core.slot(of: "kind")!
    static let form = ReportSchema.core.slot(of: "form")!
    static let title = ReportSchema.core.slot(of: "title")!
    static let dates = ReportSchema.core.slot(of: "dates")!
    static let date = ReportSchema.core.slot(of: "date")!
}
