extension YAMLNode {
    /// The place of a node reached through an alias, or of an alias itself: the alias's line
    /// and column, with where the node is written and where the alias's anchor is.
    ///
    /// Kept out of line: a report with no aliases never comes here.
    @usableFromInline var aliasedLocation: SourceLocation {
        let record = self.record
        let aliasRecord = via >= 0 ? document.nodes[Int(via)] : record
        // An alias's own record stands where the alias is; what it repeats is written at its anchor.
        let written = via >= 0 ? record : document.nodes[Int(record.aliasOf)]
        let anchor = document.nodes[Int(aliasRecord.aliasOf)]
        let origin = SourceLocation.AliasOrigin(line: Int(written.line), column: Int(written.column), anchorLine: Int(anchor.line))
        return SourceLocation(line: Int(aliasRecord.line), column: Int(aliasRecord.column), alias: origin)
    }
}
