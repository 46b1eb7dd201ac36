package io.touchpoint.server.dashboard;

import io.touchpoint.core.model.DesktopEvent;
import io.touchpoint.core.model.DesktopEventType;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Turn;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The agent's desktop during one interaction, on the conversation's time axis: which application had
 * the focus (bands), which business processes ran (start to end), and the conversation's turns above
 * them, so that "the customer waited while the agent was in the billing system" is visible at a glance.
 * Plain HTML and CSS: each band is positioned in percent of the interaction's duration.
 */
final class DesktopTimeline {

    /** A stretch of time on the interaction's axis, in milliseconds from its start. */
    record Band(long startMs, long endMs, String label, String kind) {
    }

    private final long durationMs;
    private final List<Band> turns = new ArrayList<>();
    private final List<Band> applications = new ArrayList<>();
    private final List<Band> processes = new ArrayList<>();

    /**
     * @param events the agent's desktop events (any order); those outside the interaction's time span
     *     and not linked to it are ignored
     */
    DesktopTimeline(Interaction interaction, List<DesktopEvent> events) {
        Instant start = interaction.startedAt();
        this.durationMs = Math.max(1, interaction.duration().toMillis());
        Instant end = start.plusMillis(durationMs);
        for (Turn turn : interaction.turns()) {
            turns.add(new Band(turn.startMs(), Math.min(durationMs, Math.max(turn.endMs(), turn.startMs() + 1)),
                    turn.speaker().wireName(), "turn-" + turn.speaker().wireName()));
        }
        List<DesktopEvent> relevant = events.stream()
                .filter(event -> interaction.id().equals(event.interactionId())
                        || !event.timestamp().isBefore(start) && !event.timestamp().isAfter(end))
                .sorted(Comparator.comparing(DesktopEvent::timestamp)).toList();
        // The application in focus when the interaction began is the one focused last before it.
        DesktopEvent focusBefore = events.stream()
                .filter(event -> event.type() == DesktopEventType.APP_FOCUS && event.timestamp().isBefore(start)
                        && event.application() != null)
                .max(Comparator.comparing(DesktopEvent::timestamp)).orElse(null);
        String focused = focusBefore == null ? null : focusBefore.application();
        long focusSince = 0;
        Map<String, Deque<Long>> open = new HashMap<>();
        for (DesktopEvent event : relevant) {
            long at = clamp(Duration.between(start, event.timestamp()).toMillis());
            switch (event.type()) {
                case APP_FOCUS -> {
                    if (focused != null && at > focusSince) {
                        applications.add(new Band(focusSince, at, focused, "app"));
                    }
                    focused = event.application();
                    focusSince = at;
                }
                case PROCESS_START -> open.computeIfAbsent(event.processName(), name -> new ArrayDeque<>()).add(at);
                case PROCESS_END -> {
                    Deque<Long> starts = open.get(event.processName());
                    long from = starts == null || starts.isEmpty() ? 0 : starts.poll();
                    processes.add(new Band(from, Math.max(at, from + 1), event.processName(), "process"));
                }
                case URL -> {
                    // URLs are detail the timeline does not draw; the application band already shows the browser.
                }
            }
        }
        if (focused != null && durationMs > focusSince) {
            applications.add(new Band(focusSince, durationMs, focused, "app"));
        }
        open.forEach((name, starts) -> starts.forEach(from ->
                processes.add(new Band(from, durationMs, name + " (no end seen)", "process open"))));
        processes.sort(Comparator.comparingLong(Band::startMs));
    }

    private long clamp(long millis) {
        return Math.max(0, Math.min(durationMs, millis));
    }

    boolean hasDesktopActivity() {
        return !applications.isEmpty() || !processes.isEmpty();
    }

    List<Band> applications() {
        return applications;
    }

    List<Band> processes() {
        return processes;
    }

    String html() {
        StringBuilder html = new StringBuilder(2_048);
        html.append("<div class=\"timeline\" data-duration-ms=\"").append(durationMs).append("\">\n");
        row(html, "Conversation", turns, false);
        row(html, "Applications", applications, true);
        row(html, "Processes", processes, true);
        html.append("<div class=\"tl-row tl-axis\"><div class=\"tl-label\"></div><div class=\"tl-track\">");
        for (int quarter = 0; quarter <= 4; quarter++) {
            html.append("<span style=\"left:").append(quarter * 25).append("%\">")
                    .append(Html.clock(durationMs * quarter / 4)).append("</span>");
        }
        html.append("</div></div>\n</div>\n");
        return html.toString();
    }

    private void row(StringBuilder html, String label, List<Band> bands, boolean labelled) {
        html.append("<div class=\"tl-row\" data-row=\"").append(label.toLowerCase(Locale.ROOT))
                .append("\"><div class=\"tl-label\">").append(label).append("</div><div class=\"tl-track\">");
        for (Band band : bands) {
            double left = 100.0 * band.startMs() / durationMs;
            double width = Math.max(0.4, 100.0 * (band.endMs() - band.startMs()) / durationMs);
            String title = band.label() + " " + Html.clock(band.startMs()) + "\u2013" + Html.clock(band.endMs());
            html.append("<div class=\"tl-band ").append(Html.escape(band.kind()));
            if (band.kind().equals("app")) {
                html.append(" app-").append(Math.floorMod(band.label().hashCode(), 8));
            }
            html.append("\" style=\"left:").append(String.format(Locale.ROOT, "%.3f", left)).append("%;width:")
                    .append(String.format(Locale.ROOT, "%.3f", Math.min(width, 100.0 - left))).append("%\" title=\"")
                    .append(Html.escape(title)).append("\">");
            if (labelled) {
                html.append("<span>").append(Html.escape(band.label())).append("</span>");
            }
            html.append("</div>");
        }
        html.append("</div></div>\n");
    }
}
