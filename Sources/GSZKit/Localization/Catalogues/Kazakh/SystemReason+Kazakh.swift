/// Why the system refused a read or a write, in Kazakh.
extension SystemReason {
    var kazakh: String {
        switch self {
        case .permissionDenied: "қатынау құқығы жоқ"
        case .noSuchFile: "мұндай файл немесе бума жоқ"
        case .isAFolder: "бұл — бума"
        case .noSpace: "дискіде бос орын жоқ"
        case .readOnly: "файлдық жүйе тек оқуға арналған"
        case .notAFolder: "жолдың бір бөлігі бума емес"
        case .badDescriptor: "файл дескрипторы жарамсыз"
        case .tooManyOpenFiles: "тым көп файл ашық"
        case .linkLoop: "символдық сілтемелердің деңгейі тым көп"
        case .nameTooLong: "файл атауы тым ұзын"
        case .brokenPipe: "арнаның оқитын жағы жабық"
        case .ioError: "енгізу-шығару қатесі"
        case .other(let text): text
        }
    }
}
