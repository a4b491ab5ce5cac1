/// libyaml's problems and where it found them, in English: libyaml's own words.
extension EnglishCatalogue {
    func libyamlProblem(_ problem: LibyamlProblem) -> String { problem.rawValue }

    func libyamlContext(_ context: LibyamlContext) -> String { context.rawValue }
}
