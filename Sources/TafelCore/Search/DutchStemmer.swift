import Foundation

/// Snowball's Dutch stemmer in its Porter-style form: the algorithm of PostgreSQL's `dutch` text
/// search configuration, of Debian's `libstemmer` 2.2 and of PyPI `snowballstemmer`'s
/// `dutch_porter` (not Snowball 2.3+'s default "dutch", Kraaij-Pohlmann, which stems "gemeente"
/// to "meen"). A line-for-line port of `dutch_porter.sbl` as Snowball 3.1.1 generates it, so
/// that an index built here and a query stemmed by PostgreSQL meet (docs/ZOEKEN.md).
///
/// It stems one lower-case word; folding case and accents, and splitting text into words, is the
/// tokenizer's work.
public enum DutchStemmer {
    /// Longer than this (in UTF-8 bytes) is no word of any language but encoded data or a test's
    /// filler, left as it is: PostgreSQL's snowball dictionary draws the same line.
    public static let longestStemmed = 1_000

    public static func stem(_ word: String) -> String {
        guard word.utf8.count <= longestStemmed else { return word }
        var machine = Machine(Array(word.precomposedStringWithCanonicalMapping))
        machine.run()
        return String(machine.s)
    }

    /// The same, remembered in `cache`: a text repeats its words, and many texts more so.
    public static func stem(_ word: String, cache: inout [String: String]) -> String {
        if let stem = cache[word] { return stem }
        let stem = stem(word)
        cache[word] = stem
        return stem
    }

    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y", "è"]
    private static let vowelsAndI: Set<Character> = ["I", "a", "e", "i", "o", "u", "y", "è"]
    private static let vowelsAndJ: Set<Character> = ["a", "e", "i", "j", "o", "u", "y", "è"]
    private static let accents: [Character: Character] = [
        "á": "a", "ä": "a", "é": "e", "ë": "e", "í": "i", "ï": "i", "ó": "o", "ö": "o", "ú": "u", "ü": "u",
    ]

    /// The Snowball machine: a string, a cursor, the limits and the slice (`bra` … `ket`).
    private struct Machine {
        var s: [Character]
        var cursor = 0
        var limit: Int
        var limitBackward = 0
        var bra = 0
        var ket = 0
        var p1 = 0
        var p2 = 0
        var eFound = false

        init(_ characters: [Character]) {
            s = characters
            limit = characters.count
        }

        mutating func run() {
            let start = cursor
            prelude()
            cursor = start
            markRegions()
            cursor = start
            limitBackward = cursor
            cursor = limit
            standardSuffix()
            cursor = limitBackward
            postlude()
        }

        // MARK: Snowball's primitives

        mutating func replace(_ from: Int, _ to: Int, with text: [Character]) {
            let adjustment = text.count - (to - from)
            s.replaceSubrange(from..<to, with: text)
            limit += adjustment
            if cursor >= to { cursor += adjustment } else if cursor > from { cursor = from }
        }

        mutating func sliceFrom(_ text: String) {
            let characters = Array(text)
            replace(bra, ket, with: characters)
            ket = bra + characters.count
        }

        mutating func sliceDelete() { sliceFrom("") }

        /// Skips characters not in `set`; true when it stops at one in it.
        mutating func goOut(_ set: Set<Character>) -> Bool {
            while cursor < limit {
                if set.contains(s[cursor]) { return true }
                cursor += 1
            }
            return false
        }

        /// Skips characters in `set`; true when it stops at one not in it.
        mutating func goIn(_ set: Set<Character>) -> Bool {
            while cursor < limit {
                if !set.contains(s[cursor]) { return true }
                cursor += 1
            }
            return false
        }

        mutating func inGrouping(_ set: Set<Character>) -> Bool {
            guard cursor < limit, set.contains(s[cursor]) else { return false }
            cursor += 1
            return true
        }

        mutating func outGroupingBackward(_ set: Set<Character>) -> Bool {
            guard cursor > limitBackward, !set.contains(s[cursor - 1]) else { return false }
            cursor -= 1
            return true
        }

        mutating func equalsBackward(_ text: String) -> Bool {
            let characters = Array(text)
            guard cursor - characters.count >= limitBackward, Array(s[(cursor - characters.count)..<cursor]) == characters else { return false }
            cursor -= characters.count
            return true
        }

        /// The longest of `suffixes` that ends at the cursor: moves before it and gives its result (0: none).
        mutating func findAmongBackward(_ suffixes: [(String, Int)]) -> Int {
            var best: (length: Int, result: Int) = (0, 0)
            for (suffix, result) in suffixes {
                let characters = Array(suffix)
                guard characters.count > best.length, cursor - characters.count >= limitBackward,
                      Array(s[(cursor - characters.count)..<cursor]) == characters else { continue }
                best = (characters.count, result)
            }
            if best.result != 0 { cursor -= best.length }
            return best.result
        }

        func inR1() -> Bool { p1 <= cursor }
        func inR2() -> Bool { p2 <= cursor }

        // MARK: The routines of dutch_porter.sbl

        /// Accents off; an initial y and a y after a vowel become Y, an i between vowels I.
        mutating func prelude() {
            let start = cursor
            while cursor < limit {
                if let plain = DutchStemmer.accents[s[cursor]] {
                    bra = cursor
                    ket = cursor + 1
                    cursor = ket
                    sliceFrom(String(plain))
                } else {
                    cursor += 1
                }
            }
            cursor = start
            if cursor < limit, s[cursor] == "y" {
                bra = cursor
                cursor += 1
                ket = cursor
                sliceFrom("Y")
            }
            while true {
                let before = cursor
                guard goOut(DutchStemmer.vowels) else { cursor = before; break }
                cursor += 1
                let afterVowel = cursor
                bra = cursor
                if cursor < limit, s[cursor] == "i" {
                    cursor += 1
                    ket = cursor
                    let next = cursor
                    if inGrouping(DutchStemmer.vowels) { sliceFrom("I") }
                    cursor = next
                } else if cursor < limit, s[cursor] == "y" {
                    cursor += 1
                    ket = cursor
                    sliceFrom("Y")
                } else {
                    cursor = afterVowel
                }
            }
        }

        /// R1 and R2, with at least three letters before R1.
        mutating func markRegions() {
            p1 = limit
            p2 = limit
            let start = cursor
            guard cursor + 3 <= limit else { return }
            cursor += 3
            let x = cursor
            cursor = start
            guard goOut(DutchStemmer.vowels) else { return }
            cursor += 1
            guard goIn(DutchStemmer.vowels) else { return }
            cursor += 1
            p1 = max(cursor, x)
            guard goOut(DutchStemmer.vowels) else { return }
            cursor += 1
            guard goIn(DutchStemmer.vowels) else { return }
            cursor += 1
            p2 = cursor
        }

        mutating func postlude() {
            for index in s.indices {
                if s[index] == "I" { s[index] = "i" } else if s[index] == "Y" { s[index] = "y" }
            }
        }

        mutating func undouble() -> Bool {
            let back = limit - cursor
            guard findAmongBackward([("dd", -1), ("kk", -1), ("tt", -1)]) != 0 else { return false }
            cursor = limit - back
            ket = cursor
            guard cursor > limitBackward else { return false }
            cursor -= 1
            bra = cursor
            sliceDelete()
            return true
        }

        mutating func eEnding() -> Bool {
            eFound = false
            ket = cursor
            guard cursor > limitBackward, s[cursor - 1] == "e" else { return false }
            cursor -= 1
            bra = cursor
            guard inR1() else { return false }
            let back = limit - cursor
            guard outGroupingBackward(DutchStemmer.vowels) else { return false }
            cursor = limit - back
            sliceDelete()
            eFound = true
            return undouble()
        }

        mutating func enEnding() -> Bool {
            guard inR1() else { return false }
            let back = limit - cursor
            guard outGroupingBackward(DutchStemmer.vowels) else { return false }
            cursor = limit - back
            if equalsBackward("gem") { return false }
            sliceDelete()
            return undouble()
        }

        mutating func standardSuffix() {
            let v1 = limit - cursor
            step1: do {
                ket = cursor
                let found = findAmongBackward([("ene", 2), ("se", 3), ("en", 2), ("heden", 1), ("s", 3)])
                guard found != 0 else { break step1 }
                bra = cursor
                switch found {
                case 1:
                    guard inR1() else { break step1 }
                    sliceFrom("heid")
                case 2:
                    guard enEnding() else { break step1 }
                default:
                    guard inR1(), outGroupingBackward(DutchStemmer.vowelsAndJ) else { break step1 }
                    sliceDelete()
                }
            }
            cursor = limit - v1
            let v2 = limit - cursor
            _ = eEnding()
            cursor = limit - v2
            let v3 = limit - cursor
            step3a: do {
                ket = cursor
                guard equalsBackward("heid") else { break step3a }
                bra = cursor
                guard inR2() else { break step3a }
                if cursor > limitBackward, s[cursor - 1] == "c" { break step3a }
                sliceDelete()
                ket = cursor
                guard equalsBackward("en") else { break step3a }
                bra = cursor
                _ = enEnding()
            }
            cursor = limit - v3
            let v4 = limit - cursor
            step3b: do {
                ket = cursor
                let found = findAmongBackward([("end", 1), ("ig", 2), ("ing", 1), ("lijk", 3), ("baar", 4), ("bar", 5)])
                guard found != 0 else { break step3b }
                bra = cursor
                switch found {
                case 1:
                    guard inR2() else { break step3b }
                    sliceDelete()
                    let v5 = limit - cursor
                    ket = cursor
                    if equalsBackward("ig") {
                        bra = cursor
                        if inR2(), !(cursor > limitBackward && s[cursor - 1] == "e") {
                            sliceDelete()
                            break step3b
                        }
                    }
                    cursor = limit - v5
                    _ = undouble()
                case 2:
                    guard inR2(), !(cursor > limitBackward && s[cursor - 1] == "e") else { break step3b }
                    sliceDelete()
                case 3:
                    guard inR2() else { break step3b }
                    sliceDelete()
                    _ = eEnding()
                case 4:
                    guard inR2() else { break step3b }
                    sliceDelete()
                default:
                    guard inR2(), eFound else { break step3b }
                    sliceDelete()
                }
            }
            cursor = limit - v4
            let v6 = limit - cursor
            step4: do {
                guard outGroupingBackward(DutchStemmer.vowelsAndI) else { break step4 }
                let v7 = limit - cursor
                guard findAmongBackward([("aa", -1), ("ee", -1), ("oo", -1), ("uu", -1)]) != 0 else { break step4 }
                guard outGroupingBackward(DutchStemmer.vowels) else { break step4 }
                cursor = limit - v7
                ket = cursor
                guard cursor > limitBackward else { break step4 }
                cursor -= 1
                bra = cursor
                sliceDelete()
            }
            cursor = limit - v6
        }
    }
}
