/// Words that end with a period without ending a sentence. Matched case-sensitively against the
/// letters just before the period.
enum SegmenterAbbreviations {
    /// Always followed by a name: never the end of a sentence.
    static let titles: Set<String> = [
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr",
        "Adm", "Sgt", "Cpl", "Pvt", "Rev", "Hon", "Fr", "Pres", "Supt", "Insp", "Messrs", "Mme", "Mlle", "Sr",
        "Jr", "Amb", "Atty", "Gens",
    ]

    /// Abbreviations only before a number ("No. 5", "p. 12"); elsewhere the same letters are a word.
    static let beforeNumbers: Set<String> = [
        "No", "no", "Nos", "nos", "Art", "art", "Vol", "vol", "p", "pp", "ch", "Ch", "Fig", "fig", "para", "Sec",
        "sec", "Nr", "nr", "op", "Op", "ed", "Ed",
    ]

    /// Abbreviations that may end a sentence: a break only when a usual sentence opener follows
    /// ("etc. The", but "Jan. 20", "vs. China", "St. Petersburg").
    static let common: Set<String> = [
        "etc", "vs", "v", "al", "cf", "ca", "approx", "est", "esp", "incl", "dept", "Dept", "Univ", "univ",
        "Inc", "Ltd", "Co", "Corp", "Bros", "St", "Ave", "Blvd", "Rd", "Mt", "Ft", "govt", "Govt", "intl",
        "Intl", "natl", "Natl", "assn", "Assn", "viz", "min", "max", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
        "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri",
        "Sat", "Sun", "eds", "Eds", "trans", "repr", "misc", "Mass", "Calif", "Fla", "Wash", "Penn",
    ]
}
