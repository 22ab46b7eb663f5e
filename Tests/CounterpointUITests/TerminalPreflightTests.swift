import Testing
@testable import CounterpointUI

@Suite struct TerminalPreflightTests {
    @Test func redirectedStreamsAreRefusedOutputFirst() {
        #expect(TerminalPreflight.problem(inputIsTerminal: true, outputIsTerminal: false, term: "xterm")?.reason == .outputNotATerminal)
        #expect(TerminalPreflight.problem(inputIsTerminal: false, outputIsTerminal: false, term: "xterm")?.reason == .outputNotATerminal)
        #expect(TerminalPreflight.problem(inputIsTerminal: false, outputIsTerminal: true, term: "xterm")?.reason == .inputNotATerminal)
    }

    @Test func termMustBeSetAndAbleToAddressTheCursor() {
        #expect(TerminalPreflight.problem(inputIsTerminal: true, outputIsTerminal: true, term: nil)?.reason == .termUnset)
        #expect(TerminalPreflight.problem(inputIsTerminal: true, outputIsTerminal: true, term: "")?.reason == .termUnset)
        #expect(TerminalPreflight.problem(inputIsTerminal: true, outputIsTerminal: true, term: "dumb")?.reason == .noCursorAddressing("dumb"))
        #expect(TerminalPreflight.problem(inputIsTerminal: true, outputIsTerminal: true, term: "xterm-256color") == nil)
    }

    @Test(arguments: [
        TerminalUnavailable.Reason.outputNotATerminal, .inputNotATerminal, .termUnset, .unknownTerminal("nonesuch"),
        .noCursorAddressing("dumb"), .noTerminfoDatabase, .alreadyRunning, .startFailed("x"),
        .unknownTerminal("x\u{1B}[31m\nline\u{2028}" + String(repeating: "y", count: 500)),
    ])
    func messagesAreOnePrintableLineNamingTheAlternatives(reason: TerminalUnavailable.Reason) {
        let error = TerminalUnavailable(reason)
        let message = error.description
        #expect(!message.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{2028}" })
        #expect(message.contains("`counterpoint articles`"))
        #expect(message.contains("`counterpoint text ID`"))
        #expect(message.count < 240)
        #expect(error.exitCode == 2)
    }

    @Test func messagesSayWhatIsWrong() {
        #expect(TerminalUnavailable(.outputNotATerminal).description.hasPrefix("standard output is not a terminal; use"))
        #expect(TerminalUnavailable(.inputNotATerminal).description.hasPrefix("standard input is not a terminal"))
        #expect(TerminalUnavailable(.termUnset).description.contains("TERM is not set"))
        #expect(TerminalUnavailable(.unknownTerminal("nonesuch")).description.contains("\"nonesuch\""))
        #expect(TerminalUnavailable(.noCursorAddressing("dumb")).description.contains("\"dumb\""))
    }

    @Test func utf8IsWantedByTheFirstLocaleVariableThatIsSet() {
        #expect(TerminalPreflight.environmentWantsUTF8(["LANG": "en_US.UTF-8"]))
        #expect(TerminalPreflight.environmentWantsUTF8(["LANG": "de_DE.utf8"]))
        #expect(!TerminalPreflight.environmentWantsUTF8(["LANG": "C"]))
        #expect(!TerminalPreflight.environmentWantsUTF8([:]))
        #expect(!TerminalPreflight.environmentWantsUTF8(["LC_ALL": "C", "LANG": "C.UTF-8"]))
        #expect(TerminalPreflight.environmentWantsUTF8(["LC_ALL": "", "LC_CTYPE": "C.UTF-8", "LANG": "C"]))
    }
}
