package io.touchpoint.quality.scorecard;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Direction;
import io.touchpoint.rules.yaml.YamlNode;
import io.touchpoint.rules.yaml.YamlTreeReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a scorecard from YAML (the format is in docs/quality.md) and reports every problem with
 * its line, not just the first.
 *
 * <pre>{@code
 * Scorecard card = ScorecardParser.parse("my-card.yaml", Files.readString(path));
 * }</pre>
 */
public final class ScorecardParser {

    private static final Set<String> TOP_KEYS = Set.of("scorecard", "title", "description", "applies-to", "pass-mark",
            "review", "sections");
    private static final Set<String> SECTION_KEYS = Set.of("id", "title", "weight", "questions");
    private static final Set<String> QUESTION_KEYS = Set.of("id", "text", "weight", "answer", "when", "auto-fail");
    private static final Set<String> SCOPE_KEYS = Set.of("channels", "directions", "queues", "not-queues", "findings");
    private static final Set<String> REVIEW_KEYS = Set.of("min-confidence", "borderline");
    private static final Set<String> SOURCE_KEYS = Set.of("behaviour", "behavior", "compliance", "event", "category",
            "finding", "metric", "sentiment", "sentiment-trend");
    private static final Set<String> ANSWER_OPTION_KEYS = Set.of("expect", "at-least", "at-most", "not", "label");
    private static final Set<String> FINDING_KEYS = Set.of("type", "name", "label");

    private final String source;
    private final List<ScorecardProblem> problems = new ArrayList<>();

    private ScorecardParser(String source) {
        this.source = source;
    }

    /**
     * Parses one scorecard document.
     *
     * @param source the file or resource name, for messages
     * @throws ScorecardException listing every problem with its line
     */
    public static Scorecard parse(String source, String yaml) {
        requireNonNull(source, "source is null");
        requireNonNull(yaml, "yaml is null");
        ScorecardParser parser = new ScorecardParser(source);
        YamlNode root;
        try {
            root = YamlTreeReader.read(yaml);
        } catch (YamlTreeReader.YamlSyntaxException e) {
            throw new ScorecardException(List.of(new ScorecardProblem(source, Math.max(1, e.line()), e.getMessage())));
        }
        Scorecard scorecard = parser.scorecard(root);
        if (!parser.problems.isEmpty() || scorecard == null) {
            if (parser.problems.isEmpty()) {
                parser.problem(root, "not a scorecard");
            }
            throw new ScorecardException(parser.problems);
        }
        return scorecard;
    }

    private Scorecard scorecard(YamlNode root) {
        if (!(root instanceof YamlNode.Mapping map)) {
            problem(root, "a scorecard file is a mapping with 'scorecard', 'sections' and more, not " + root.shape());
            return null;
        }
        checkKeys(map, TOP_KEYS, "scorecard");
        String name = requiredText(map, "scorecard", "the scorecard's name, e.g. 'scorecard: customer-service'");
        String title = optionalText(map, "title");
        String description = optionalText(map, "description");
        Applicability appliesTo = map.entries().containsKey("applies-to") ? scope(map.entries().get("applies-to"))
                : Applicability.ANY;
        double passMark = number(map, "pass-mark", 80, 0, 100);
        ReviewPolicy review = review(map.entries().get("review"));
        List<Section> sections = new ArrayList<>();
        YamlNode sectionsNode = map.entries().get("sections");
        if (sectionsNode == null) {
            problem(map, "the scorecard has no 'sections'");
        } else if (sectionsNode instanceof YamlNode.Sequence list) {
            Set<String> questionIds = new HashSet<>();
            for (YamlNode item : list.items()) {
                Section section = section(item, questionIds);
                if (section != null) {
                    sections.add(section);
                }
            }
            if (list.items().isEmpty()) {
                problem(list, "'sections' is empty; give at least one section with questions");
            }
        } else {
            problem(sectionsNode, "'sections' must be a list of sections, not " + sectionsNode.shape());
        }
        if (name == null || !problems.isEmpty()) {
            return null;
        }
        try {
            return new Scorecard(name, title, description, appliesTo, passMark, review, sections, source);
        } catch (IllegalArgumentException e) {
            problem(map, e.getMessage());
            return null;
        }
    }

    private Section section(YamlNode node, Set<String> questionIds) {
        if (!(node instanceof YamlNode.Mapping map)) {
            problem(node, "a section is a mapping with id, title, weight and questions, not " + node.shape());
            return null;
        }
        checkKeys(map, SECTION_KEYS, "section");
        String id = requiredText(map, "id", "a section id such as 'opening'");
        String title = optionalText(map, "title");
        double weight = number(map, "weight", 1, Double.MIN_VALUE, 1_000_000);
        List<Question> questions = new ArrayList<>();
        YamlNode questionsNode = map.entries().get("questions");
        if (!(questionsNode instanceof YamlNode.Sequence list) || list.items().isEmpty()) {
            problem(questionsNode == null ? map : questionsNode, "section '" + id + "' needs a non-empty list of 'questions'");
        } else {
            for (YamlNode item : list.items()) {
                Question question = question(item);
                if (question != null) {
                    if (!questionIds.add(question.id())) {
                        problem(item, "question id '" + question.id() + "' is used twice; ids must be unique in the scorecard");
                    } else {
                        questions.add(question);
                    }
                }
            }
        }
        if (id == null || questions.isEmpty()) {
            return null;
        }
        return new Section(id, title == null ? id : title, weight, questions);
    }

    private Question question(YamlNode node) {
        if (!(node instanceof YamlNode.Mapping map)) {
            problem(node, "a question is a mapping with id, text, weight and answer, not " + node.shape());
            return null;
        }
        checkKeys(map, QUESTION_KEYS, "question");
        String id = requiredText(map, "id", "a question id such as 'greeting'");
        String text = optionalText(map, "text");
        double weight = number(map, "weight", 1, Double.MIN_VALUE, 1_000_000);
        boolean autoFail = bool(map, "auto-fail");
        Applicability when = map.entries().containsKey("when") ? scope(map.entries().get("when")) : Applicability.ANY;
        YamlNode answerNode = map.entries().get("answer");
        AnswerSource answer = null;
        if (answerNode == null) {
            problem(map, "question '" + id + "' has no 'answer'; say where it comes from, e.g. 'answer: {behaviour: greeting}'");
        } else {
            answer = answer(answerNode, id);
        }
        if (id == null || answer == null) {
            return null;
        }
        try {
            return new Question(id, text == null ? id : text, weight, answer, when, autoFail);
        } catch (IllegalArgumentException e) {
            problem(map, e.getMessage());
            return null;
        }
    }

    private AnswerSource answer(YamlNode node, String questionId) {
        if (!(node instanceof YamlNode.Mapping map)) {
            problem(node, "question '" + questionId + "': 'answer' is a mapping such as {behaviour: greeting}, not "
                    + node.shape());
            return null;
        }
        Set<String> allowed = new HashSet<>(SOURCE_KEYS);
        allowed.addAll(ANSWER_OPTION_KEYS);
        checkKeys(map, allowed, "answer");
        List<String> kinds = map.entries().keySet().stream().filter(SOURCE_KEYS::contains).toList();
        if (kinds.size() != 1) {
            problem(map, "question '" + questionId + "': 'answer' needs exactly one of " + new java.util.TreeSet<>(SOURCE_KEYS)
                    + (kinds.isEmpty() ? "" : ", found " + kinds));
            return null;
        }
        String kind = kinds.getFirst();
        YamlNode value = map.entries().get(kind);
        Set<String> options = switch (kind) {
            case "event", "category" -> Set.of("expect", "label");
            case "finding" -> Set.of("expect");
            case "metric", "sentiment" -> Set.of("at-least", "at-most");
            case "sentiment-trend" -> Set.of("not");
            default -> Set.of();
        };
        for (String key : map.entries().keySet()) {
            if (ANSWER_OPTION_KEYS.contains(key) && !options.contains(key)) {
                problems.add(new ScorecardProblem(source, map.lineOf(key), "question '" + questionId + "': '" + key
                        + "' does not apply to a '" + kind + "' answer" + (options.isEmpty() ? "" : "; it takes " + options)));
            }
        }
        Double atLeast = optionalNumber(map, "at-least");
        Double atMost = optionalNumber(map, "at-most");
        try {
            return switch (kind) {
                case "behaviour", "behavior" -> new AnswerSource.Behaviour(text(value, kind));
                case "compliance" -> new AnswerSource.Compliance(text(value, kind));
                case "event", "category" -> new AnswerSource.Presence(kind, text(value, kind), optionalText(map, "label"),
                        expectPresent(map));
                case "finding" -> finding(value, map);
                case "metric" -> new AnswerSource.Metric(text(value, kind), atLeast, atMost);
                case "sentiment" -> new AnswerSource.Sentiment(speaker(value, kind), atLeast, atMost);
                case "sentiment-trend" -> new AnswerSource.SentimentTrend(speaker(value, kind), texts(map.entries().get("not"),
                        "sentiment-trend 'not' (labels such as ended_negative, worsened)"));
                default -> throw new IllegalStateException(kind);
            };
        } catch (IllegalArgumentException e) {
            problem(map, "question '" + questionId + "': " + e.getMessage());
            return null;
        }
    }

    private AnswerSource finding(YamlNode value, YamlNode.Mapping answer) {
        if (!(value instanceof YamlNode.Mapping map)) {
            throw new IllegalArgumentException("'finding' is a mapping {type: ..., name: ..., label: ...}");
        }
        checkKeys(map, FINDING_KEYS, "finding");
        return new AnswerSource.Presence(text(map.entries().get("type"), "finding type"),
                text(map.entries().get("name"), "finding name"), optionalText(map, "label"), expectPresent(answer));
    }

    private boolean expectPresent(YamlNode.Mapping map) {
        String expect = optionalText(map, "expect");
        if (expect == null || expect.equals("present")) {
            return true;
        }
        if (expect.equals("absent")) {
            return false;
        }
        throw new IllegalArgumentException("expect '" + expect + "' must be present or absent");
    }

    private static String speaker(YamlNode value, String what) {
        String speaker = text(value, what).toLowerCase(Locale.ROOT);
        if (!speaker.equals("customer") && !speaker.equals("agent")) {
            throw new IllegalArgumentException(what + " speaker '" + speaker + "' must be customer or agent");
        }
        return speaker;
    }

    private Applicability scope(YamlNode node) {
        if (!(node instanceof YamlNode.Mapping map)) {
            problem(node, "a scope ('applies-to', 'when') is a mapping of channels, directions, queues, not-queues, "
                    + "findings; not " + node.shape());
            return Applicability.ANY;
        }
        checkKeys(map, SCOPE_KEYS, "scope");
        Set<Channel> channels = new LinkedHashSet<>();
        Set<Direction> directions = new LinkedHashSet<>();
        try {
            texts(map.entries().get("channels"), "channels").forEach(value -> channels.add(Channel.parse(value)));
            texts(map.entries().get("directions"), "directions").forEach(value -> directions.add(Direction.parse(value)));
            return new Applicability(channels, directions, List.copyOf(texts(map.entries().get("queues"), "queues")),
                    List.copyOf(texts(map.entries().get("not-queues"), "not-queues")),
                    List.copyOf(texts(map.entries().get("findings"), "findings")));
        } catch (IllegalArgumentException e) {
            problem(map, e.getMessage());
            return Applicability.ANY;
        }
    }

    private ReviewPolicy review(YamlNode node) {
        if (node == null) {
            return ReviewPolicy.DEFAULT;
        }
        if (!(node instanceof YamlNode.Mapping map)) {
            problem(node, "'review' is a mapping {min-confidence: 0.85, borderline: 5}, not " + node.shape());
            return ReviewPolicy.DEFAULT;
        }
        checkKeys(map, REVIEW_KEYS, "review");
        return new ReviewPolicy(number(map, "min-confidence", ReviewPolicy.DEFAULT.minConfidence(), 0, 1),
                number(map, "borderline", ReviewPolicy.DEFAULT.borderline(), 0, 100));
    }

    // ------------------------------------------------------------------------------ values

    private void checkKeys(YamlNode.Mapping map, Set<String> allowed, String what) {
        for (String key : map.entries().keySet()) {
            if (!allowed.contains(key)) {
                problems.add(new ScorecardProblem(source, map.lineOf(key), "unknown " + what + " key '" + key + "'"
                        + NearestName.hint(key, allowed) + "; allowed: " + new java.util.TreeSet<>(allowed)));
            }
        }
    }

    private String requiredText(YamlNode.Mapping map, String key, String hint) {
        YamlNode node = map.entries().get(key);
        if (!(node instanceof YamlNode.Scalar scalar) || scalar.isNull() || scalar.text().isBlank()) {
            problems.add(new ScorecardProblem(source, map.lineOf(key), "missing '" + key + "': " + hint));
            return null;
        }
        return scalar.text().trim();
    }

    private static String optionalText(YamlNode.Mapping map, String key) {
        YamlNode node = map.entries().get(key);
        return node instanceof YamlNode.Scalar scalar && !scalar.isNull() ? scalar.text().trim() : null;
    }

    private static String text(YamlNode node, String what) {
        if (!(node instanceof YamlNode.Scalar scalar) || scalar.isNull() || scalar.text().isBlank()) {
            throw new IllegalArgumentException(what + " needs a name");
        }
        return scalar.text().trim();
    }

    private static Set<String> texts(YamlNode node, String what) {
        Set<String> values = new LinkedHashSet<>();
        if (node == null) {
            return values;
        }
        if (node instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
            values.add(scalar.text().trim());
        } else if (node instanceof YamlNode.Sequence list) {
            for (YamlNode item : list.items()) {
                values.add(text(item, what));
            }
        } else {
            throw new IllegalArgumentException(what + " must be a value or a list of values, not " + node.shape());
        }
        return values;
    }

    private double number(YamlNode.Mapping map, String key, double fallback, double min, double max) {
        Double value = optionalNumber(map, key);
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            problems.add(new ScorecardProblem(source, map.lineOf(key), "'" + key + "' " + value + " is outside "
                    + (min == Double.MIN_VALUE ? "(0" : "[" + min) + ", " + max + "]"));
            return fallback;
        }
        return value;
    }

    private Double optionalNumber(YamlNode.Mapping map, String key) {
        YamlNode node = map.entries().get(key);
        if (node == null || node instanceof YamlNode.Scalar scalar && scalar.isNull()) {
            return null;
        }
        if (node instanceof YamlNode.Scalar scalar) {
            try {
                double value = Double.parseDouble(scalar.text().trim());
                if (Double.isFinite(value)) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        problems.add(new ScorecardProblem(source, map.lineOf(key), "'" + key + "' must be a number"));
        return null;
    }

    private boolean bool(YamlNode.Mapping map, String key) {
        YamlNode node = map.entries().get(key);
        if (node == null) {
            return false;
        }
        if (node instanceof YamlNode.Scalar scalar && Map.of("true", true, "false", false).containsKey(scalar.text().trim())) {
            return Boolean.parseBoolean(scalar.text().trim());
        }
        problems.add(new ScorecardProblem(source, map.lineOf(key), "'" + key + "' must be true or false"));
        return false;
    }

    private void problem(YamlNode node, String message) {
        problems.add(new ScorecardProblem(source, Math.max(1, node.line()), message));
    }
}
