import Prometheus

enum PrometheusCollectorRegistryForTests {
    /// A registry with one counter in it, so that `/metrics` has something to show.
    static func make() -> PrometheusCollectorRegistry {
        let registry = PrometheusCollectorRegistry()
        registry.makeCounter(descriptor: MetricNameDescriptor(
            namespace: "tafel", subsystem: "test", metricName: "marker", unitName: "total", helpText: "Test marker"))
            .increment()
        return registry
    }
}
