import CounterpointCore
import Testing
@testable import CounterpointAnnotations

@Suite struct TagsTests {
    @Test func hashWordsBecomeTags() {
        #expect(Tags.parse("Weak claim #evidence and #Russia-China, see #todo.") == ["evidence", "Russia-China", "todo"])
    }

    @Test func duplicatesIgnoreCaseAndKeepFirstSpelling() {
        #expect(Tags.parse("#Energy #energy #ENERGY") == ["Energy"])
        #expect(Tags.merge(["a"], ["#A", "b", " "]) == ["a", "b"])
    }

    @Test func hashInsideWordsOrNumbersIsNotATag() {
        #expect(Tags.parse("issue#4 costs #1 and C# (#ok) #1972") == ["ok"])
    }

    @Test func nonASCIITags() {
        #expect(Tags.parse("#énergie #中国 #🙂") == ["énergie", "中国"])
    }

    @Test func motivationFollowsContent() {
        let article = Fixtures.article(Fixtures.essay)
        let target = TextTarget(article: article, range: TextRange(0, 10))
        #expect(Note(target: target, text: "A real comment #x").motivation == .commenting)
        #expect(Note(target: target, text: "#x #y").motivation == .tagging)
        #expect(Note(target: target, text: "").motivation == .highlighting)
        #expect(Note(target: target, text: "plain", tags: ["extra"]).tags == ["extra"])
    }

    @Test func editingRereadsTags() {
        let article = Fixtures.article(Fixtures.essay)
        let note = Note(target: TextTarget(article: article, range: TextRange(0, 10)), text: "first #one")
        let edited = note.edited(text: "second #two")
        #expect(edited.tags == ["two"])
        #expect(edited.modified >= note.created)
        #expect(edited.id == note.id)
    }
}
