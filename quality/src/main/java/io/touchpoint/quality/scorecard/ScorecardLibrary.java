package io.touchpoint.quality.scorecard;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scorecards in use: the built-in ones (customer service, sales, collections) and any read
 * from files. A file's scorecard with the name of an earlier one replaces it.
 *
 * <pre>{@code
 * ScorecardLibrary cards = ScorecardLibrary.builtInWith(List.of(Path.of("my-sales.yaml")));
 * Scorecard sales = cards.get("sales");
 * }</pre>
 */
public final class ScorecardLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(ScorecardLibrary.class);

    /** The built-in scorecards, in order. */
    public static final List<String> BUILT_IN = List.of("customer-service", "sales", "collections");

    private static final String RESOURCE = "/io/touchpoint/quality/scorecards/%s.yaml";

    private final Map<String, Scorecard> byName;

    private ScorecardLibrary(Map<String, Scorecard> byName) {
        this.byName = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byName));
    }

    /** The built-in scorecards only. */
    public static ScorecardLibrary builtIn() {
        return builtInWith(List.of());
    }

    /**
     * The built-in scorecards, then the files in order (replacing built-ins of the same name).
     *
     * @throws ScorecardException listing every problem of every file
     */
    public static ScorecardLibrary builtInWith(List<Path> files) {
        List<Scorecard> cards = new ArrayList<>();
        for (String name : BUILT_IN) {
            cards.add(ScorecardParser.parse(name + ".yaml", resource(name)));
        }
        cards.addAll(readFiles(files));
        return of(cards);
    }

    /** Only the scorecards in these files. */
    public static ScorecardLibrary load(List<Path> files) {
        return of(readFiles(files));
    }

    /** The given scorecards; a later one replaces an earlier one of the same name. */
    public static ScorecardLibrary of(List<Scorecard> scorecards) {
        Map<String, Scorecard> byName = new LinkedHashMap<>();
        for (Scorecard card : scorecards) {
            Scorecard previous = byName.put(card.name(), card);
            if (previous != null) {
                LOG.info("scorecard {} from {} replaces the one from {}", card.name(), card.source(), previous.source());
            }
        }
        return new ScorecardLibrary(byName);
    }

    private static List<Scorecard> readFiles(List<Path> files) {
        List<Scorecard> cards = new ArrayList<>();
        List<ScorecardProblem> problems = new ArrayList<>();
        for (Path file : requireNonNull(files, "files is null")) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw TouchpointException.userError("cannot read scorecard file " + file + ": " + e.getMessage()
                        + "; check the path");
            }
            try {
                cards.add(ScorecardParser.parse(file.toString(), text));
            } catch (ScorecardException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ScorecardException(problems);
        }
        return cards;
    }

    private static String resource(String name) {
        String path = String.format(RESOURCE, name);
        try (InputStream in = ScorecardLibrary.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("built-in scorecard " + path + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read built-in scorecard " + path, e);
        }
    }

    public List<Scorecard> all() {
        return List.copyOf(byName.values());
    }

    public Optional<Scorecard> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The scorecard called {@code name}.
     *
     * @throws TouchpointException USER_ERROR naming the known scorecards
     */
    public Scorecard get(String name) {
        Scorecard card = byName.get(requireNonNull(name, "name is null"));
        if (card == null) {
            throw TouchpointException.userError("unknown scorecard '" + name + "'" + NearestName.hint(name, byName.keySet())
                    + "; known: " + String.join(", ", byName.keySet()));
        }
        return card;
    }
}
