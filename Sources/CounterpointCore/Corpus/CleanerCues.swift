/// Cue phrases of page furniture, matched only in short paragraphs: the same words inside a long
/// paragraph are prose about them.
enum CleanerCues {
    /// Calls to sign up, comment, share or follow; counters, loaders, credits and legal lines.
    static let furniture = PhraseMatcher([
        "sign up", "signed up", "sign-up", "subscribe to our", "subscribe now", "subscribe for", "subscribe today",
        "subscribe to the", "our newsletter", "the newsletter", "newsletter for", "newsletter sign", "for the best of our",
        "check your email", "check your inbox", "confirm your subscription", "you are now subscribed",
        "thanks for subscribing", "thank you for subscribing", "unsubscribe", "leave a comment", "leave a reply",
        "post a comment", "add a comment", "please comment", "comments below", "in the comments", "comment below",
        "share your thoughts", "share your insights", "share your views", "share your opinion",
        "what are your thoughts", "let us know in", "let us know what", "join the conversation",
        "join the discussion", "view comments", "show comments", "load more comments", "comments are closed",
        "you must be logged in", "log in to comment", "sign in to comment", "share this", "share on facebook",
        "share on twitter", "share on x", "follow us", "click here", "continue reading", "read the full story",
        "advertisement", "sponsored content", "paid content", "skip to content", "skip to main", "print this",
        "email this", "all rights reserved", "privacy policy", "terms of service", "terms of use",
        "accept cookies", "cookie policy", "visit(s) today", "views today", "open in app", "download the app",
        "get the app", "listen to this article", "min read", "minute read",
    ])

    /// Lines that are furniture when they are the whole paragraph (after trailing punctuation).
    static let wholeLines: Set<CueText> = [
        "loading", "loading…", "loading...", "advertisement", "ad", "share", "tweet", "print", "email", "comments",
        "comment", "reply", "menu", "search", "home", "next", "previous", "back to top", "top", "subscribe",
    ]

    /// Openers whose whole paragraph is furniture when short ("Visited 3 times", "Photo: Reuters").
    static let furnitureOpeners: [CueText] = [
        "visited ", "photo:", "photo credit", "image:", "image credit", "picture credit", "credit:", "source:",
        "tags:", "filed under", "posted in", "published:", "updated:", "last updated",
    ]

    /// Links to other pages inserted into an article ("Read more: …").
    static let linkOpeners: [CueText] = [
        "read more:", "read also:", "also read:", "see also:", "related:", "more:", "recommended:", "watch:",
        "listen:", "read next:", "don't miss:",
    ]

    /// Headers of lists of other pages: the header and everything after it are furniture.
    static let listHeaders: Set<CueText> = [
        "related", "related article", "related articles", "related posts", "related stories", "related content",
        "related reading", "related news", "related coverage", "you may also like", "you might also like",
        "recommended", "recommended for you", "recommended stories", "recommended articles", "read next",
        "read more", "more stories", "more on this", "more on this story", "most popular", "most read", "trending",
        "trending now", "popular posts", "latest news", "more news", "also read", "see also", "up next",
        "top stories", "editor's picks", "more like this",
    ]

    /// Openers that announce an editor's introduction to someone else's article.
    static let editorNoteOpeners: [CueText] = [
        "editor's note", "editors' note", "editors note", "ed. note", "ed note", "[editor", "note from the editor",
        "publisher's note", "introduction by", "intro:", "[ed.", "(editor",
    ]

    /// Phrases that credit where an article first appeared.
    static let republishing = PhraseMatcher([
        "originally published", "first published", "originally appeared", "first appeared", "republished",
        "cross-posted", "crossposted", "reprinted with permission", "reposted from", "this article was",
        "this post was", "published with permission",
    ])

    static func isFurniture(_ features: ParagraphFeatures) -> Bool {
        guard let text = features.lowerText, features.words <= 25 else { return false }
        if wholeLines.contains(text.trimmingTrailingPunctuation()) { return true }
        if features.words <= 15, furnitureOpeners.contains(where: { text.hasPrefix($0) }) { return true }
        if features.isDateOrShareLine { return true }
        if features.words <= 20, linkOpeners.contains(where: { text.hasPrefix($0) }) { return true }
        return text.contains("©") || furniture.matches(features.wordHashes)
    }

    static func isListHeader(_ features: ParagraphFeatures) -> Bool {
        guard let text = features.lowerText, features.words <= 5 else { return false }
        let bare = text.trimmingTrailingPunctuation()
        return listHeaders.contains(bare) || bare.hasPrefix("more from ") || bare.hasPrefix("more in ")
    }

    static func isByline(_ features: ParagraphFeatures) -> Bool {
        if features.opensWithByName, features.words <= 40, !features.endsWithQuestion { return true }
        return features.words <= 40 && republishing.matches(features.wordHashes)
    }

    static func opensEditorNote(_ features: ParagraphFeatures) -> Bool {
        features.opensWithHostIntroduction || editorNoteOpeners.contains { features.lowerPrefix.hasPrefix($0) }
    }
}
