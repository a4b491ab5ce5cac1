/// The words of the report workbook and the results workbook in English.
extension EnglishCatalogue {
    func workbookWord(_ word: WorkbookWord) -> String {
        switch word {
        case .headerSheet: "Report"
        case .servicesSheet: "Services"
        case .title: "NGO report on the state social order"
        case .ngoName: "NGO name"
        case .ngoBIN: "BIN"
        case .project: "Project"
        case .contract: "Contract"
        case .periodFrom: "Period from"
        case .periodTo: "Period to"
        case .serviceID: "Id"
        case .serviceKind: "Kind"
        case .serviceForm: "Form"
        case .serviceTitle: "Title"
        case .date: "Date (one day)"
        case .datesFrom: "From"
        case .datesTo: "To"
        case .hours: "Hours"
        case .participants: "Participants"
        case .providerName: "Provider"
        case .providerExperience: "Experience, years"
        case .feedbackRespondents: "Feedback forms"
        case .feedbackSatisfied: "Satisfied"
        case .successStories: "Success stories"
        case .rangeStart: "Start"
        case .rangeEnd: "End"
        case .dateHint: "A date: a date cell, YYYY-MM-DD or DD.MM.YYYY"
        case .binHint: "Keep it as text so leading zeros are not lost"
        case .exampleNote: "An example: replace it with your services, one a row"
        }
    }

    func resultsWord(_ word: ResultsWord) -> String {
        switch word {
        case .totals: "Totals"
        case .files: "Files"
        case .problems: "Errors and warnings"
        case .title: "Title"
        case .severity: "Severity"
        case .code: "Code"
        case .column: "Column"
        case .sheetName: "Sheet"
        case .cell: "Cell"
        case .message: "Message"
        case .rules: "Rules"
        case .document: "Document"
        case .item: "Item"
        case .rule: "Rule"
        case .due: "Due"
        case .actual: "Actual"
        }
    }
}
