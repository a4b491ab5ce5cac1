extension StandardAssembler {
    /// The report format the header declares: the core fields, its `fields:`, and each of
    /// its `checks:` whose two fields are whole numbers of a service.
    mutating func assembleFormat(_ header: HeaderDeclaration) -> ReportFormat {
        // Paths are set as fields are declared; slots wait for the format.
        let counts = ObjectSpec(ReportSchema.coreServiceFields + header.fields).allFields
            .filter { $0.type.shape == .wholeNumber }.map(\.path)
        var checks: [(field: String, atMost: String)] = []
        for check in header.checks {
            let unknown = [check.field, check.atMost].filter { !counts.contains($0.value) }
            for name in unknown {
                error(.unknownCheckField(field: name.value, suggestion: Suggestion.closest(to: name.value, among: counts)),
                      header.path, name.location)
            }
            if unknown.isEmpty { checks.append((check.field.value, check.atMost.value)) }
        }
        return ReportFormat(declared: header.fields, checks: checks)
    }
}
