package io.touchpoint.rules;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Turn;
import io.touchpoint.rules.engine.CompiledRule;
import io.touchpoint.rules.engine.Hit;
import io.touchpoint.rules.engine.Percolator;
import io.touchpoint.rules.engine.RuleEngine;
import io.touchpoint.rules.engine.TranscriptAnalyzer;
import io.touchpoint.rules.language.RuleFileParser;
import io.touchpoint.rules.phonetic.PronunciationDictionaries;
import io.touchpoint.rules.phonetic.PronunciationDictionary;
import io.touchpoint.rules.semantic.MiniLmSentenceEmbedder;
import io.touchpoint.rules.semantic.SentenceEmbedder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A compiled, immutable set of rules: parse YAML files, compile them to Lucene queries, and
 * evaluate them on interactions. Thread-safe.
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.builtInWith(List.of(Path.of("my-rules.yaml")));   // built-in packs, then overrides
 * List<Finding> findings = rules.findings(analyzedInteraction);
 * }</pre>
 *
 * <p>Files are read in order; a rule whose id was defined by an earlier file replaces it, and a
 * file's {@code disable:} list (or a rule with {@code enabled: false}) removes earlier rules.
 */
public final class RuleSet {

    private static final Logger LOG = LoggerFactory.getLogger(RuleSet.class);

    /** The analyzer name recorded on every finding. */
    public static final String ANALYZER_NAME = "rules";

    /** At most this many evidence spans per finding; the rest add nothing a reviewer needs. */
    static final int MAX_EVIDENCE = 20;

    /** The built-in packs, in load order. */
    public static final List<String> BUILT_IN_PACKS = List.of(
            "contact-reasons-telecom", "contact-reasons-banking", "contact-reasons-retail",
            "agent-behaviours", "customer-signals",
            "compliance-collections", "compliance-recording", "compliance-pci", "compliance-prohibited-language");

    private static final String PACK_RESOURCE = "/io/touchpoint/rules/packs/%s.yaml";

    /**
     * The finding type of the notes that go with a rule finding whose hits are uncertain: words
     * that only sound like the phrase, or a phrase only in the recognizer's alternatives. Name:
     * the rule finding's name; label: the note ("heard 'death' for 'debt'"); evidence: the hit.
     */
    public static final String MATCH_NOTE_TYPE = "match_note";

    /**
     * The outcome of one rule on one interaction.
     *
     * @param notes {@link #MATCH_NOTE_TYPE} findings for hits that were heard rather than read
     */
    public record RuleOutcome(Rule rule, boolean applicable, boolean matched, Finding finding, List<Finding> notes) {
        public RuleOutcome {
            requireNonNull(rule, "rule is null");
            notes = List.copyOf(notes);
        }

        public RuleOutcome(Rule rule, boolean applicable, boolean matched, Finding finding) {
            this(rule, applicable, matched, finding, List.of());
        }
    }

    private final RuleEngine engine;
    private final List<Rule> rules;
    private final Taxonomy taxonomy;
    private final int queryCount;

    private RuleSet(RuleEngine engine, int queryCount) {
        this.engine = engine;
        this.rules = engine.rules().stream().map(CompiledRule::rule).toList();
        this.taxonomy = Taxonomy.of(rules);
        this.queryCount = queryCount;
    }

    /** All built-in packs. */
    public static RuleSet builtIn() {
        return fromSources(builtInSources(), MiniLmSentenceEmbedder::shared);
    }

    /** The built-in packs followed by the given files, which may override or disable built-in rules. */
    public static RuleSet builtInWith(List<Path> files) {
        List<RuleSource> sources = new ArrayList<>(builtInSources());
        files.forEach(file -> sources.add(RuleSource.ofFile(file)));
        return fromSources(sources, MiniLmSentenceEmbedder::shared);
    }

    /** Only the given files. */
    public static RuleSet load(List<Path> files) {
        return fromSources(files.stream().map(RuleSource::ofFile).toList(), MiniLmSentenceEmbedder::shared);
    }

    /** The sources of the built-in packs, e.g. to load some of them with other files. */
    public static List<RuleSource> builtInSources() {
        return BUILT_IN_PACKS.stream().map(RuleSet::builtInSource).toList();
    }

    public static RuleSource builtInSource(String pack) {
        if (!BUILT_IN_PACKS.contains(pack)) {
            throw new IllegalArgumentException("unknown built-in pack '" + pack + "' (expected one of " + BUILT_IN_PACKS + ")");
        }
        return RuleSource.ofResource(String.format(PACK_RESOURCE, pack));
    }

    /**
     * Parses and compiles rule sources.
     *
     * @param embedder gives the sentence embedding model; called only if a rule uses {@code semantic:}
     * @throws RuleSetException listing every problem with file and line
     */
    public static RuleSet fromSources(List<RuleSource> sources, Supplier<SentenceEmbedder> embedder) {
        return fromSources(sources, embedder, PronunciationDictionaries::standard);
    }

    /**
     * Parses and compiles rule sources with a given pronunciation dictionary for {@code sounds_like:}.
     *
     * @param pronunciations gives the dictionary; called only if a rule uses {@code sounds_like:}
     *     (default: {@link PronunciationDictionaries#standard()})
     * @throws RuleSetException listing every problem with file and line
     */
    public static RuleSet fromSources(List<RuleSource> sources, Supplier<SentenceEmbedder> embedder,
            Supplier<Optional<PronunciationDictionary>> pronunciations) {
        requireNonNull(sources, "sources is null");
        Supplier<SentenceEmbedder> model = memoize(requireNonNull(embedder, "embedder is null"));
        TranscriptAnalyzer analyzer = new TranscriptAnalyzer();
        Percolator percolator = new Percolator();
        RuleFileParser parser = new RuleFileParser(analyzer, percolator, model,
                memoize(requireNonNull(pronunciations, "pronunciations is null")));
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, CompiledRule> byId = new LinkedHashMap<>();
        for (RuleSource source : sources) {
            RuleFileParser.ParsedFile file = parser.parse(source);
            problems.addAll(file.problems());
            for (CompiledRule rule : file.rules()) {
                CompiledRule previous = byId.remove(rule.rule().id());
                if (previous != null) {
                    LOG.info("rule {} from {} overrides the one from {}", rule.rule().id(), source.name(), previous.rule().source());
                }
                byId.put(rule.rule().id(), rule);
            }
            for (RuleFileParser.Disable disable : file.disabled()) {
                if (byId.remove(disable.ruleId()) != null) {
                    LOG.info("rule {} disabled by {}", disable.ruleId(), source.name());
                } else if (file.rules().stream().noneMatch(r -> r.rule().id().equals(disable.ruleId()))) {
                    LOG.warn("{}:{}: disables rule '{}', which no earlier file defines", disable.source(), disable.line(),
                            disable.ruleId());
                }
            }
        }
        List<CompiledRule> ordered = order(byId, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        RuleEngine engine = new RuleEngine(ordered, percolator, analyzer, model);
        LOG.info("compiled {} rules from {} files into {} Lucene queries", ordered.size(), sources.size(), percolator.size());
        return new RuleSet(engine, percolator.size());
    }

    /** Orders rules so that every referenced rule comes before the rules that refer to it. */
    private static List<CompiledRule> order(Map<String, CompiledRule> byId, List<RuleProblem> problems) {
        List<CompiledRule> ordered = new ArrayList<>();
        Map<String, Integer> state = new HashMap<>();
        for (CompiledRule rule : byId.values()) {
            visit(rule, byId, state, ordered, problems, new LinkedHashSet<>());
        }
        List<CompiledRule> indexed = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            indexed.add(ordered.get(i).withIndex(i));
        }
        return indexed;
    }

    private static void visit(CompiledRule rule, Map<String, CompiledRule> byId, Map<String, Integer> state,
            List<CompiledRule> ordered, List<RuleProblem> problems, LinkedHashSet<String> path) {
        String id = rule.rule().id();
        Integer current = state.get(id);
        if (current != null && current == 2) {
            return;
        }
        if (current != null) {
            problems.add(new RuleProblem(rule.rule().source(), rule.rule().line(), 0,
                    "rule '" + id + "': rule references form a cycle: " + String.join(" -> ", path) + " -> " + id));
            return;
        }
        state.put(id, 1);
        path.add(id);
        for (String reference : rule.references()) {
            CompiledRule target = byId.get(reference);
            if (target == null) {
                problems.add(new RuleProblem(rule.rule().source(), rule.rule().line(), 0, "rule '" + id
                        + "': refers to rule '" + reference + "', which is not defined (or was disabled)"));
                continue;
            }
            visit(target, byId, state, ordered, problems, path);
        }
        path.remove(id);
        state.put(id, 2);
        ordered.add(rule);
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T result = value;
                if (result == null) {
                    synchronized (this) {
                        result = value;
                        if (result == null) {
                            result = requireNonNull(supplier.get(), "the embedder supplier returned null");
                            value = result;
                        }
                    }
                }
                return result;
            }
        };
    }

    public List<Rule> rules() {
        return rules;
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** Distinct Lucene queries the rules compiled to. */
    public int queryCount() {
        return queryCount;
    }

    /** The findings of every rule on one interaction (see {@link RuleType} for their shape). */
    public List<Finding> findings(AnalyzedInteraction input) {
        List<Finding> findings = new ArrayList<>();
        for (RuleOutcome outcome : evaluate(input)) {
            if (outcome.finding() != null) {
                findings.add(outcome.finding());
                findings.addAll(outcome.notes());
            }
        }
        return findings;
    }

    /** Every rule's outcome on one interaction, including rules that did not apply or match. */
    public List<RuleOutcome> evaluate(AnalyzedInteraction input) {
        requireNonNull(input, "input is null");
        List<RuleEngine.RuleResult> results = engine.evaluate(input);
        List<RuleOutcome> outcomes = new ArrayList<>(results.size());
        List<Turn> turns = input.interaction().turns();
        double meanConfidence = meanConfidence(turns);
        for (RuleEngine.RuleResult result : results) {
            Rule rule = result.rule().rule();
            Finding finding = null;
            List<Finding> notes = List.of();
            if (result.match().matched()) {
                finding = matchedFinding(rule, result.match().hits(), turns, meanConfidence);
                notes = notes(rule, result.match().hits(), turns);
            } else if (result.applicable() && rule.type() == RuleType.BEHAVIOUR) {
                finding = new Finding(ANALYZER_NAME, rule.type().findingType(), rule.findingName(), "missing", 0,
                        meanConfidence, List.of(Evidence.WHOLE_INTERACTION));
            }
            outcomes.add(new RuleOutcome(rule, result.applicable(), result.match().matched(), finding, notes));
        }
        return outcomes;
    }

    private static Finding matchedFinding(Rule rule, List<Hit> hits, List<Turn> turns, double meanConfidence) {
        String label = switch (rule.type()) {
            case CATEGORY, EVENT -> rule.pack();
            case COMPLIANCE -> "violation";
            case BEHAVIOUR -> "present";
        };
        if (hits.isEmpty()) {
            return new Finding(ANALYZER_NAME, rule.type().findingType(), rule.findingName(), label, 1.0,
                    meanConfidence, List.of(Evidence.WHOLE_INTERACTION));
        }
        double score = 0;
        double speechConfidence = 1.0;
        List<Evidence> evidence = new ArrayList<>(Math.min(hits.size(), MAX_EVIDENCE));
        for (Hit hit : hits) {
            score = Math.max(score, hit.similarity());
            speechConfidence = Math.min(speechConfidence, turns.get(hit.turn()).confidence());
            if (evidence.size() < MAX_EVIDENCE) {
                evidence.add(hit.toEvidence());
            }
        }
        return new Finding(ANALYZER_NAME, rule.type().findingType(), rule.findingName(), label, score,
                speechConfidence * score, evidence);
    }

    /** A note for each hit (up to the evidence limit) that was heard rather than read. */
    private static List<Finding> notes(Rule rule, List<Hit> hits, List<Turn> turns) {
        List<Finding> notes = null;
        for (Hit hit : hits) {
            if (hit.note().isEmpty()) {
                continue;
            }
            if (notes == null) {
                notes = new ArrayList<>();
            } else if (notes.size() >= MAX_EVIDENCE) {
                break;
            }
            notes.add(new Finding(ANALYZER_NAME, MATCH_NOTE_TYPE, rule.findingName(), hit.note(), hit.similarity(),
                    turns.get(hit.turn()).confidence() * hit.similarity(), List.of(hit.toEvidence())));
        }
        return notes == null ? List.of() : notes;
    }

    /** For findings without spans: how well the words were heard overall (1 for typed text or no turns). */
    private static double meanConfidence(List<Turn> turns) {
        return turns.stream().mapToDouble(Turn::confidence).average().orElse(1.0);
    }
}
