/// The sentences of the discussion rules, in Kazakh.
extension KazakhCatalogue {
    func discussionSentence(_ sentence: DiscussionSentence) -> String {
        let days = { (count: Int) in CalendarWording.workingDays(count, in: .kk) }
        let q = { (text: String) in Wording.quote(text, .kk) }
        return switch sentence {
        case .lengthMet(let posted, let closed, let required, let due):
            "талқылау \(posted) – \(closed) аралығында өтті: талап бойынша кемінде \(days(required)) (\(due) күнінен ерте жабылмайды)"
        case .lengthShort(let closed, let early, let required, let due):
            "талқылау \(closed) күні, мерзімнен \(days(early)) бұрын жабылды: ол \(days(required)), \(due) дейін өтуі керек"
        case .consideredMissing(let within, let due):
            "ескертулердің қашан қаралғаны көрсетілмеген: \(q("considered")) көрсетіңіз — талқылау жабылғаннан кейін \(days(within)) ішінде"
                + (due.map { ", \($0) күнінен кешіктірмей" } ?? "")
        case .consideredTooEarly(let considered, let closed, let due):
            "ескертулер \(considered) күні, талқылау жабылғаннан (\(closed)) кейін емес қаралды: оларды жабылғаннан кейін, \(due) дейін қарайды"
        case .consideredLate(let considered, let late, let within, let due):
            "ескертулер \(considered) күні, \(days(late)) кешігіп қаралды: оларды талқылау жабылғаннан кейін \(days(within)) ішінде, \(due) дейін қарайды"
        case .consideredMet(let considered, let within, let due):
            "ескертулер \(considered) күні, талқылау жабылғаннан кейін \(days(within)) ішінде қаралды (мерзімі — \(due))"
        case .reportMissing:
            "талқылау туралы есептің қашан жарияланғаны көрсетілмеген: \(q("report_published")) көрсетіңіз — ескертулер қаралған күні немесе одан кейін"
        case .reportUnjudged(let published):
            "есеп \(published) күні жарияланды, бірақ \(q("considered")) болмаса мерзімін тексеру мүмкін емес: ескертулердің қашан қаралғанын көрсетіңіз"
        case .reportEarly(let published, let considered):
            "есеп \(published) күні, ескертулер қаралғанға (\(considered)) дейін жарияланды: оны \(considered) күні немесе кейін жариялаңыз"
        case .reportMet(let published, let considered):
            "есеп \(published) күні, ескертулер қаралғаннан (\(considered)) кейін жарияланды"
        case .topicIncomplete(let number, let lacking):
            "\(number)-тақырып: көрсетілмеген — \(lacking.map(discussionTopicField).joined(separator: ", ")); орналастыру нысаны үш өрісті де талап етеді"
        case .topicComplete(let number):
            "\(number)-тақырып: негіздеме, нысаналы топ және күтілетін нәтиже көрсетілген"
        case .reasonMissing(let position, let author, let topic):
            "\(position)-ескерту (\(author), \(topic)-тақырып) негіздемесіз қабылданбады: \(q("reason")) көрсетіңіз — қабылдамау негіздемесі"
        case .reasonGiven(let position, let author):
            "\(position)-ескерту (\(author)) негіздемемен қабылданбады"
        case .totalsMatch(let counted):
            "\(q("totals")) жолдармен сәйкес: қабылданғаны \(counted.accepted), қабылданбағаны \(counted.rejected)"
        case .totalsDiffer(let stated, let counted):
            "\(q("totals")) бойынша қабылданғаны \(stated.accepted), қабылданбағаны \(stated.rejected), ал жолдарда — \(counted.accepted) және \(counted.rejected): қорытындыны түзетіңіз"
        }
    }

    func discussionTopicField(_ field: DiscussionTopicField) -> String {
        switch field {
        case .justification: "ақпарат көзі көрсетілген негіздеме"
        case .targetGroup: "халықтың нысаналы тобы"
        case .expectedResult: "күтілетін нәтиже"
        }
    }
}
