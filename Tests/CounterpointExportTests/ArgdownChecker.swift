import Foundation

/// A checker for the subset of Argdown (argdown.org/syntax) the exporter writes: YAML front matter
/// between `===` lines, headings after an empty line, statement definitions `[Title]: text #tags`,
/// and relation lines (`- [Title]`, indented) right under a statement. It rejects what Argdown's
/// lexer would read differently: an unescaped bracket, angle bracket, brace, `@`, `*`, `_`, `=`
/// or comment opener in text, text after the tags, a bracket in a title, a relation after an
/// empty line or without indentation, a reference to an undefined title, a title defined twice.
struct ArgdownDocument {
    struct Statement {
        var title: String
        var text: String
        var tags: [String]
        var section: String?
    }

    struct Relation: Equatable {
        var owner: String
        var symbol: String
        var target: String
    }

    var frontMatter: [String] = []
    var headings: [String] = []
    var statements: [Statement] = []
    var relations: [Relation] = []

    func statement(_ title: String) -> Statement? { statements.first { $0.title == title } }
}

struct ArgdownSyntaxError: Error, CustomStringConvertible {
    var line: Int
    var problem: String
    var description: String { "line \(line): \(problem)" }
}

enum ArgdownChecker {
    static let relationSymbols = ["+>", "->", "<+", "<-", "><", "_>", "<_", "+", "-"]
    private static let special: Set<Character> = ["\\", "[", "]", "<", ">", "@", "#", "*", "_", "{", "}", "/", "="]

    static func check(_ source: String) throws -> ArgdownDocument {
        var document = ArgdownDocument()
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        if lines.first == "===" {
            guard let end = lines.dropFirst().firstIndex(of: "===") else {
                throw ArgdownSyntaxError(line: 1, problem: "front matter not closed")
            }
            document.frontMatter = Array(lines[1..<end])
            // Argdown's front matter token is `===+[^=]*===+`: an `=` inside ends it early.
            if let bad = document.frontMatter.firstIndex(where: { $0.contains("=") }) {
                throw ArgdownSyntaxError(line: bad + 2, problem: "`=` inside front matter")
            }
            index = end + 1
        }
        var previousBlank = true
        var owner: String?
        var section: String?
        while index < lines.count {
            let line = lines[index]
            let number = index + 1
            index += 1
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                previousBlank = true
                owner = nil
                continue
            }
            defer { previousBlank = false }
            if line.hasPrefix("#") {
                let hashes = line.prefix { $0 == "#" }
                guard line.dropFirst(hashes.count).hasPrefix(" ") else { throw ArgdownSyntaxError(line: number, problem: "heading without a space") }
                guard previousBlank else { throw ArgdownSyntaxError(line: number, problem: "heading not after an empty line") }
                let (text, tags) = try readText(String(line.dropFirst(hashes.count + 1)), line: number)
                guard tags.isEmpty else { throw ArgdownSyntaxError(line: number, problem: "tag in a heading: \(tags)") }
                document.headings.append(text)
                section = text
                owner = nil
            } else if line.hasPrefix("[") {
                guard let close = line.firstIndex(of: "]"), line[close...].hasPrefix("]: ") else {
                    throw ArgdownSyntaxError(line: number, problem: "statement definition without `]: `")
                }
                let title = String(line[line.index(after: line.startIndex)..<close])
                try checkTitle(title, line: number)
                guard document.statement(title) == nil else { throw ArgdownSyntaxError(line: number, problem: "title defined twice: \(title)") }
                let (text, tags) = try readText(String(line[line.index(close, offsetBy: 3)...]), line: number)
                document.statements.append(.init(title: title, text: text, tags: tags, section: section))
                owner = title
            } else if line.first == " " {
                let body = line.drop { $0 == " " }
                guard let owner else { throw ArgdownSyntaxError(line: number, problem: "relation not under a statement") }
                guard let symbol = relationSymbols.first(where: { body.hasPrefix($0 + " [") }) else {
                    throw ArgdownSyntaxError(line: number, problem: "not a relation line: \(line)")
                }
                let reference = body.dropFirst(symbol.count + 1)
                guard reference.hasSuffix("]") else { throw ArgdownSyntaxError(line: number, problem: "reference not closed") }
                let target = String(reference.dropFirst().dropLast())
                try checkTitle(target, line: number)
                document.relations.append(.init(owner: owner, symbol: symbol, target: target))
            } else {
                throw ArgdownSyntaxError(line: number, problem: "unexpected line: \(line)")
            }
        }
        for relation in document.relations {
            guard document.statement(relation.target) != nil else {
                throw ArgdownSyntaxError(line: 0, problem: "reference to undefined statement [\(relation.target)]")
            }
            guard relation.target != relation.owner else { throw ArgdownSyntaxError(line: 0, problem: "self relation [\(relation.owner)]") }
        }
        return document
    }

    private static func checkTitle(_ title: String, line: Int) throws {
        guard !title.isEmpty, title.trimmingCharacters(in: .whitespaces) == title,
              !title.contains("["), !title.contains("]"), !title.contains("\n") else {
            throw ArgdownSyntaxError(line: line, problem: "bad title [\(title)]")
        }
    }

    /// The unescaped text and the tags at its end.
    private static func readText(_ raw: String, line: Int) throws -> (String, [String]) {
        var text = ""
        var tags: [String] = []
        let characters = Array(raw)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\\" {
                guard index + 1 < characters.count else { throw ArgdownSyntaxError(line: line, problem: "dangling backslash") }
                guard tags.isEmpty else { throw ArgdownSyntaxError(line: line, problem: "text after tags") }
                text.append(characters[index + 1])
                index += 2
            } else if character == "#" {
                index += 1
                var tag = ""
                if index < characters.count && characters[index] == "(" {
                    guard let close = characters[index...].firstIndex(of: ")") else { throw ArgdownSyntaxError(line: line, problem: "tag not closed") }
                    tag = String(characters[(index + 1)..<close])
                    index = close + 1
                } else {
                    while index < characters.count, isTagCharacter(characters[index]) { tag.append(characters[index]); index += 1 }
                }
                guard !tag.isEmpty else { throw ArgdownSyntaxError(line: line, problem: "empty tag") }
                tags.append(tag)
            } else if special.contains(character) {
                throw ArgdownSyntaxError(line: line, problem: "unescaped \(character) in \(raw)")
            } else {
                if !tags.isEmpty && character != " " { throw ArgdownSyntaxError(line: line, problem: "text after tags") }
                if tags.isEmpty { text.append(character) }
                index += 1
            }
        }
        return (tags.isEmpty ? text : text.trimmingCharacters(in: .whitespaces), tags)
    }

    private static func isTagCharacter(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x5F: return true
            case 0xA0...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFEF: return !scalar.properties.isWhitespace
            default: return false
            }
        }
    }
}
