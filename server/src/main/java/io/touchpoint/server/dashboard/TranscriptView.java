package io.touchpoint.server.dashboard;

import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Turn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An interaction's transcript as HTML with the evidence of its findings highlighted: each character
 * span a category, event, compliance rule, behaviour or emotion matched is a {@code <mark>} naming the
 * findings behind it, and each redaction placeholder ({@code [CARD]}) is shown as redacted. Spans may
 * overlap: the text is cut at every span boundary and each piece lists every finding that covers it.
 */
final class TranscriptView {

    /** Finding types whose evidence is highlighted in the text, in the order the side panel lists them. */
    static final List<String> HIGHLIGHTED = List.of("category", "event", "compliance", "behaviour", "emotion", "qa");

    /** What redaction leaves in a stored transcript: {@code [CARD]}, {@code [EMAIL]}... */
    static final Pattern PLACEHOLDER = Pattern.compile("\\[[A-Z][A-Z_]{1,20}\\]");

    /** A finding shown in the side panel; {@code key} links it to its marks ({@code f3}). */
    record Shown(String key, Finding finding, boolean hasSpans) {
    }

    private record Span(int start, int end, String key, String cssClass, String title) {
    }

    private final Interaction interaction;
    private final List<Shown> shown = new ArrayList<>();
    private final List<List<Span>> spansByTurn = new ArrayList<>();

    TranscriptView(Interaction interaction, List<Finding> findings) {
        this.interaction = interaction;
        for (int i = 0; i < interaction.turns().size(); i++) {
            spansByTurn.add(new ArrayList<>());
        }
        List<Finding> ordered = findings.stream()
                .filter(finding -> HIGHLIGHTED.contains(finding.type()))
                .sorted(Comparator.comparingInt((Finding f) -> HIGHLIGHTED.indexOf(f.type())).thenComparing(Finding::name))
                .toList();
        int counter = 0;
        for (Finding finding : ordered) {
            String key = "f" + counter++;
            boolean hasSpans = false;
            for (Evidence evidence : finding.evidence()) {
                if (evidence.isWholeInteraction() || evidence.turnIndex() >= spansByTurn.size()) {
                    continue;
                }
                String text = interaction.turns().get(evidence.turnIndex()).text();
                int start = Math.min(evidence.charStart(), text.length());
                int end = Math.min(evidence.charEnd(), text.length());
                if (end <= start) {
                    continue; // evidence that names a turn but no characters: the turn is marked instead
                }
                hasSpans = true;
                spansByTurn.get(evidence.turnIndex()).add(new Span(start, end, key, "hl-" + cssName(finding.type()),
                        describe(finding)));
            }
            shown.add(new Shown(key, finding, hasSpans));
        }
        for (int i = 0; i < interaction.turns().size(); i++) {
            Matcher matcher = PLACEHOLDER.matcher(interaction.turns().get(i).text());
            while (matcher.find()) {
                spansByTurn.get(i).add(new Span(matcher.start(), matcher.end(), null, "redacted",
                        "redacted " + matcher.group().substring(1, matcher.group().length() - 1).toLowerCase(Locale.ROOT)));
            }
        }
    }

    List<Shown> findings() {
        return shown;
    }

    /** How many redaction placeholders the stored transcript holds. */
    int redactions() {
        return (int) spansByTurn.stream().flatMap(List::stream).filter(span -> span.key() == null).count();
    }

    static String describe(Finding finding) {
        String label = finding.label().isBlank() ? "" : " (" + finding.label() + ")";
        return finding.type() + ": " + finding.name() + label;
    }

    static String cssName(String type) {
        return type.replaceAll("[^a-z]", "-");
    }

    /** The transcript: one {@code <li>} per turn, with its speaker, time and highlighted text. */
    String html() {
        StringBuilder html = new StringBuilder(4_096);
        html.append("<ol class=\"transcript\">\n");
        Set<String> anchored = new LinkedHashSet<>();
        for (int index = 0; index < interaction.turns().size(); index++) {
            Turn turn = interaction.turns().get(index);
            String speaker = turn.speaker().wireName();
            html.append("<li class=\"turn turn-").append(Html.escape(speaker)).append("\" id=\"t").append(index)
                    .append("\" data-turn=\"").append(index).append("\"><div class=\"turn-head\"><span class=\"speaker\">")
                    .append(Html.escape(speaker)).append("</span><span class=\"at\">").append(Html.clock(turn.startMs()))
                    .append("</span>");
            if (turn.confidence() < 0.999) {
                html.append("<span class=\"confidence\" title=\"speech recognition confidence\">")
                        .append(Html.percent(turn.confidence())).append("</span>");
            }
            html.append("</div><div class=\"text\">");
            text(html, turn.text(), spansByTurn.get(index), anchored);
            html.append("</div></li>\n");
        }
        return html.append("</ol>\n").toString();
    }

    private static void text(StringBuilder html, String text, List<Span> spans, Set<String> anchored) {
        if (spans.isEmpty()) {
            html.append(Html.escape(text));
            return;
        }
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(text.length());
        for (Span span : spans) {
            cuts.add(span.start());
            cuts.add(span.end());
        }
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            String piece = text.substring(from, to);
            List<Span> covering = new ArrayList<>();
            for (Span span : spans) {
                if (span.start() <= from && span.end() >= to) {
                    covering.add(span);
                }
            }
            List<Span> marks = covering.stream().filter(span -> span.key() != null).toList();
            boolean redacted = covering.stream().anyMatch(span -> span.key() == null);
            if (!marks.isEmpty()) {
                Set<String> classes = new TreeSet<>();
                Set<String> keys = new LinkedHashSet<>();
                Set<String> titles = new LinkedHashSet<>();
                for (Span span : marks) {
                    classes.add(span.cssClass());
                    keys.add(span.key());
                    titles.add(span.title());
                }
                html.append("<mark class=\"hl ").append(String.join(" ", classes)).append("\" data-findings=\"")
                        .append(String.join(" ", keys)).append("\" title=\"").append(Html.escape(String.join("; ", titles)))
                        .append('"');
                for (String key : keys) {
                    if (anchored.add(key)) {
                        html.append(" id=\"e-").append(key).append('"');
                        break;
                    }
                }
                html.append('>');
            }
            if (redacted) {
                Span placeholder = covering.stream().filter(span -> span.key() == null).findFirst().orElseThrow();
                html.append("<span class=\"redacted\" title=\"").append(Html.escape(placeholder.title())).append("\">")
                        .append(Html.escape(piece)).append("</span>");
            } else {
                html.append(Html.escape(piece));
            }
            if (!marks.isEmpty()) {
                html.append("</mark>");
            }
            from = to;
        }
    }
}
