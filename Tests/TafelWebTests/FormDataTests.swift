@testable import TafelWeb
import Testing

@Suite("Formuliervelden")
struct FormDataTests {
    @Test("the rows of a repeated group, also nested in another row, in the order of their numbers")
    func rows() {
        let form = FormData("vragen%5B1%5D.tekst=b&vragen%5B0%5D.tekst=a&vragen%5B0%5D.antwoorden%5B2%5D.tekst=x"
                            + "&vragen%5B0%5D.antwoorden%5B0%5D.op=2012&vragen%5B12%5D.tekst=te+ver&vragen%5Bx%5D.tekst=geen+nummer")
        #expect(form.rows("vragen", limit: 10) == ["vragen[0]", "vragen[1]"])
        #expect(form.rows("vragen[0].antwoorden", limit: 10) == ["vragen[0].antwoorden[0]", "vragen[0].antwoorden[2]"])
        #expect(form.rows("vragen[1].antwoorden", limit: 10).isEmpty)
        #expect(form["vragen[12].tekst"] == "te ver")
    }
}
