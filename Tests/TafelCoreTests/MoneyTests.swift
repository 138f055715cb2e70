import TafelCore
import Testing

@Suite("Money")
struct MoneyTests {
    @Test("whole millions are compact: € 6 mln")
    func compactMillions() {
        #expect(Money(cents: 600_000_000).dutch(compact: true) == "€ 6 mln")
        #expect(Money(cents: 2_400_000_000).dutch(compact: true) == "€ 24 mln")
        #expect(Money(cents: 650_000_000).dutch(compact: true) == "€ 6,5 mln")
    }

    @Test("amounts that are not whole tenths of millions stay in full when compact")
    func compactFallsBack() {
        #expect(Money(cents: 123_450).dutch(compact: true) == "€ 1.234,50")
        #expect(Money(cents: 600_000_001).dutch(compact: true) == "€ 6.000.000,01")
        #expect(Money(cents: 612_345_600).dutch(compact: true) == "€ 6.123.456")
        #expect(Money(cents: 50_000_000).dutch(compact: true) == "€ 500.000")
    }

    @Test("full Dutch notation with thousands dots and a decimal comma")
    func full() {
        #expect(Money(cents: 123_450).dutch() == "€ 1.234,50")
        #expect(Money(cents: 600_000_000).dutch() == "€ 6.000.000")
        #expect(Money(cents: 2_400_000_000).dutch() == "€ 24.000.000")
        #expect(Money(cents: 5).dutch() == "€ 0,05")
        #expect(Money(cents: 0).dutch() == "€ 0")
        #expect(Money(cents: 99_900).dutch() == "€ 999")
        #expect(Money(cents: 100_000).dutch() == "€ 1.000")
        #expect(Money(cents: -123_450).dutch() == "-€ 1.234,50")
    }

    @Test("another currency shows its code")
    func currency() {
        #expect(Money(cents: 1_000, currency: "USD").dutch() == "USD 10")
        #expect(Money(cents: 1_000).currency == "EUR")
    }
}
