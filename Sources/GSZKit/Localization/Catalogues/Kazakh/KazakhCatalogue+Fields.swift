/// What the fields of documents hold, in Kazakh: the report's own fields' summaries, the
/// comments of the discussion's and monitoring log's templates and their schemas' descriptions.
extension KazakhCatalogue {
    func coreFieldSummary(_ field: CoreFieldSummary) -> String {
        switch field {
        case .id: "Қызмет идентификаторы, есепте бірегей"
        case .kind: "Қызмет түрі: training, consulting, information, research, events, civic_center"
        case .form: "Оқыту қызметінің нысаны (training үшін міндетті): seminar, training, master_class, lecture, webinar, video_lesson, course, internship"
        case .title: "Тақырыбы немесе атауы"
        case .dates: "Өткізілген күндері: from бастап to дейін қоса алғанда; бір күн үшін date көрсетуге болады"
        case .date: "Бір күндік қызметтің күні (dates орнына)"
        case .ngoName: "ҮЕҰ атауы"
        case .bin: "БСН: бақылау разряды дұрыс 12 цифр"
        case .ngo: "Қызмет берушi үкіметтік емес ұйым"
        case .project: "Әлеуметтік жобаның атауы"
        case .contract: "МӘТ шартының нөмірі"
        case .period: "Есепті кезең: from бастап to дейін"
        case .report: "Есеп кім туралы және қай кезеңге"
        case .services: "Көрсетілген қызметтер, кемінде біреуі"
        }
    }

    func templateComment(_ comment: TemplateComment) -> String {
        switch comment {
        case .discussionBody: "мемлекеттік орган; міндетті"
        case .topicsYear: "тақырыптар жоспарланатын жыл"
        case .posted: "тақырыптар интернет-ресурста орналастырылды; міндетті"
        case .closed: "талқылаудың соңы: posted-тан кейінгі 10-жұмыс күнінен ерте емес"
        case .considered: "ескертулер қаралды: closed-тан кейін 3 жұмыс күні ішінде"
        case .reportPublished: "талқылау туралы есеп жарияланды: considered-тан ерте емес"
        case .topics: "тақырыптарды орналастыру нысаны; кемінде біреу"
        case .topicNumber: "тақырып нөмірі, бірегей"
        case .topicTitle: "тақырып атауы"
        case .funding: "қаржыландыру көлемі, мың теңге, 0-ден көп"
        case .justification: "ақпарат көзі көрсетілген негіздеме"
        case .targetGroup: "халықтың нысаналы тобы"
        case .expectedResult: "күтілетін нәтиже"
        case .comments: "есеп нысаны: әр ескертуге бір жол"
        case .commentTopic: "тақырып нөмірі"
        case .author: "ескерту авторы"
        case .summary: "ескертудің мәні"
        case .decision: "мемлекеттік органның қорытындысы: accepted немесе rejected"
        case .reason: "қабылдамау негіздемесі (rejected үшін)"
        case .totals: "қорытынды: жолдармен сәйкес болуы керек"
        case .monitoringBody: "мемлекеттік орган"
        case .asOf: "журнал тексерілетін күн; міндетті"
        case .projects: "мониторингтегі әлеуметтік жобалар"
        case .projectID: "жоба коды, бірегей; міндетті"
        case .projectTitle: "жоба атауы"
        case .ngo: "орындаушы ҮЕҰ; БСН тырнақшада"
        case .period: "іске асыру мерзімі; міндетті"
        case .visits: "мониторинг күндері: тоқсанына кемінде бір рет"
        case .reports: "уәкілетті органға есептер: 5 маусымға және 5 желтоқсанға дейін"
        case .report: "жартыжылдық (1 немесе 2), жыл, ұсынылған күн"
        }
    }

    func schemaDescription(_ description: SchemaDescription) -> String {
        switch description {
        case .discussionBody: "мемлекеттік орган"
        case .topicsYear: "тақырыптар жоспарланатын жыл"
        case .posted: "тақырыптар интернет-ресурста орналастырылды"
        case .closed: "талқылаудың соңы"
        case .considered: "ескертулер қаралды"
        case .reportPublished: "талқылау туралы есеп жарияланды"
        case .topicNumber: "тақырып нөмірі"
        case .topicTitle: "тақырып атауы"
        case .funding: "қаржыландыру, мың теңге"
        case .justification: "дереккөзі бар негіздеме"
        case .targetGroup: "халықтың нысаналы тобы"
        case .expectedResult: "күтілетін нәтиже"
        case .author: "авторы"
        case .summary: "ескертудің мәні"
        case .decision: "мемлекеттік органның қорытындысы"
        case .reason: "қабылдамау негіздемесі"
        case .projectID: "жоба коды"
        case .projectTitle: "жоба атауы"
        case .bin: "тырнақшадағы БСН"
        case .period: "іске асыру мерзімі"
        case .visits: "мониторинг күндері"
        case .half: "жартыжылдық"
        case .submitted: "ұсынылған күн"
        case .monitoringBody: "мемлекеттік орган"
        case .asOf: "журнал тексерілетін күн"
        }
    }
}
