/// Pass or fail against `--require` on the HTML page: a mark beside each file's badge and
/// a line under the totals, so the page differs exactly where the exit status would.
enum HTMLPassing {
    /// `<span class="pass no">fails (required: maximal)</span>`.
    static func mark(_ verdict: Verdict, required: RequiredLevel, language: Language, into output: inout OutputBuffer) {
        output.write(" ")
        output.element("span", class: verdict.passes(required) ? "pass yes" : "pass no",
                       text: PassWording.mark(verdict, required: required, in: language))
    }

    /// `<p class="required">required: maximal — 2 pass, 1 fails</p>`.
    static func totals(_ summary: BatchSummary, required: RequiredLevel, language: Language, into output: inout OutputBuffer) {
        output.element("p", class: summary.failing == 0 ? "required yes" : "required no",
                       text: PassWording.totals(summary, required: required, in: language))
        output.write("\n")
    }

    /// The marks' look: a failing file reads as such in grey print too, by its word and weight.
    static let css = """
        .pass { font-size: 13px; font-weight: 600; white-space: nowrap; }
        .pass.yes { color: var(--max); }
        .pass.no, .required.no { color: var(--non); font-weight: 700; }
        .required { margin: 8px 0 0; }

        """
}
