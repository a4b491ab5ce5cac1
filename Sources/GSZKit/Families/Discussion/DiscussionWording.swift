/// The sentences of the discussion rules, in every language: what was found and what to do.
enum DiscussionWording {
    private static func days(_ count: Int) -> (ru: String, kk: String, en: String) {
        (CalendarWording.workingDays(count, in: .ru), CalendarWording.workingDays(count, in: .kk),
         CalendarWording.workingDays(count, in: .en))
    }

    private static func q(_ text: String) -> (ru: String, kk: String, en: String) {
        (Wording.quote(text, .ru), Wording.quote(text, .kk), Wording.quote(text, .en))
    }

    static func lengthMet(posted: CalendarDate, closed: CalendarDate, required: Int, due: CalendarDate) -> LocalizedText {
        let n = days(required)
        return LocalizedText(
            ru: "обсуждение шло с \(posted) по \(closed): не меньше \(n.ru), как требуется (закрытие не раньше \(due))",
            kk: "талқылау \(posted) – \(closed) аралығында өтті: талап бойынша кемінде \(n.kk) (\(due) күнінен ерте жабылмайды)",
            en: "the discussion ran from \(posted) to \(closed): at least \(n.en), as required (closing on \(due) at the earliest)")
    }

    static func lengthShort(closed: CalendarDate, early: Int, required: Int, due: CalendarDate) -> LocalizedText {
        let k = days(early), n = days(required)
        return LocalizedText(
            ru: "обсуждение закрыто \(closed), на \(k.ru) раньше срока: оно должно идти \(n.ru), до \(due)",
            kk: "талқылау \(closed) күні, мерзімнен \(k.kk) бұрын жабылды: ол \(n.kk), \(due) дейін өтуі керек",
            en: "the discussion closed on \(closed), \(k.en) early: it must run \(n.en), to \(due)")
    }

    static func consideredMissing(within: Int, due: CalendarDate?) -> LocalizedText {
        let n = days(within), field = q("considered")
        let by = due.map { (ru: ", не позже \($0)", kk: ", \($0) күнінен кешіктірмей", en: ", no later than \($0)") } ?? (ru: "", kk: "", en: "")
        return LocalizedText(
            ru: "не указано, когда рассмотрены замечания: укажите \(field.ru) — в течение \(n.ru) после закрытия обсуждения\(by.ru)",
            kk: "ескертулердің қашан қаралғаны көрсетілмеген: \(field.kk) көрсетіңіз — талқылау жабылғаннан кейін \(n.kk) ішінде\(by.kk)",
            en: "the comments are not recorded as considered: give \(field.en), within \(n.en) after the discussion closed\(by.en)")
    }

    static func consideredTooEarly(considered: CalendarDate, closed: CalendarDate, due: CalendarDate) -> LocalizedText {
        LocalizedText(
            ru: "замечания рассмотрены \(considered), не после закрытия обсуждения \(closed): их рассматривают после него, до \(due)",
            kk: "ескертулер \(considered) күні, талқылау жабылғаннан (\(closed)) кейін емес қаралды: оларды жабылғаннан кейін, \(due) дейін қарайды",
            en: "the comments were considered on \(considered), not after the discussion closed on \(closed): consider them after it, by \(due)")
    }

    static func consideredLate(considered: CalendarDate, late: Int, within: Int, due: CalendarDate) -> LocalizedText {
        let k = days(late), n = days(within)
        return LocalizedText(
            ru: "замечания рассмотрены \(considered), с опозданием на \(k.ru): их рассматривают в течение \(n.ru) после закрытия обсуждения, до \(due)",
            kk: "ескертулер \(considered) күні, \(k.kk) кешігіп қаралды: оларды талқылау жабылғаннан кейін \(n.kk) ішінде, \(due) дейін қарайды",
            en: "the comments were considered on \(considered), \(k.en) late: they must be considered within \(n.en) after the discussion closed, by \(due)")
    }

    static func consideredMet(considered: CalendarDate, within: Int, due: CalendarDate) -> LocalizedText {
        let n = days(within)
        return LocalizedText(
            ru: "замечания рассмотрены \(considered), в течение \(n.ru) после закрытия обсуждения (срок — \(due))",
            kk: "ескертулер \(considered) күні, талқылау жабылғаннан кейін \(n.kk) ішінде қаралды (мерзімі — \(due))",
            en: "the comments were considered on \(considered), within \(n.en) after the discussion closed (by \(due))")
    }

    static func reportMissing() -> LocalizedText {
        let field = q("report_published")
        return LocalizedText(
            ru: "не указано, когда опубликован отчёт об обсуждении: укажите \(field.ru) — в день рассмотрения замечаний или позже",
            kk: "талқылау туралы есептің қашан жарияланғаны көрсетілмеген: \(field.kk) көрсетіңіз — ескертулер қаралған күні немесе одан кейін",
            en: "the report on the discussion is not recorded as published: give \(field.en), on or after the day the comments were considered")
    }

    static func reportUnjudged(published: CalendarDate) -> LocalizedText {
        let field = q("considered")
        return LocalizedText(
            ru: "отчёт опубликован \(published), но без \(field.ru) его срок не проверить: укажите, когда рассмотрены замечания",
            kk: "есеп \(published) күні жарияланды, бірақ \(field.kk) болмаса мерзімін тексеру мүмкін емес: ескертулердің қашан қаралғанын көрсетіңіз",
            en: "the report was published on \(published), but without \(field.en) it cannot be judged: give the day the comments were considered")
    }

    static func reportEarly(published: CalendarDate, considered: CalendarDate) -> LocalizedText {
        LocalizedText(
            ru: "отчёт опубликован \(published), до рассмотрения замечаний \(considered): публикуйте его \(considered) или позже",
            kk: "есеп \(published) күні, ескертулер қаралғанға (\(considered)) дейін жарияланды: оны \(considered) күні немесе кейін жариялаңыз",
            en: "the report was published on \(published), before the comments were considered on \(considered): publish it on or after \(considered)")
    }

    static func reportMet(published: CalendarDate, considered: CalendarDate) -> LocalizedText {
        LocalizedText(
            ru: "отчёт опубликован \(published), после рассмотрения замечаний \(considered)",
            kk: "есеп \(published) күні, ескертулер қаралғаннан (\(considered)) кейін жарияланды",
            en: "the report was published on \(published), after the comments were considered on \(considered)")
    }

    /// The three fields of the posting form a topic may lack, by key.
    static let topicFields: [(key: String, ru: String, kk: String, en: String)] = [
        ("justification", "обоснование с источником информации", "ақпарат көзі көрсетілген негіздеме", "justification with its source"),
        ("target_group", "целевая группа населения", "халықтың нысаналы тобы", "target group"),
        ("expected_result", "ожидаемый результат", "күтілетін нәтиже", "expected result"),
    ]

    static func topicIncomplete(number: Int, lacking: [String]) -> LocalizedText {
        let names = topicFields.filter { lacking.contains($0.key) }
        return LocalizedText(
            ru: "тема \(number): не указано — \(names.map(\.ru).joined(separator: ", ")); форма размещения требует все три поля",
            kk: "\(number)-тақырып: көрсетілмеген — \(names.map(\.kk).joined(separator: ", ")); орналастыру нысаны үш өрісті де талап етеді",
            en: "topic \(number): no \(names.map(\.en).joined(separator: ", ")); the posting form asks for all three")
    }

    static func topicComplete(number: Int) -> LocalizedText {
        LocalizedText(
            ru: "тема \(number): обоснование, целевая группа и ожидаемый результат указаны",
            kk: "\(number)-тақырып: негіздеме, нысаналы топ және күтілетін нәтиже көрсетілген",
            en: "topic \(number): justification, target group and expected result are given")
    }

    static func reasonMissing(position: Int, author: String, topic: Int) -> LocalizedText {
        let field = q("reason"), who = (ru: author, kk: author, en: author)
        return LocalizedText(
            ru: "замечание \(position) (\(who.ru), тема \(topic)) отклонено без обоснования: укажите \(field.ru) — «Обоснование по непринятию»",
            kk: "\(position)-ескерту (\(who.kk), \(topic)-тақырып) негіздемесіз қабылданбады: \(field.kk) көрсетіңіз — қабылдамау негіздемесі",
            en: "comment \(position) (\(who.en), topic \(topic)) is rejected without a reason: give \(field.en), why it was not accepted")
    }

    static func reasonGiven(position: Int, author: String) -> LocalizedText {
        let who = (ru: author, kk: author, en: author)
        return LocalizedText(
            ru: "замечание \(position) (\(who.ru)) отклонено с обоснованием",
            kk: "\(position)-ескерту (\(who.kk)) негіздемемен қабылданбады",
            en: "comment \(position) (\(who.en)) is rejected with a reason")
    }

    static func totals(stated: Discussion.Totals, counted: Discussion.Totals) -> LocalizedText {
        let field = q("totals")
        if stated == counted {
            return LocalizedText(
                ru: "\(field.ru) совпадают со строками: принято \(counted.accepted), отклонено \(counted.rejected)",
                kk: "\(field.kk) жолдармен сәйкес: қабылданғаны \(counted.accepted), қабылданбағаны \(counted.rejected)",
                en: "\(field.en) match the rows: \(counted.accepted) accepted, \(counted.rejected) rejected")
        }
        return LocalizedText(
            ru: "в \(field.ru) принято \(stated.accepted) и отклонено \(stated.rejected), а в строках — \(counted.accepted) и \(counted.rejected): исправьте итоги",
            kk: "\(field.kk) бойынша қабылданғаны \(stated.accepted), қабылданбағаны \(stated.rejected), ал жолдарда — \(counted.accepted) және \(counted.rejected): қорытындыны түзетіңіз",
            en: "\(field.en) say \(stated.accepted) accepted and \(stated.rejected) rejected, but the rows have \(counted.accepted) and \(counted.rejected): correct the totals")
    }
}
