import GSZYAML

/// gsz's source location; Swift Testing has a type of the same name.
typealias Place = GSZYAML.SourceLocation
