extension DiagnosticCode {
    /// What the code means and how to fix it, in English.
    var english: (meaning: String, fix: String) {
        switch self {
        case .noSuchFile: ("The path names no file.", "Check the spelling of the path and the folder gsz runs from.")
        case .unreadableFile: ("The file exists but cannot be read (permissions, a folder given as a file).",
                               "Give gsz read access to the file, or name the file rather than what it is in.")
        case .notARegularFile: ("The path is a FIFO, a device or a socket, not a file.", "Name a regular file, or use - to read standard input.")
        case .invalidUTF8: ("The file is not valid UTF-8.", "Save the file as UTF-8 (in most editors: Save with encoding → UTF-8).")
        case .notUTF8: ("The file is UTF-16 or UTF-32 (with a byte-order mark, or NUL bytes between the letters).", "Save the file as UTF-8 without a byte-order mark.")
        case .controlCharacter: ("The file holds a control character YAML does not allow.",
                                 "Delete the invisible character at the place shown; it often comes with text pasted from another program.")
        case .unpairedSurrogate: ("A `\\u` escape of half a UTF-16 surrogate pair (`\\ud83d`) without its other half.",
                                  "Write the whole pair (`\\ud83d\\ude00`) or the character itself; half a pair comes from a program that cut a text in the middle of a character.")
        case .yamlSyntax: ("The file is not well-formed YAML.",
                           "Look at the line shown and the one before it: a missing colon, a bracket not closed, or indentation that does not line up.")
        case .empty: ("The file holds no document.", "Fill in the report; `gsz init` writes a template.")
        case .multipleDocuments: ("The file holds more than one YAML document (a second `---`).", "Keep one report per file.")
        case .duplicateKey: ("A mapping gives the same key twice.", "Keep one of the two; YAML gives a key one value.")
        case .unsupportedTag: ("A YAML tag (`!!str`, `!custom`) gsz does not read.", "Remove the tag; the field decides the type.")
        case .tagMismatch: ("A YAML tag that contradicts the value it is on (`!!null 12`, `!!int abc`) or the field it is in (`!!float` on a count).",
                            "Remove the tag: the field decides the type, and a tag never makes a value count as absent.")
        case .undefinedAlias: ("An alias (`*name`) names no anchor defined before it.", "Define the anchor (`&name`) before the alias, or write the value out.")
        case .tooLarge: ("The file is larger than gsz reads (16 MiB).", "Split the file: one report per file.")
        case .tooDeep: ("The document nests deeper than gsz reads.", "A report nests a few levels; look for brackets opened and never closed.")
        case .aliasBudget: ("Aliases bring in more nodes than gsz allows (an alias bomb).", "Write values out instead of repeating them through aliases.")
        case .tooManyNodes: ("The document has more nodes than gsz reads.", "Split the file: one report per file.")
        case .unknownDocument: ("The top of the file names no kind of document gsz reads.",
                                "Start the file with `report:` (or `discussion:`, `competition:`, `monitoring:`).")
        case .twoDocuments: ("The top of the file names two kinds of document.", "Keep one document per file.")
        case .rootNotMapping: ("The top of the document is not a mapping (a list or a single value).",
                               "Start the file with `report:` and `services:` at the left margin.")
        case .missingField: ("A required field is absent.", "Add the field named in the message; `gsz init` shows every field in place.")
        case .wrongType: ("A value of the wrong type: text where a number is needed, a list where a mapping is.",
                          "Write the value as the message asks: digits for counts, YYYY-MM-DD for dates.")
        case .keyNotText: ("A key that is a list or a mapping.", "Keys are plain words such as `participants`.")
        case .emptyText: ("A text that must not be empty is empty.", "Fill in the text.")
        case .negativeValue: ("A count or amount below zero.", "Counts start at 0; correct the number.")
        case .notPositive: ("An amount that must be above zero is not.", "Give the real amount, above zero.")
        case .numberTooLarge: ("A whole number too large to hold.", "Correct the number; it has too many digits.")
        case .malformedDate: ("A date not written YYYY-MM-DD.", "Write the date as 2026-02-10, not 10.02.2026.")
        case .nonexistentDate: ("A date that is not on the calendar.", "Correct the day or month; 2026-02-30 does not exist.")
        case .fromAfterTo: ("A range whose start is after its end.", "Swap `from` and `to`, or correct the one that is wrong.")
        case .dateAndDates: ("A service gives both `date` and `dates`.", "Keep `date` for one day or `dates: {from, to}` for several, not both.")
        case .missingDates: ("A service gives neither `date` nor `dates`.", "Add `date: YYYY-MM-DD`, or `dates: {from: …, to: …}`.")
        case .countExceeds: ("A count above one it cannot exceed: satisfied above respondents, respondents above participants.",
                             "Correct the counts; satisfied ≤ respondents ≤ participants.")
        case .unknownKind: ("A service kind the standard does not know.", "Use one of the kinds the message lists; `gsz standard show` shows them.")
        case .unknownForm: ("A service form the standard does not know.", "Use one of the forms the message lists, often the one it suggests.")
        case .formRequired: ("A service of a kind with forms gives no form.", "Add `form:` with one of the forms the message lists.")
        case .duplicateServiceID: ("A service id used twice in one report.", "Give each service an id of its own (S1, S2, …).")
        case .noServices: ("The report lists no services.", "List each service delivered under `services:`.")
        case .binLength: ("A BIN that is not 12 digits.", "Copy the BIN again: 12 digits, quoted so leading zeros stay.")
        case .binCheckDigit: ("A BIN whose check digit does not match.",
                              "Copy the BIN again from the registration documents; one mistyped digit breaks the check digit.")
        case .unknownKey: ("A key the format does not know, often a typo such as `participans`.",
                           "Rename it to the key the message suggests; until then its value is not read.")
        case .outsidePeriod: ("A service date outside the report's period.", "Correct the date, or the report's period.")
        case .formNotUsed: ("A form given for a kind that has none; it is ignored.", "Remove `form:` from the service.")
        case .fieldNotForKind: ("A field the standard declares for other kinds of service; it is ignored.",
                                "Check the service's kind; if it is right, remove the field.")
        case .calendarNotCovered: ("A working-day count needs a year the calendar does not cover.",
                                   "Check the date; if it is right, the calendar needs that year's file under Standards/.")
        case .provisionalCalendar: ("A working-day count used a year whose calendar is provisional.",
                                    "Nothing to fix in the document; check the deadline again once the year's holidays and transfers are final.")
        case .duplicateID: ("A topic number or project id used twice in one document.", "Give each topic or project a number of its own.")
        case .emptyList: ("A list that must hold at least one item (topics) is empty.", "List at least one item.")
        case .unknownTopic: ("A comment names a topic the discussion does not list.", "Use the `no` of one of the topics listed.")
        case .unknownDecision: ("A comment's decision is neither accepted nor rejected.", "Write `decision: accepted` or `decision: rejected`.")
        case .unknownHalf: ("A monitoring report's half is neither 1 nor 2.", "Write `half: 1` or `half: 2`.")
        case .tooManyQuarters: ("A monitoring log holds more project quarters than gsz judges in one file.", "Split the log by year or by project.")
        case .rulesMissing: ("The standard has no deadlines for this kind of document.",
                             "Use the built-in standard, or add the rules file to the folder given with --standard.")
        case .visitOutsidePeriod: ("A monitoring visit outside its project's period.", "Correct the visit's date or the project's period.")
        case .malformedDateTime: ("A competition date-time not written YYYY-MM-DD HH:MM.", "Write it as 2026-09-10 10:00.")
        case .unknownMember: ("A score row names a person not on the commission.", "Use a name exactly as the commission list gives it.")
        case .unknownApplication: ("A declared conflict names an application the file does not list.", "Use the id of a listed application.")
        case .unknownRole: ("A commission role other than chair, deputy, member or secretary.", "Write one of the four roles.")
        case .unknownProposedBy: ("A member proposed by neither the operator nor an NGO.", "Write `operator` or `ngo`.")
        case .noTopics: ("The competition lists no topics.", "List the Plan's topics under `competition.topics`.")
        case .moreNotShown: ("More errors or warnings than one file shows: the first 100 of each, then their count.",
                             "Fix the first ones and check again; a file this broken is often not a report at all.")
        case .tieForFirst: ("Applications tie for first on a topic: the commission must decide.",
                            "Record the commission's decision between the tied applications.")
        case .workbookNotAWorkbook: ("A file read as a workbook that is not an Excel workbook (.xlsx): not a zip archive at all, an Excel 97–2003 workbook (.xls), or an OpenDocument spreadsheet (.ods), LibreOffice's own format.", "Save the report from Excel or LibreOffice Calc as an Excel workbook (.xlsx): in LibreOffice, File → Save As, type \"Excel 2007-365 (.xlsx)\".")
        case .workbookEncrypted: ("A workbook protected by a password, which gsz cannot read.", "Remove the password (File → Protect) and save as .xlsx.")
        case .workbookDamaged: ("A workbook whose archive or parts are damaged or missing.", "Open the file in Excel or LibreOffice and save it again as .xlsx.")
        case .workbookZipBomb: ("A workbook part that inflates far beyond its packed size (a zip bomb).", "Save the report again from a spreadsheet program; a real report is never built like this.")
        case .workbookXML: ("A workbook part that is not well-formed XML.", "Open the file in Excel or LibreOffice and save it again as .xlsx.")
        case .workbookDoctype: ("A workbook part with a document type, refused so that entities cannot expand.", "Save the report again from a spreadsheet program; Excel never writes one.")
        case .workbookTooLarge: ("A part, a sheet or a cell larger than gsz reads.", "Keep one report per workbook, with its services on one sheet.")
        case .workbookNoReportSheet: ("No sheet is in the layout: A1 `report`, or row 1 with the keys `id` and `kind`.", "Start from `gsz init --format xlsx` and fill in its sheets.")
        case .workbookSecondSheet: ("Two sheets hold the report header, or two hold the services.", "Keep one header sheet and one services sheet in the workbook.")
        case .workbookDuplicateKey: ("A key given twice in the header sheet or in the services' key row.", "Delete one of the two cells; each key has one place.")
        case .workbookFormulaWithoutValue: ("A formula whose result was never saved.", "Open the workbook in Excel or LibreOffice, let it calculate, and save it.")
        case .workbookKeyNotText: ("A key cell that is not text; its column is not read.", "Write the key (such as `participants`) as text in row 1.")
        case .workbookBinAsNumber: ("A BIN in a number cell, read left-padded to 12 digits.", "Format the BIN cell as text, so its leading zeros are kept.")
        }
    }
}
