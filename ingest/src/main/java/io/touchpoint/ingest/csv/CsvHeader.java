package io.touchpoint.ingest.csv;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A CSV header. Columns are found by exact name first, then by a loose key (lower case, letters
 * and digits only) so that {@code started_at}, {@code startedAt} and {@code Started At} match.
 */
public final class CsvHeader {

    private final List<String> names;
    private final Map<String, Integer> exact = new HashMap<>();
    private final Map<String, Integer> loose = new HashMap<>();

    public CsvHeader(List<String> names) {
        this.names = List.copyOf(requireNonNull(names, "names is null"));
        for (int i = 0; i < this.names.size(); i++) {
            exact.putIfAbsent(this.names.get(i).strip(), i);
            loose.putIfAbsent(looseKey(this.names.get(i)), i);
        }
    }

    /** {@code "Started At"} and {@code "started_at"} both become {@code "startedat"}. */
    public static String looseKey(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                key.append(c);
            }
        }
        return key.toString();
    }

    public List<String> names() {
        return names;
    }

    public int size() {
        return names.size();
    }

    public OptionalInt indexOf(String name) {
        Integer index = exact.get(name.strip());
        if (index == null) {
            index = loose.get(looseKey(name));
        }
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    public boolean has(String name) {
        return indexOf(name).isPresent();
    }

    /** The header's own spelling of the first of {@code candidates} it has. */
    public Optional<String> find(String... candidates) {
        for (String candidate : candidates) {
            OptionalInt index = indexOf(candidate);
            if (index.isPresent()) {
                return Optional.of(names.get(index.getAsInt()));
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return String.join(", ", names);
    }
}
