package io.touchpoint.core.ingest;

import io.touchpoint.core.TouchpointException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** The connectors on the class path, by name; fails with the known names for an unknown one. */
public final class ConnectorRegistry {

    private final Map<String, Connector> byName = new LinkedHashMap<>();

    public ConnectorRegistry(List<Connector> connectors) {
        for (Connector connector : connectors) {
            Connector previous = byName.putIfAbsent(connector.name(), connector);
            if (previous != null) {
                throw new IllegalStateException("two connectors are named '" + connector.name() + "': "
                        + previous.getClass().getName() + " and " + connector.getClass().getName());
            }
        }
    }

    /** Every connector registered through {@code META-INF/services}. */
    public static ConnectorRegistry load() {
        return new ConnectorRegistry(ServiceLoader.load(Connector.class).stream().map(ServiceLoader.Provider::get).toList());
    }

    public List<Connector> all() {
        return List.copyOf(byName.values());
    }

    public Connector byName(String name) {
        Connector connector = byName.get(name);
        if (connector == null) {
            throw TouchpointException.userError("unknown connector '" + name + "'; known connectors: "
                    + String.join(", ", byName.keySet()));
        }
        return connector;
    }

    /** The first connector, in registration order, that reads {@code file}. */
    public Optional<Connector> forFile(Path file) {
        return byName.values().stream().filter(connector -> connector.canRead(file)).findFirst();
    }

    /** The first connector, in registration order, that reads {@code file} under {@code options}. */
    public Optional<Connector> forFile(Path file, IngestOptions options) {
        return byName.values().stream().filter(connector -> connector.canRead(file, options)).findFirst();
    }
}
