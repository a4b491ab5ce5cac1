/// Why the system refused a read or a write, in each language: one file, so that a reason
/// added to `SystemReason` is worded in all three side by side.
extension SystemReason {
    var russian: String {
        switch self {
        case .permissionDenied: "нет прав доступа"
        case .noSuchFile: "нет такого файла или папки"
        case .isAFolder: "это папка"
        case .noSpace: "на диске нет места"
        case .readOnly: "файловая система доступна только для чтения"
        case .other(let text): text
        }
    }

    var kazakh: String {
        switch self {
        case .permissionDenied: "қатынау құқығы жоқ"
        case .noSuchFile: "мұндай файл немесе бума жоқ"
        case .isAFolder: "бұл — бума"
        case .noSpace: "дискіде бос орын жоқ"
        case .readOnly: "файлдық жүйе тек оқуға арналған"
        case .other(let text): text
        }
    }

    var english: String {
        switch self {
        case .permissionDenied: "permission denied"
        case .noSuchFile: "no such file or folder"
        case .isAFolder: "it is a folder"
        case .noSpace: "no space left on the disk"
        case .readOnly: "the file system is read-only"
        case .other(let text): text
        }
    }
}
