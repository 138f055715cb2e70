/// A page as the layout frames it: its shell (title, navigation, breadcrumbs) and the
/// content of `<main>`. Every page model conforms; its `main` is a typed view.
protocol PageView: Sendable {
    var shell: Shell { get }
    var main: HTML { get }
}
