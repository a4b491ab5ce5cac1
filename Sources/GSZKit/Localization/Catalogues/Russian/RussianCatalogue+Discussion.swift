/// The sentences of the discussion rules, in Russian.
extension RussianCatalogue {
    func discussionSentence(_ sentence: DiscussionSentence) -> String {
        let days = { (count: Int) in CalendarWording.workingDays(count, in: .ru) }
        let q = { (text: String) in Wording.quote(text, .ru) }
        return switch sentence {
        case .lengthMet(let posted, let closed, let required, let due):
            "обсуждение шло с \(posted) по \(closed): не меньше \(days(required)), как требуется (закрытие не раньше \(due))"
        case .lengthShort(let closed, let early, let required, let due):
            "обсуждение закрыто \(closed), на \(days(early)) раньше срока: оно должно идти \(days(required)), до \(due)"
        case .consideredMissing(let within, let due):
            "не указано, когда рассмотрены замечания: укажите \(q("considered")) — в течение \(days(within)) после закрытия обсуждения"
                + (due.map { ", не позже \($0)" } ?? "")
        case .consideredTooEarly(let considered, let closed, let due):
            "замечания рассмотрены \(considered), не после закрытия обсуждения \(closed): их рассматривают после него, до \(due)"
        case .consideredLate(let considered, let late, let within, let due):
            "замечания рассмотрены \(considered), с опозданием на \(days(late)): их рассматривают в течение \(days(within)) после закрытия обсуждения, до \(due)"
        case .consideredMet(let considered, let within, let due):
            "замечания рассмотрены \(considered), в течение \(days(within)) после закрытия обсуждения (срок — \(due))"
        case .reportMissing:
            "не указано, когда опубликован отчёт об обсуждении: укажите \(q("report_published")) — в день рассмотрения замечаний или позже"
        case .reportUnjudged(let published):
            "отчёт опубликован \(published), но без \(q("considered")) его срок не проверить: укажите, когда рассмотрены замечания"
        case .reportEarly(let published, let considered):
            "отчёт опубликован \(published), до рассмотрения замечаний \(considered): публикуйте его \(considered) или позже"
        case .reportMet(let published, let considered):
            "отчёт опубликован \(published), после рассмотрения замечаний \(considered)"
        case .topicIncomplete(let number, let lacking):
            "тема \(number): не указано — \(lacking.map(discussionTopicField).joined(separator: ", ")); форма размещения требует все три поля"
        case .topicComplete(let number):
            "тема \(number): обоснование, целевая группа и ожидаемый результат указаны"
        case .reasonMissing(let position, let author, let topic):
            "замечание \(position) (\(author), тема \(topic)) отклонено без обоснования: укажите \(q("reason")) — «Обоснование по непринятию»"
        case .reasonGiven(let position, let author):
            "замечание \(position) (\(author)) отклонено с обоснованием"
        case .totalsMatch(let counted):
            "\(q("totals")) совпадают со строками: принято \(counted.accepted), отклонено \(counted.rejected)"
        case .totalsDiffer(let stated, let counted):
            "в \(q("totals")) принято \(stated.accepted) и отклонено \(stated.rejected), а в строках — \(counted.accepted) и \(counted.rejected): исправьте итоги"
        }
    }

    func discussionTopicField(_ field: DiscussionTopicField) -> String {
        switch field {
        case .justification: "обоснование с источником информации"
        case .targetGroup: "целевая группа населения"
        case .expectedResult: "ожидаемый результат"
        }
    }
}
