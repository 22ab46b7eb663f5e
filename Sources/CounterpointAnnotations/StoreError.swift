/// Why the store could not be opened or written. Each prints as one line naming the file.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case notADatabase(path: String)
    case notACounterpointStore(path: String)
    case newerSchema(path: String, found: Int, known: Int)
    case isAFolder(path: String)
    case notARegularFile(path: String)
    case cannotCreateFolder(path: String, reason: String)
    case readOnly(path: String)
    case openedForReading(path: String)
    case readOnlyNeedsUpgrade(path: String, found: Int, known: Int)
    case noSuchNote(path: String, id: String)
    case duplicateID(path: String, id: String)
    case database(path: String, message: String)

    public var description: String {
        switch self {
        case .notADatabase(let path):
            return "\(path): not an SQLite database; refusing to touch it (choose another file with --store)"
        case .notACounterpointStore(let path):
            return "\(path): an SQLite database, but not a Counterpoint notes store; refusing to touch it"
        case .newerSchema(let path, let found, let known):
            return "\(path): notes store has schema version \(found), newer than this program knows (\(known)); upgrade Counterpoint (the file was not modified)"
        case .isAFolder(let path):
            return "\(path): is a folder, not a notes store file"
        case .notARegularFile(let path):
            return "\(path): not a regular file (a pipe, device or socket); refusing to open it as a notes store"
        case .cannotCreateFolder(let path, let reason):
            return "\(path): cannot create the store's folder (\(reason))"
        case .readOnly(let path):
            return "\(path): notes store is read-only; nothing was saved"
        case .openedForReading(let path):
            return "\(path): notes store was opened for reading only; nothing was saved"
        case .readOnlyNeedsUpgrade(let path, let found, let known):
            return "\(path): notes store is read-only and has old schema version \(found) (this program needs \(known))"
        case .noSuchNote(let path, let id):
            return "\(path): no note with id \(id)"
        case .duplicateID(let path, let id):
            return "\(path): a record with id \(id) already exists"
        case .database(let path, let message):
            return "\(path): \(message)"
        }
    }
}
