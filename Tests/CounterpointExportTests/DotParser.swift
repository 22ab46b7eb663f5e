/// A small parser for the Graphviz DOT language (graphviz.org/doc/info/lang.html), enough to read
/// back what the exporter writes and to reject what Graphviz would reject: unterminated strings,
/// unbalanced braces and brackets, attributes without values, stray tokens.
struct DotGraph {
    var isDirected = false
    var attributes: [String: String] = [:]
    var nodes: [String: [String: String]] = [:]
    var nodeOrder: [String] = []
    var edges: [(tail: String, head: String, attributes: [String: String])] = []
    /// Subgraph name → the nodes declared or used inside it (nested ones included).
    var subgraphs: [String: [String]] = [:]
    /// Subgraph name → its own `key=value` statements (a cluster's label, style).
    var subgraphAttributes: [String: [String: String]] = [:]

    func hasEdge(_ a: String, _ b: String) -> Bool {
        edges.contains { ($0.tail == a && $0.head == b) || ($0.tail == b && $0.head == a) }
    }

    /// The lines of an escString label: `\n`, `\l`, `\r` end lines, `\\` is a backslash; the
    /// parser has already turned `\"` into `"`.
    static func labelLines(_ value: String) -> [String] {
        var lines: [String] = []
        var current = ""
        var iterator = value.makeIterator()
        while let character = iterator.next() {
            guard character == "\\" else { current.append(character); continue }
            switch iterator.next() {
            case "n", "l", "r": lines.append(current); current = ""
            case "\\": current.append("\\")
            case let other?: current.append("\\"); current.append(other)
            case nil: current.append("\\")
            }
        }
        lines.append(current)
        return lines
    }
}

struct DotParseError: Error, CustomStringConvertible {
    var description: String
}

struct DotParser {
    private enum Token: Equatable {
        case id(String, quoted: Bool)
        case punctuation(Character)
        case edgeOperator(String)
    }

    private var tokens: [Token] = []
    private var position = 0
    private var graph = DotGraph()

    static func parse(_ text: String) throws -> DotGraph {
        var parser = DotParser()
        parser.tokens = try tokenize(text)
        try parser.parseGraph()
        return parser.graph
    }

    private static func tokenize(_ text: String) throws -> [Token] {
        var tokens: [Token] = []
        let characters = Array(text)
        var index = 0
        var lineStart = true
        while index < characters.count {
            let character = characters[index]
            if character == "\n" { lineStart = true; index += 1; continue }
            if character.isWhitespace { index += 1; continue }
            defer { lineStart = false }
            if lineStart && character == "#" {                       // preprocessor-style line: ignored
                while index < characters.count && characters[index] != "\n" { index += 1 }
            } else if character == "/" && index + 1 < characters.count && characters[index + 1] == "/" {
                while index < characters.count && characters[index] != "\n" { index += 1 }
            } else if character == "/" && index + 1 < characters.count && characters[index + 1] == "*" {
                guard let end = (index + 2..<max(index + 2, characters.count - 1)).first(where: {
                    characters[$0] == "*" && characters[$0 + 1] == "/"
                }) else { throw DotParseError(description: "unterminated comment") }
                index = end + 2
            } else if character == "\"" {
                var value = ""
                index += 1
                var closed = false
                while index < characters.count {
                    let current = characters[index]
                    if current == "\\" && index + 1 < characters.count && characters[index + 1] == "\"" {
                        value.append("\""); index += 2
                    } else if current == "\\" && index + 1 < characters.count && characters[index + 1] == "\\" {
                        value += "\\\\"; index += 2                    // kept as a pair, as Graphviz's scanner does
                    } else if current == "\\" && index + 1 < characters.count && characters[index + 1] == "\n" {
                        index += 2                                   // line continuation
                    } else if current == "\"" {
                        closed = true; index += 1; break
                    } else {
                        value.append(current); index += 1
                    }
                }
                guard closed else { throw DotParseError(description: "unterminated string \"\(value.prefix(40))") }
                tokens.append(.id(value, quoted: true))
            } else if "{}[]=;,".contains(character) {
                tokens.append(.punctuation(character)); index += 1
            } else if character == "-" && index + 1 < characters.count && (characters[index + 1] == "-" || characters[index + 1] == ">") {
                tokens.append(.edgeOperator(String(characters[index...index + 1]))); index += 2
            } else if character.isLetter || character == "_" || character.isNumber || character == "-" || character == "." {
                var value = ""
                let numeral = character.isNumber || character == "-" || character == "."
                while index < characters.count {
                    let current = characters[index]
                    let fits = numeral ? (current.isNumber || current == "." || (value.isEmpty && current == "-"))
                                       : (current.isLetter || current.isNumber || current == "_")
                    guard fits else { break }
                    value.append(current); index += 1
                }
                tokens.append(.id(value, quoted: false))
            } else {
                throw DotParseError(description: "unexpected character \(character)")
            }
        }
        return tokens
    }

    private var current: Token? { position < tokens.count ? tokens[position] : nil }

    private mutating func next() -> Token? {
        defer { position += 1 }
        return current
    }

    private mutating func expect(_ character: Character) throws {
        guard next() == .punctuation(character) else { throw error("expected \(character)") }
    }

    private func error(_ message: String) -> DotParseError {
        DotParseError(description: "\(message) at token \(position): \(current.map { "\($0)" } ?? "end")")
    }

    private func keyword(_ token: Token?, _ word: String) -> Bool {
        if case .id(let value, false)? = token { return value.lowercased() == word }
        return false
    }

    private mutating func identifier() throws -> String {
        guard case .id(let value, _)? = next() else { throw error("expected an ID") }
        return value
    }

    private mutating func parseGraph() throws {
        if keyword(current, "strict") { position += 1 }
        if keyword(current, "digraph") { graph.isDirected = true } else if !keyword(current, "graph") { throw error("expected graph") }
        position += 1
        if case .id? = current { position += 1 }
        try expect("{")
        var scopes: [String] = []
        try statements(&scopes)
        try expect("}")
        guard current == nil else { throw error("text after the graph") }
    }

    private mutating func statements(_ scopes: inout [String]) throws {
        while let token = current, token != .punctuation("}") {
            try statement(&scopes)
            if current == .punctuation(";") { position += 1 }
        }
    }

    private mutating func statement(_ scopes: inout [String]) throws {
        if keyword(current, "graph") || keyword(current, "node") || keyword(current, "edge") {
            let kind = try identifier().lowercased()
            let attributes = try attributeLists()
            if kind == "graph" && scopes.isEmpty { graph.attributes.merge(attributes) { $1 } }
            return
        }
        if keyword(current, "subgraph") || current == .punctuation("{") {
            var name = "anonymous-\(position)"
            if keyword(current, "subgraph") {
                position += 1
                if case .id(let value, _)? = current { name = value; position += 1 }
            }
            try expect("{")
            scopes.append(name)
            graph.subgraphs[name, default: []] = graph.subgraphs[name] ?? []
            try statements(&scopes)
            scopes.removeLast()
            try expect("}")
            return
        }
        let first = try identifier()
        if current == .punctuation("=") {
            position += 1
            let value = try identifier()
            if let scope = scopes.last { graph.subgraphAttributes[scope, default: [:]][first] = value } else { graph.attributes[first] = value }
            return
        }
        var chain = [first]
        while case .edgeOperator(let op)? = current {
            guard op == (graph.isDirected ? "->" : "--") else { throw error("edge operator \(op) in the wrong kind of graph") }
            position += 1
            chain.append(try identifier())
        }
        let attributes = current == .punctuation("[") ? try attributeLists() : [:]
        for id in chain { use(id, in: scopes) }
        if chain.count == 1 {
            graph.nodes[first, default: [:]].merge(attributes) { $1 }
        } else {
            for (tail, head) in zip(chain, chain.dropFirst()) { graph.edges.append((tail, head, attributes)) }
        }
    }

    private mutating func use(_ id: String, in scopes: [String]) {
        if graph.nodes[id] == nil {
            graph.nodes[id] = [:]
            graph.nodeOrder.append(id)
        }
        for scope in scopes where !(graph.subgraphs[scope] ?? []).contains(id) { graph.subgraphs[scope, default: []].append(id) }
    }

    private mutating func attributeLists() throws -> [String: String] {
        var attributes: [String: String] = [:]
        guard current == .punctuation("[") else { throw error("expected [") }
        while current == .punctuation("[") {
            position += 1
            while current != .punctuation("]") {
                let key = try identifier()
                try expect("=")
                attributes[key] = try identifier()
                if current == .punctuation(",") || current == .punctuation(";") { position += 1 }
            }
            try expect("]")
        }
        return attributes
    }
}
