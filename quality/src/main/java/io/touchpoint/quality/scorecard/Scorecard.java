package io.touchpoint.quality.scorecard;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A QA scorecard: weighted sections of questions, each answered automatically from earlier
 * findings, scored 0..100. Read from YAML by {@link ScorecardParser}; see docs/quality.md.
 *
 * @param name unique, lower-case with dashes, e.g. {@code customer-service}; the name of its {@code qa} findings
 * @param appliesTo the interactions it scores
 * @param passMark scores below it are low (0..100)
 * @param source the file or resource it was read from
 */
public record Scorecard(String name, String title, String description, Applicability appliesTo, double passMark,
        ReviewPolicy review, List<Section> sections, String source) {

    public Scorecard {
        requireNonNull(name, "name is null");
        if (!name.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new IllegalArgumentException("scorecard name '" + name + "' must be lower-case letters, digits, _ or -");
        }
        title = title == null || title.isBlank() ? name : title;
        description = description == null ? "" : description;
        requireNonNull(appliesTo, "appliesTo is null");
        if (!(passMark >= 0 && passMark <= 100)) {
            throw new IllegalArgumentException("scorecard " + name + ": pass-mark " + passMark + " is outside 0..100");
        }
        requireNonNull(review, "review is null");
        sections = List.copyOf(requireNonNull(sections, "sections is null"));
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("scorecard " + name + " has no sections");
        }
        Set<String> ids = new HashSet<>();
        for (Section section : sections) {
            for (Question question : section.questions()) {
                if (!ids.add(question.id())) {
                    throw new IllegalArgumentException("scorecard " + name + ": question id '" + question.id()
                            + "' is used twice; ids must be unique across sections");
                }
            }
        }
        requireNonNull(source, "source is null");
    }

    /** Every question, section by section. */
    public List<Question> questions() {
        List<Question> all = new ArrayList<>();
        sections.forEach(section -> all.addAll(section.questions()));
        return all;
    }

    public Optional<Question> question(String id) {
        return questions().stream().filter(question -> question.id().equals(id)).findFirst();
    }

    /** The section a question belongs to. */
    public Section sectionOf(Question question) {
        return sections.stream().filter(section -> section.questions().contains(question)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("question " + question.id() + " is not in scorecard " + name));
    }
}
