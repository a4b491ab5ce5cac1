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

    var english: String {
        switch self {
        case .permissionDenied: "permission denied"
        case .noSuchFile: "no such file or folder"
        case .isAFolder: "it is a folder"
        case .noSpace: "no space left on the disk"
        case .readOnly: "the file system is read-only"
        case .notAFolder: "a part of the path is not a folder"
        case .badDescriptor: "bad file descriptor"
        case .tooManyOpenFiles: "too many open files"
        case .linkLoop: "too many levels of symbolic links"
        case .nameTooLong: "the file name is too long"
        case .brokenPipe: "the reading end of the pipe is closed"
        case .ioError: "input/output error"
        case .other(let text): text
        }
    }
}
