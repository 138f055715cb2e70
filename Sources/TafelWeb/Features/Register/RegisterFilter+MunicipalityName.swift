import TafelCore
import TafelStore

extension RegisterFilter {
    /// `gemeente` as a reader types it: a CBS code or a known id as it is; a municipality's
    /// name ("Assen", "assen", "Gemeente Assen", "de wolden") as that municipality's id; any
    /// other valid id as it is (it may be another organisation's). A name that is none of
    /// these is a problem for the field, and the filter is left out.
    func resolvingMunicipalityName(in municipalities: [Catalog.Choice]) -> (filter: RegisterFilter, problem: FieldProblem?) {
        guard let typed = municipality, CBSCode.normalised(typed) == nil, !municipalities.contains(where: { $0.id == typed }) else {
            return (self, nil)
        }
        let wanted = [Slug.make(from: typed), Slug.make(from: "Gemeente " + typed)]
        if let match = municipalities.first(where: { wanted.contains(Slug.make(from: $0.name)) }) {
            var resolved = self
            resolved.municipality = match.id
            return (resolved, nil)
        }
        if Slug.isValid(typed) { return (self, nil) }
        var without = self
        without.municipality = nil
        return (without, FieldProblem(field: "gemeente", code: "onbekend",
                                      message: "gemeente ‘\(typed)’ is geen gemeente die Tafel kent; kies er een uit de lijst of geef een CBS-code (zoals GM0106)."))
    }
}
