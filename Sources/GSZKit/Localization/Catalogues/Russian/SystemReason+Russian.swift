/// Why the system refused a read or a write, in Russian.
extension SystemReason {
    var russian: String {
        switch self {
        case .permissionDenied: "нет прав доступа"
        case .noSuchFile: "нет такого файла или папки"
        case .isAFolder: "это папка"
        case .noSpace: "на диске нет места"
        case .readOnly: "файловая система доступна только для чтения"
        case .notAFolder: "часть пути — не папка"
        case .badDescriptor: "неверный дескриптор файла"
        case .tooManyOpenFiles: "открыто слишком много файлов"
        case .linkLoop: "слишком много уровней символических ссылок"
        case .nameTooLong: "слишком длинное имя файла"
        case .brokenPipe: "читающая сторона канала закрыта"
        case .ioError: "ошибка ввода-вывода"
        case .other(let text): text
        }
    }
}
