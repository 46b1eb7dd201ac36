package io.touchpoint.rules.language;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Direction;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Outcome;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.rules.Rule;
import io.touchpoint.rules.RuleExample;
import io.touchpoint.rules.RuleProblem;
import io.touchpoint.rules.RuleSource;
import io.touchpoint.rules.RuleType;
import io.touchpoint.rules.engine.CompiledRule;
import io.touchpoint.rules.engine.Condition;
import io.touchpoint.rules.engine.LexicalSource;
import io.touchpoint.rules.engine.Percolator;
import io.touchpoint.rules.engine.PhraseCompiler;
import io.touchpoint.rules.engine.TimeWindow;
import io.touchpoint.rules.engine.TranscriptAnalyzer;
import io.touchpoint.rules.phonetic.PhoneticPhrase;
import io.touchpoint.rules.phonetic.PronunciationDictionaries;
import io.touchpoint.rules.phonetic.PronunciationDictionary;
import io.touchpoint.rules.semantic.SentenceEmbedder;
import io.touchpoint.rules.yaml.YamlNode;
import io.touchpoint.rules.yaml.YamlTreeReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoublePredicate;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.flexible.core.QueryNodeException;
import org.apache.lucene.queryparser.flexible.standard.StandardQueryParser;
import org.apache.lucene.search.Query;

/**
 * Reads one rule file of the category and event language (see {@code docs/rules.md}) and
 * compiles its rules: phrases to Lucene intervals registered with the percolator, everything
 * else to {@link Condition} trees. Every problem is collected with its line; a rule with a
 * problem is left out and the next one is still read.
 */
public final class RuleFileParser {

    /** The result of reading one file. */
    public record ParsedFile(String pack, List<CompiledRule> rules, List<Disable> disabled, List<RuleProblem> problems) {
        public ParsedFile {
            rules = List.copyOf(rules);
            disabled = List.copyOf(disabled);
            problems = List.copyOf(problems);
        }
    }

    /** A {@code disable:} entry, or a rule written with {@code enabled: false}. */
    public record Disable(String ruleId, String source, int line) {
    }

    static final Set<String> FILE_KEYS = Set.of("pack", "description", "filter", "rules", "disable");
    static final Set<String> RULE_KEYS = Set.of("id", "type", "category", "name", "description", "filter", "when",
            "enabled", "severity", "examples");
    static final Set<String> LEXICAL_KINDS = Set.of("phrases", "phrase", "near", "lucene");
    static final Set<String> KINDS = Set.of("phrases", "phrase", "near", "lucene", "sounds_like", "semantic", "all", "any", "not",
            "after", "sentiment", "emotion", "pii", "finding", "metric", "silence", "channel", "queue", "direction",
            "duration", "outcome", "attribute", "language", "rule");
    static final Set<String> MODIFIERS = Set.of("speaker", "first", "last", "at_least");
    static final Map<String, Set<String>> KIND_MODIFIERS = Map.of(
            "near", Set.of("within", "ordered"),
            "after", Set.of("then", "never", "within"),
            "sentiment", Set.of("overall"),
            "sounds_like", Set.of("tolerance"));
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]*");
    private static final Pattern WINDOW = Pattern.compile(
            "^\\s*(\\d+)\\s*(s|sec|secs|seconds?|m|min|mins|minutes?|turns?)\\s*$");
    static final double DEFAULT_SEMANTIC_THRESHOLD = 0.7;
    static final int DEFAULT_NEAR_WORDS = 5;

    /** A problem at a node; caught per rule so that one bad rule does not hide the others. */
    private static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        Problem(YamlNode node, String message) {
            this(node.line(), node.column(), message);
        }

        Problem(int line, int column, String message) {
            super(message, null, false, false);
            this.line = Math.max(1, line);
            this.column = column;
        }
    }

    private final PhraseCompiler phrases;
    private final Percolator percolator;
    private final TranscriptAnalyzer analyzer;
    private final Supplier<SentenceEmbedder> embedder;
    private final Supplier<Optional<PronunciationDictionary>> pronunciations;
    private String sourceName;
    /** The file's own {@code filter:}, applied to each of its rules. */
    private Condition packFilter;
    private String currentRuleId;
    private List<String> references;

    public RuleFileParser(TranscriptAnalyzer analyzer, Percolator percolator, Supplier<SentenceEmbedder> embedder) {
        this(analyzer, percolator, embedder, PronunciationDictionaries::standard);
    }

    /**
     * @param pronunciations gives the pronunciation dictionary; called only if a rule uses
     *     {@code sounds_like:}, and such a rule fails to load when it gives none
     */
    public RuleFileParser(TranscriptAnalyzer analyzer, Percolator percolator, Supplier<SentenceEmbedder> embedder,
            Supplier<Optional<PronunciationDictionary>> pronunciations) {
        this.analyzer = requireNonNull(analyzer, "analyzer is null");
        this.percolator = requireNonNull(percolator, "percolator is null");
        this.phrases = new PhraseCompiler(analyzer, percolator.dictionary());
        this.embedder = requireNonNull(embedder, "embedder is null");
        this.pronunciations = requireNonNull(pronunciations, "pronunciations is null");
    }

    public ParsedFile parse(RuleSource source) {
        sourceName = source.name();
        currentRuleId = null;
        List<RuleProblem> problems = new ArrayList<>();
        List<CompiledRule> rules = new ArrayList<>();
        List<Disable> disabled = new ArrayList<>();
        YamlNode root;
        try {
            root = YamlTreeReader.read(source.text());
        } catch (YamlTreeReader.YamlSyntaxException e) {
            problems.add(new RuleProblem(sourceName, Math.max(1, e.line()), e.column(), e.getMessage()));
            return new ParsedFile("", rules, disabled, problems);
        }
        String pack = "";
        try {
            YamlNode.Mapping file = mapping(root, "a rule file");
            checkKeys(file, FILE_KEYS, "rule file");
            pack = requiredString(file, "pack");
            if (file.entries().containsKey("disable")) {
                for (YamlNode id : list(file.entries().get("disable"), "disable")) {
                    disabled.add(new Disable(scalar(id, "a rule id to disable"), sourceName, id.line()));
                }
            }
            YamlNode ruleList = file.entries().get("rules");
            if (ruleList == null && disabled.isEmpty()) {
                throw new Problem(file, "rule file has no 'rules:' list");
            }
            packFilter = null;
            if (file.entries().containsKey("filter")) {
                references = new ArrayList<>();
                packFilter = condition(file.entries().get("filter"));
            }
            Set<String> seen = new HashSet<>();
            for (YamlNode ruleNode : ruleList == null ? List.<YamlNode>of() : list(ruleList, "rules")) {
                try {
                    ParsedRule rule = rule(ruleNode, pack);
                    if (!seen.add(rule.rule().id())) {
                        throw new Problem(ruleNode, "rule id '" + rule.rule().id() + "' is used twice in this file");
                    }
                    if (rule.compiled() == null) {
                        disabled.add(new Disable(rule.rule().id(), sourceName, ruleNode.line()));
                    } else {
                        rules.add(rule.compiled());
                    }
                } catch (Problem problem) {
                    problems.add(toProblem(problem));
                }
            }
        } catch (Problem problem) {
            problems.add(toProblem(problem));
        }
        return new ParsedFile(pack, rules, disabled, problems);
    }

    private RuleProblem toProblem(Problem problem) {
        String prefix = currentRuleId == null ? "" : "rule '" + currentRuleId + "': ";
        return new RuleProblem(sourceName, problem.line, problem.column, prefix + problem.getMessage());
    }

    // ---- rules -----------------------------------------------------------------------------

    private ParsedRule rule(YamlNode node, String pack) throws Problem {
        currentRuleId = null;
        references = new ArrayList<>();
        YamlNode.Mapping rule = mapping(node, "a rule");
        String id = requiredString(rule, "id");
        if (!ID.matcher(id).matches()) {
            throw new Problem(rule.entries().get("id"), "rule id '" + id
                    + "' may contain only letters, digits, '_', '.' and '-'");
        }
        currentRuleId = id;
        checkKeys(rule, RULE_KEYS, "rule");
        RuleType type;
        try {
            type = RuleType.parse(requiredString(rule, "type"));
        } catch (IllegalArgumentException e) {
            throw new Problem(rule.entries().get("type"), e.getMessage());
        }
        String findingName = findingName(rule, type, id);
        String description = optionalString(rule, "description", "");
        boolean enabled = !rule.entries().containsKey("enabled") || bool(rule.entries().get("enabled"), "enabled");
        List<RuleExample> examples = rule.entries().containsKey("examples")
                ? examples(rule.entries().get("examples"))
                : List.of();
        Rule described = new Rule(id, type, findingName, pack, description, sourceName, node.line(), examples);
        if (!enabled) {
            return new ParsedRule(described, null);
        }
        YamlNode whenNode = rule.entries().get("when");
        if (whenNode == null) {
            throw new Problem(rule, "rule has no 'when:' condition");
        }
        Condition filter = rule.entries().containsKey("filter") ? condition(rule.entries().get("filter")) : null;
        if (packFilter != null) {
            filter = filter == null ? packFilter : new Condition.All(List.of(packFilter, filter));
        }
        Condition when = condition(whenNode);
        return new ParsedRule(described, new CompiledRule(described, filter, when, -1, references));
    }

    /** A rule as read: compiled, or {@code compiled} null when written with {@code enabled: false}. */
    private record ParsedRule(Rule rule, CompiledRule compiled) {
    }

    private String findingName(YamlNode.Mapping rule, RuleType type, String id) throws Problem {
        if (type == RuleType.CATEGORY) {
            if (rule.entries().containsKey("name")) {
                throw new Problem(rule.entries().get("name"), "a category rule is named by its 'category:' path, not 'name:'");
            }
            String path = requiredString(rule, "category");
            List<String> segments = new ArrayList<>();
            for (String segment : path.split("/", -1)) {
                String trimmed = segment.strip();
                if (trimmed.isEmpty()) {
                    throw new Problem(rule.entries().get("category"), "category path '" + path
                            + "' has an empty level; write levels like 'Billing/Late fee'");
                }
                segments.add(trimmed);
            }
            return String.join("/", segments);
        }
        if (rule.entries().containsKey("category")) {
            throw new Problem(rule.entries().get("category"), "only rules of type category have a 'category:' path");
        }
        return optionalString(rule, "name", id);
    }

    // ---- conditions ------------------------------------------------------------------------

    private Condition condition(YamlNode node) throws Problem {
        YamlNode.Mapping map = mapping(node, "a condition (a mapping such as {phrases: [...]})");
        String kind = kindOf(map);
        Set<String> allowed = new HashSet<>(MODIFIERS);
        allowed.add(kind);
        allowed.addAll(KIND_MODIFIERS.getOrDefault(kind, Set.of()));
        for (Map.Entry<String, YamlNode> entry : map.entries().entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                Set<String> known = new HashSet<>(allowed);
                throw new Problem(map.lineOf(entry.getKey()), entry.getValue().column(), "'" + entry.getKey()
                        + "' cannot be used in a '" + kind + "' condition" + DidYouMean.hint(entry.getKey(), known)
                        + "; allowed here: " + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
        YamlNode value = map.entries().get(kind);
        Condition condition = switch (kind) {
            case "phrases", "phrase", "near", "lucene" -> lexical(map, kind);
            case "semantic" -> semantic(value);
            case "sounds_like" -> phonetic(map, value);
            case "all" -> new Condition.All(conditions(value, "all"));
            case "any" -> new Condition.Any(conditions(value, "any"));
            case "not" -> new Condition.Not(condition(value));
            case "after" -> after(map);
            case "sentiment" -> sentiment(map, value);
            case "emotion" -> namedFinding("emotion", value);
            case "pii" -> namedFinding("pii", value);
            case "finding" -> finding(value);
            case "metric" -> metric(value);
            case "silence" -> new Condition.Silence(Math.round(seconds(value, "silence") * 1000));
            case "rule" -> ruleReference(value);
            default -> metadata(kind, value);
        };
        Speaker speaker = map.entries().containsKey("speaker") ? speaker(map.entries().get("speaker")) : null;
        List<TimeWindow> windows = new ArrayList<>();
        if (map.entries().containsKey("first")) {
            windows.add(window(map.entries().get("first"), TimeWindow.Edge.FIRST));
        }
        if (map.entries().containsKey("last")) {
            windows.add(window(map.entries().get("last"), TimeWindow.Edge.LAST));
        }
        if (speaker != null || !windows.isEmpty()) {
            condition = new Condition.Scoped(condition, speaker, windows);
        }
        if (map.entries().containsKey("at_least")) {
            int count = positiveInt(map.entries().get("at_least"), "at_least");
            condition = new Condition.AtLeast(condition, count);
        }
        return condition;
    }

    private String kindOf(YamlNode.Mapping map) throws Problem {
        List<String> kinds = new ArrayList<>();
        for (String key : map.entries().keySet()) {
            if (KINDS.contains(key)) {
                kinds.add(key);
            }
        }
        if (kinds.size() == 1) {
            return kinds.getFirst();
        }
        if (kinds.isEmpty()) {
            String first = map.entries().keySet().stream().filter(k -> !MODIFIERS.contains(k)).findFirst().orElse("");
            Set<String> everything = new HashSet<>(KINDS);
            everything.addAll(MODIFIERS);
            throw new Problem(map, "condition has none of the condition keys"
                    + (first.isEmpty() ? "" : "; unknown key '" + first + "'" + DidYouMean.hint(first, everything))
                    + " (expected one of: " + String.join(", ", new java.util.TreeSet<>(KINDS)) + ")");
        }
        throw new Problem(map, "condition mixes " + String.join(" and ", kinds)
                + "; put them in separate conditions under 'all:' or 'any:'");
    }

    private List<Condition> conditions(YamlNode node, String key) throws Problem {
        List<Condition> parts = new ArrayList<>();
        for (YamlNode item : list(node, key)) {
            parts.add(condition(item));
        }
        if (parts.isEmpty()) {
            throw new Problem(node, "'" + key + "' needs at least one condition");
        }
        return parts;
    }

    private Condition lexical(YamlNode.Mapping map, String kind) throws Problem {
        if (kind.equals("lucene")) {
            YamlNode value = map.entries().get("lucene");
            String text = scalar(value, "a Lucene query");
            try {
                StandardQueryParser parser = new StandardQueryParser(analyzer);
                Query query = parser.parse(TranscriptAnalyzer.protectPlaceholders(text), "text");
                return new Condition.Lexical(new int[] {percolator.registerParsed(text, query)}, text);
            } catch (QueryNodeException e) {
                throw new Problem(value, "cannot parse Lucene query '" + text + "': " + e.getMessage());
            }
        }
        if (map.entries().containsKey("phrases") || map.entries().containsKey("phrase")) {
            YamlNode value = map.entries().containsKey("phrases") ? map.entries().get("phrases") : map.entries().get("phrase");
            List<YamlNode> items = value instanceof YamlNode.Sequence sequence ? sequence.items() : List.of(value);
            LexicalSource checked = phrasesSource(items);
            List<String> patterns = new ArrayList<>();
            for (YamlNode item : items) {
                patterns.add(scalar(item, "a phrase"));
            }
            try {
                int[] ids = phrases.compileEach(patterns).stream().mapToInt(percolator::register).distinct().toArray();
                return new Condition.Lexical(ids, checked.description());
            } catch (PhraseCompiler.PatternException e) {
                throw new Problem(items.getFirst(), e.getMessage());
            }
        }
        LexicalSource source = lexicalSource(map, false);
        return new Condition.Lexical(new int[] {percolator.register(source)}, source.description());
    }

    /**
     * Phrases, a NEAR group, or an {@code any:} of those, as one intervals source. The parts of
     * a NEAR group ({@code nested}) cannot carry speaker or position: those apply to the group.
     */
    private LexicalSource lexicalSource(YamlNode node, boolean nested) throws Problem {
        if (node instanceof YamlNode.Scalar scalar) {
            return phrasesSource(List.of(scalar));
        }
        YamlNode.Mapping map = mapping(node, "phrases or a near group");
        if (nested) {
            for (String key : MODIFIERS) {
                if (map.entries().containsKey(key)) {
                    throw new Problem(map.lineOf(key), 0, "'" + key
                            + "' applies to the whole near group, not to one of its parts");
                }
            }
        }
        if (map.entries().containsKey("phrases") || map.entries().containsKey("phrase")) {
            if (nested) {
                checkKeys(map, Set.of("phrases", "phrase"), "a part of 'near'");
            }
            YamlNode value = map.entries().containsKey("phrases") ? map.entries().get("phrases") : map.entries().get("phrase");
            return phrasesSource(value instanceof YamlNode.Sequence sequence ? sequence.items() : List.of(value));
        }
        if (map.entries().containsKey("near")) {
            if (nested) {
                checkKeys(map, Set.of("near", "within", "ordered"), "a part of 'near'");
            }
            List<LexicalSource> operands = new ArrayList<>();
            YamlNode operandsNode = map.entries().get("near");
            for (YamlNode operand : list(operandsNode, "near")) {
                operands.add(lexicalSource(operand, true));
            }
            if (operands.size() < 2) {
                throw new Problem(operandsNode, "'near' needs at least two parts");
            }
            int within = map.entries().containsKey("within")
                    ? words(map.entries().get("within"))
                    : DEFAULT_NEAR_WORDS;
            boolean ordered = map.entries().containsKey("ordered") && bool(map.entries().get("ordered"), "ordered");
            String description = "near(" + String.join(", ", operands.stream().map(LexicalSource::description).toList())
                    + "; within " + within + (ordered ? ", ordered" : "") + ")";
            return LexicalSource.near(operands, within, ordered, description);
        }
        if (nested && map.entries().containsKey("any")) {
            checkKeys(map, Set.of("any"), "a part of 'near'");
            List<LexicalSource> alternatives = new ArrayList<>();
            for (YamlNode item : list(map.entries().get("any"), "any")) {
                alternatives.add(lexicalSource(item, true));
            }
            return LexicalSource.anyOf(alternatives, "any(" + String.join(" | ",
                    alternatives.stream().map(LexicalSource::description).toList()) + ")");
        }
        throw new Problem(map, "a part of 'near' must be a phrase, {phrases: [...]}, {near: [...]} or {any: [...]}");
    }

    private LexicalSource phrasesSource(List<YamlNode> items) throws Problem {
        if (items.isEmpty()) {
            throw new Problem(1, 0, "phrase list is empty");
        }
        List<String> patterns = new ArrayList<>();
        for (YamlNode item : items) {
            String pattern = scalar(item, "a phrase");
            try {
                phrases.compileAll(List.of(pattern), pattern);
            } catch (PhraseCompiler.PatternException e) {
                throw new Problem(item, e.getMessage());
            }
            patterns.add(pattern);
        }
        String description = patterns.size() == 1 ? "\"" + patterns.getFirst() + "\""
                : "[" + String.join(", ", patterns.stream().map(p -> "\"" + p + "\"").toList()) + "]";
        try {
            return phrases.compileAll(patterns, description);
        } catch (PhraseCompiler.PatternException e) {
            throw new Problem(items.getFirst(), e.getMessage());
        }
    }

    private Condition phonetic(YamlNode.Mapping map, YamlNode value) throws Problem {
        List<YamlNode> items = value instanceof YamlNode.Sequence sequence ? sequence.items() : List.of(value);
        if (items.isEmpty()) {
            throw new Problem(value, "'sounds_like' is empty");
        }
        double tolerance = PhoneticPhrase.DEFAULT_TOLERANCE;
        if (map.entries().containsKey("tolerance")) {
            tolerance = number(map.entries().get("tolerance"), "tolerance");
            if (!(tolerance >= 0 && tolerance <= PhoneticPhrase.MAX_TOLERANCE)) {
                throw new Problem(map.entries().get("tolerance"), "tolerance " + tolerance + " is outside 0 to "
                        + PhoneticPhrase.MAX_TOLERANCE + " (phone edits allowed per phone of the phrase)");
            }
        }
        PronunciationDictionary dictionary;
        try {
            dictionary = pronunciations.get().orElseThrow(() -> new Problem(value,
                    "'sounds_like' needs a pronunciation dictionary and none was found: "
                            + PronunciationDictionaries.HOW_TO_CONFIGURE));
        } catch (io.touchpoint.core.TouchpointException e) {
            throw new Problem(value, "'sounds_like' cannot load its pronunciation dictionary: " + e.getMessage());
        }
        List<PhoneticPhrase> compiled = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
        for (YamlNode item : items) {
            String pattern = scalar(item, "a phrase");
            try {
                compiled.add(PhoneticPhrase.compile(pattern, dictionary, tolerance));
            } catch (PhoneticPhrase.PatternException e) {
                throw new Problem(item, e.getMessage());
            }
            patterns.add("\"" + pattern + "\"");
        }
        return new Condition.Phonetic(compiled, dictionary, "sounds_like(" + String.join(", ", patterns) + ")");
    }

    private Condition semantic(YamlNode node) throws Problem {
        YamlNode.Mapping map = mapping(node, "a mapping with 'examples:' and optionally 'threshold:'");
        checkKeys(map, Set.of("examples", "threshold"), "semantic condition");
        YamlNode examplesNode = map.entries().get("examples");
        if (examplesNode == null) {
            throw new Problem(map, "a semantic condition needs 'examples:', sentences that mean what to find");
        }
        List<String> examples = new ArrayList<>();
        for (YamlNode example : list(examplesNode, "examples")) {
            examples.add(scalar(example, "an example sentence"));
        }
        if (examples.isEmpty()) {
            throw new Problem(examplesNode, "'examples' is empty");
        }
        double threshold = map.entries().containsKey("threshold")
                ? number(map.entries().get("threshold"), "threshold")
                : DEFAULT_SEMANTIC_THRESHOLD;
        if (!(threshold > 0 && threshold <= 1)) {
            throw new Problem(map.entries().get("threshold"), "threshold " + threshold + " is outside (0, 1]");
        }
        SentenceEmbedder model = embedder.get();
        List<float[]> vectors = new ArrayList<>();
        for (String example : examples) {
            vectors.add(model.embed(example));
        }
        return new Condition.Semantic(vectors, threshold, "semantic(" + examples.getFirst() + ", ...)");
    }

    private Condition after(YamlNode.Mapping map) throws Problem {
        boolean hasThen = map.entries().containsKey("then");
        boolean hasNever = map.entries().containsKey("never");
        if (hasThen == hasNever) {
            throw new Problem(map, "'after' needs exactly one of 'then:' (must follow) or 'never:' (must not follow)");
        }
        Condition first = condition(map.entries().get("after"));
        Condition then = condition(map.entries().get(hasThen ? "then" : "never"));
        TimeWindow window = map.entries().containsKey("within")
                ? window(map.entries().get("within"), TimeWindow.Edge.FIRST)
                : null;
        return new Condition.Sequence(first, then, hasThen, window);
    }

    private Condition sentiment(YamlNode.Mapping map, YamlNode value) throws Problem {
        boolean overall = map.entries().containsKey("overall") && bool(map.entries().get("overall"), "overall");
        Set<String> labels = new LinkedHashSet<>();
        DoublePredicate score = x -> true;
        if (value instanceof YamlNode.Mapping details) {
            checkKeys(details, Set.of("label", "score"), "sentiment condition");
            if (details.entries().containsKey("label")) {
                labels.addAll(lowerNames(details.entries().get("label"), "label"));
            }
            if (details.entries().containsKey("score")) {
                score = numberTest(details.entries().get("score"));
            }
        } else {
            labels.addAll(lowerNames(value, "sentiment"));
        }
        for (String label : labels) {
            if (!Set.of("negative", "neutral", "positive").contains(label)) {
                throw new Problem(value, "sentiment label '" + label + "' is not negative, neutral or positive");
            }
        }
        if (overall) {
            Set<String> names = map.entries().containsKey("speaker")
                    ? Set.of(scalar(map.entries().get("speaker"), "speaker").toLowerCase(Locale.ROOT))
                    : Set.of();
            return new Condition.FindingFact("sentiment.speaker", names.contains("any") ? Set.of() : names, labels,
                    score, "overall sentiment");
        }
        return new Condition.FindingFact("sentiment.turn", Set.of(), labels, score, "turn sentiment");
    }

    private Condition namedFinding(String type, YamlNode value) throws Problem {
        if (value instanceof YamlNode.Mapping details) {
            checkKeys(details, Set.of("name", "score"), type + " condition");
            Set<String> names = details.entries().containsKey("name") ? lowerNames(details.entries().get("name"), "name") : Set.of();
            DoublePredicate score = details.entries().containsKey("score") ? numberTest(details.entries().get("score")) : x -> true;
            return new Condition.FindingFact(type, names, Set.of(), score, type);
        }
        return new Condition.FindingFact(type, lowerNames(value, type), Set.of(), x -> true, type);
    }

    private Condition finding(YamlNode value) throws Problem {
        YamlNode.Mapping details = mapping(value, "a mapping with 'type:' and optionally 'name:', 'label:', 'score:'");
        checkKeys(details, Set.of("type", "name", "label", "score"), "finding condition");
        String type = requiredString(details, "type");
        Set<String> names = details.entries().containsKey("name") ? lowerNames(details.entries().get("name"), "name") : Set.of();
        Set<String> labels = details.entries().containsKey("label") ? lowerNames(details.entries().get("label"), "label") : Set.of();
        DoublePredicate score = details.entries().containsKey("score") ? numberTest(details.entries().get("score")) : x -> true;
        return new Condition.FindingFact(type, names, labels, score, "finding " + type);
    }

    private Condition metric(YamlNode value) throws Problem {
        YamlNode.Mapping details = mapping(value, "a mapping with 'name:' and 'value:'");
        checkKeys(details, Set.of("name", "value"), "metric condition");
        String name = requiredString(details, "name");
        if (!details.entries().containsKey("value")) {
            throw new Problem(details, "metric condition needs 'value:', a comparison such as '> 30'");
        }
        return new Condition.FindingFact("metric", Set.of(name.toLowerCase(Locale.ROOT)), Set.of(),
                numberTest(details.entries().get("value")), "metric " + name);
    }

    private Condition ruleReference(YamlNode value) throws Problem {
        String id = scalar(value, "a rule id");
        if (id.equals(currentRuleId)) {
            throw new Problem(value, "a rule cannot refer to itself");
        }
        references.add(id);
        return new Condition.RuleReference(id);
    }

    private Condition metadata(String kind, YamlNode value) throws Problem {
        return switch (kind) {
            case "channel" -> {
                Set<Channel> channels = EnumSet.noneOf(Channel.class);
                for (String name : names(value, "channel")) {
                    try {
                        channels.add(Channel.parse(name));
                    } catch (IllegalArgumentException e) {
                        throw new Problem(value, e.getMessage());
                    }
                }
                yield new Condition.Metadata("channel " + channels, i -> channels.contains(i.channel()));
            }
            case "direction" -> {
                Direction direction;
                try {
                    direction = Direction.parse(scalar(value, "direction"));
                } catch (IllegalArgumentException e) {
                    throw new Problem(value, e.getMessage());
                }
                yield new Condition.Metadata("direction " + direction, i -> i.direction() == direction);
            }
            case "queue" -> {
                List<Predicate<String>> queues = new ArrayList<>();
                for (String name : names(value, "queue")) {
                    queues.add(textMatcher(name));
                }
                yield new Condition.Metadata("queue", i -> i.queue() != null && queues.stream().anyMatch(q -> q.test(i.queue())));
            }
            case "language" -> {
                Set<String> languages = lowerNames(value, "language");
                yield new Condition.Metadata("language", i -> i.language() != null
                        && languages.contains(i.language().toLowerCase(Locale.ROOT)));
            }
            case "duration" -> {
                DoublePredicate test = numberTest(value);
                yield new Condition.Metadata("duration", i -> test.test(i.duration().toMillis() / 1000.0));
            }
            case "outcome" -> outcome(value);
            case "attribute" -> attribute(value);
            default -> throw new IllegalStateException("unhandled condition kind " + kind);
        };
    }

    private Condition outcome(YamlNode value) throws Problem {
        YamlNode.Mapping map = mapping(value, "a mapping of outcome fields (resolved, transferred, sale, csat)");
        checkKeys(map, Set.of("resolved", "transferred", "sale", "csat"), "outcome condition");
        Predicate<Outcome> predicate = o -> true;
        for (Map.Entry<String, YamlNode> entry : map.entries().entrySet()) {
            String field = entry.getKey();
            if (field.equals("csat")) {
                DoublePredicate test = numberTest(entry.getValue());
                predicate = predicate.and(o -> o.csat() != null && test.test(o.csat()));
            } else {
                boolean wanted = bool(entry.getValue(), field);
                java.util.function.Function<Outcome, Boolean> getter = switch (field) {
                    case "resolved" -> Outcome::resolved;
                    case "transferred" -> Outcome::transferred;
                    default -> Outcome::sale;
                };
                predicate = predicate.and(o -> Boolean.valueOf(wanted).equals(getter.apply(o)));
            }
        }
        Predicate<Outcome> finalPredicate = predicate;
        return new Condition.Metadata("outcome", i -> finalPredicate.test(i.outcome()));
    }

    private Condition attribute(YamlNode value) throws Problem {
        YamlNode.Mapping map = mapping(value, "a mapping of attribute names to values");
        Map<String, List<Predicate<String>>> wanted = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> entry : map.entries().entrySet()) {
            List<Predicate<String>> values = new ArrayList<>();
            for (String name : names(entry.getValue(), entry.getKey())) {
                values.add(textMatcher(name));
            }
            wanted.put(entry.getKey(), values);
        }
        return new Condition.Metadata("attribute", i -> wanted.entrySet().stream().allMatch(e -> {
            String actual = i.attributes().get(e.getKey());
            return actual != null && e.getValue().stream().anyMatch(p -> p.test(actual));
        }));
    }

    /** Case-insensitive equality, or a prefix match when the value ends with '*' ("*" alone: present). */
    private static Predicate<String> textMatcher(String expected) {
        String lower = expected.toLowerCase(Locale.ROOT);
        if (lower.endsWith("*")) {
            String prefix = lower.substring(0, lower.length() - 1);
            return actual -> actual.toLowerCase(Locale.ROOT).startsWith(prefix);
        }
        return actual -> actual.equalsIgnoreCase(lower);
    }

    // ---- examples --------------------------------------------------------------------------

    private List<RuleExample> examples(YamlNode node) throws Problem {
        YamlNode.Mapping map = mapping(node, "a mapping with 'match:' and/or 'no_match:' lists");
        checkKeys(map, Set.of("match", "no_match"), "examples");
        List<RuleExample> examples = new ArrayList<>();
        for (String key : List.of("match", "no_match")) {
            if (!map.entries().containsKey(key)) {
                continue;
            }
            int n = 0;
            for (YamlNode item : list(map.entries().get(key), key)) {
                examples.add(new RuleExample(key.equals("match"), exampleInteraction(item, ++n, key), item.line()));
            }
        }
        return examples;
    }

    /**
     * An example conversation: a string of turns separated by newlines or " | ", each
     * "speaker: text" (speaker defaults to customer), or a mapping with 'turns:' and the
     * metadata 'channel', 'queue', 'direction', 'duration' (seconds) and outcome fields.
     */
    private Interaction exampleInteraction(YamlNode node, int n, String key) throws Problem {
        String text;
        Interaction.Builder builder = Interaction.builder(currentRuleId + "-" + key + "-" + n, Channel.VOICE,
                Instant.parse("2026-01-05T10:00:00Z"));
        if (node instanceof YamlNode.Mapping map) {
            checkKeys(map, Set.of("turns", "channel", "queue", "direction", "attributes"), "example");
            text = requiredString(map, "turns");
            try {
                if (map.entries().containsKey("channel")) {
                    builder = Interaction.builder(currentRuleId + "-" + key + "-" + n,
                            Channel.parse(scalar(map.entries().get("channel"), "channel")), Instant.parse("2026-01-05T10:00:00Z"));
                }
                if (map.entries().containsKey("direction")) {
                    builder.direction(Direction.parse(scalar(map.entries().get("direction"), "direction")));
                }
            } catch (IllegalArgumentException e) {
                throw new Problem(map, e.getMessage());
            }
            if (map.entries().containsKey("queue")) {
                builder.queue(scalar(map.entries().get("queue"), "queue"));
            }
            if (map.entries().containsKey("attributes")) {
                for (Map.Entry<String, YamlNode> entry : mapping(map.entries().get("attributes"), "attributes").entries().entrySet()) {
                    builder.attribute(entry.getKey(), scalar(entry.getValue(), entry.getKey()));
                }
            }
        } else {
            text = scalar(node, "an example conversation");
        }
        long at = 0;
        for (String line : text.split("\\n|\\s\\|\\s")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            Speaker speaker = Speaker.CUSTOMER;
            int colon = trimmed.indexOf(':');
            if (colon > 0 && colon < 12) {
                try {
                    speaker = Speaker.parse(trimmed.substring(0, colon));
                    trimmed = trimmed.substring(colon + 1).strip();
                } catch (IllegalArgumentException notASpeaker) {
                    // The colon belongs to the text ("note: ..."); keep the default speaker.
                }
            }
            long duration = 1000L + 60L * trimmed.length();
            builder.turn(Turn.typed(speaker, at, at + duration, trimmed));
            at += duration + 500;
        }
        return builder.build();
    }

    // ---- scalar helpers --------------------------------------------------------------------

    private static YamlNode.Mapping mapping(YamlNode node, String expected) throws Problem {
        if (node instanceof YamlNode.Mapping map) {
            return map;
        }
        throw new Problem(node, "expected " + expected + " but found " + describe(node));
    }

    private static List<YamlNode> list(YamlNode node, String key) throws Problem {
        if (node instanceof YamlNode.Sequence sequence) {
            return sequence.items();
        }
        throw new Problem(node, "'" + key + "' must be a list but is " + describe(node));
    }

    private static String describe(YamlNode node) {
        return node instanceof YamlNode.Scalar scalar
                ? (scalar.isNull() ? "nothing" : "the value '" + scalar.text() + "'")
                : node.shape();
    }

    private static String scalar(YamlNode node, String expected) throws Problem {
        if (node instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
            return scalar.text();
        }
        throw new Problem(node, "expected " + expected + " but found " + describe(node));
    }

    private static void checkKeys(YamlNode.Mapping map, Set<String> allowed, String what) throws Problem {
        for (String key : map.entries().keySet()) {
            if (!allowed.contains(key)) {
                throw new Problem(map.lineOf(key), 0, "unknown key '" + key + "' in " + what
                        + DidYouMean.hint(key, allowed) + "; allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
    }

    private static String requiredString(YamlNode.Mapping map, String key) throws Problem {
        YamlNode node = map.entries().get(key);
        if (node == null) {
            throw new Problem(map, "missing '" + key + ":'");
        }
        String value = scalar(node, "a value for '" + key + "'").strip();
        if (value.isEmpty()) {
            throw new Problem(node, "'" + key + "' is blank");
        }
        return value;
    }

    private static String optionalString(YamlNode.Mapping map, String key, String fallback) throws Problem {
        return map.entries().containsKey(key) ? requiredString(map, key) : fallback;
    }

    private static boolean bool(YamlNode node, String key) throws Problem {
        String text = scalar(node, "true or false for '" + key + "'").toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw new Problem(node, "'" + key + "' must be true or false, not '" + text + "'");
        };
    }

    private static double number(YamlNode node, String key) throws Problem {
        String text = scalar(node, "a number for '" + key + "'");
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new Problem(node, "'" + key + "' must be a number, not '" + text + "'");
        }
    }

    private static int positiveInt(YamlNode node, String key) throws Problem {
        String text = scalar(node, "a whole number for '" + key + "'");
        try {
            int value = Integer.parseInt(text.strip());
            if (value < 1) {
                throw new Problem(node, "'" + key + "' must be at least 1, not " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new Problem(node, "'" + key + "' must be a whole number, not '" + text + "'");
        }
    }

    private static int words(YamlNode node) throws Problem {
        String text = scalar(node, "a number of words").strip().toLowerCase(Locale.ROOT).replaceAll("\\s*words?$", "");
        try {
            int value = Integer.parseInt(text);
            if (value < 0 || value > 50) {
                throw new Problem(node, "'within' for near must be 0 to 50 words, not " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new Problem(node, "'within' for near is a number of words such as 3 or '3 words', not '"
                    + scalar(node, "") + "'");
        }
    }

    private static double seconds(YamlNode node, String key) throws Problem {
        String text = scalar(node, "a duration for '" + key + "'");
        Matcher matcher = WINDOW.matcher(text.toLowerCase(Locale.ROOT).replace(">=", "").replace(">", ""));
        if (!matcher.matches() || matcher.group(2).startsWith("turn")) {
            throw new Problem(node, "'" + key + "' must be a duration such as '10s' or '2m', not '" + text + "'");
        }
        long amount = Long.parseLong(matcher.group(1));
        return matcher.group(2).startsWith("m") ? amount * 60.0 : amount;
    }

    private static TimeWindow window(YamlNode node, TimeWindow.Edge edge) throws Problem {
        String text = scalar(node, "a window such as '30s' or '2 turns'");
        Matcher matcher = WINDOW.matcher(text.toLowerCase(Locale.ROOT));
        if (!matcher.matches() || Long.parseLong(matcher.group(1)) == 0) {
            throw new Problem(node, "'" + text + "' is not a window such as '30s', '2m' or '3 turns'");
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2);
        if (unit.startsWith("turn")) {
            return new TimeWindow(edge, amount, TimeWindow.Unit.TURNS);
        }
        return new TimeWindow(edge, unit.startsWith("m") ? amount * 60 : amount, TimeWindow.Unit.SECONDS);
    }

    private static Speaker speaker(YamlNode node) throws Problem {
        String text = scalar(node, "agent, customer or any").strip().toLowerCase(Locale.ROOT);
        if (text.equals("any")) {
            return null;
        }
        try {
            return Speaker.parse(text);
        } catch (IllegalArgumentException e) {
            throw new Problem(node, "speaker '" + text + "' is not agent, customer, bot, system or any");
        }
    }

    private static DoublePredicate numberTest(YamlNode node) throws Problem {
        try {
            if (node instanceof YamlNode.Sequence sequence) {
                List<String> texts = new ArrayList<>();
                for (YamlNode item : sequence.items()) {
                    texts.add(scalar(item, "a comparison"));
                }
                return NumberTest.all(texts);
            }
            return NumberTest.parse(scalar(node, "a comparison such as '> 30'"));
        } catch (IllegalArgumentException e) {
            throw new Problem(node, e.getMessage());
        }
    }

    private static List<String> names(YamlNode node, String key) throws Problem {
        List<String> names = new ArrayList<>();
        if (node instanceof YamlNode.Sequence sequence) {
            for (YamlNode item : sequence.items()) {
                names.add(scalar(item, "a value in '" + key + "'").strip());
            }
        } else {
            names.add(scalar(node, "a value for '" + key + "'").strip());
        }
        if (names.isEmpty()) {
            throw new Problem(node, "'" + key + "' is empty");
        }
        return names;
    }

    private static Set<String> lowerNames(YamlNode node, String key) throws Problem {
        Set<String> names = new LinkedHashSet<>();
        for (String name : names(node, key)) {
            names.add(name.toLowerCase(Locale.ROOT));
        }
        return names;
    }
}
