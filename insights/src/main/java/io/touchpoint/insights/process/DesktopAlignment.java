package io.touchpoint.insights.process;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.model.DesktopEvent;
import io.touchpoint.core.model.DesktopEventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Attaches desktop events to the interaction the agent was handling and pairs process starts with
 * their ends. Pure: events and interaction windows in, an {@link AlignmentResult} out.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>An event that carries the id of a known interaction belongs to it.</li>
 *   <li>Otherwise it belongs to an interaction of the same agent, on a time-matched channel, whose
 *       {@code [start - skew, end + skew]} contains it; when several do (chat concurrency), the one
 *       started most recently wins, because an agent turns to the newest conversation.</li>
 *   <li>Otherwise to the one whose after-call work {@code (end, end + afterCallWork]} contains it; when
 *       several do, the one that ended most recently (wrap-up follows the call just finished).</li>
 *   <li>Otherwise it is unaligned.</li>
 * </ol>
 * A process_end closes the open process_start of the same name in the same interaction, else the oldest
 * open one whose interaction window (with after-call work) still reaches the end. A second start of a
 * process already open in the same interaction closes the first one there. Starts never closed are
 * closed at the interaction's end (or at the end of its after-call work when they began after the end)
 * with {@code openEnded = true}; durations are never negative.
 *
 * <pre>{@code
 * AlignmentResult result = new DesktopAlignment(AlignmentSettings.defaults()).align(events, windows);
 * result.interaction("c-000123").ifPresent(desktop -> desktop.millisByApplication());
 * }</pre>
 */
public final class DesktopAlignment {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopAlignment.class);

    private final AlignmentSettings settings;

    public DesktopAlignment(AlignmentSettings settings) {
        this.settings = requireNonNull(settings, "settings is null");
    }

    public AlignmentResult align(Collection<DesktopEvent> events, Collection<InteractionWindow> windows) {
        requireNonNull(events, "events is null");
        requireNonNull(windows, "windows is null");
        Map<String, InteractionWindow> byId = new HashMap<>();
        Map<String, List<InteractionWindow>> timeMatched = new HashMap<>();
        for (InteractionWindow window : windows) {
            if (byId.put(window.interactionId(), window) != null) {
                throw new IllegalArgumentException("interaction " + window.interactionId() + " has two windows");
            }
            if (settings.timeMatchedChannels().contains(window.channel())) {
                timeMatched.computeIfAbsent(window.agentId(), key -> new ArrayList<>()).add(window);
            }
        }
        Map<String, List<DesktopEvent>> byAgent = new TreeMap<>();
        events.forEach(event -> byAgent.computeIfAbsent(event.agentId(), key -> new ArrayList<>()).add(event));

        Run run = new Run(byId);
        byAgent.forEach((agent, agentEvents) -> {
            agentEvents.sort(Comparator.comparing(DesktopEvent::timestamp)); // stable: ties keep their order
            new AgentPass(run, agent, agentEvents, new AgentWindows(timeMatched.getOrDefault(agent, List.of()))).run();
        });

        Map<String, InteractionDesktop> interactions = new LinkedHashMap<>();
        run.accumulators.forEach((id, accumulator) -> interactions.put(id, new InteractionDesktop(id,
                accumulator.agentId, accumulator.events, accumulator.focus, accumulator.processes)));
        List<ProcessInstance> processes = run.processes.stream()
                .sorted(Comparator.comparing(ProcessInstance::start).thenComparing(ProcessInstance::agentId))
                .toList();
        if (run.unaligned > 0 || run.unpairedEnds > 0 || run.unknownIds > 0) {
            LOG.info("desktop alignment: {} events outside every interaction, {} unknown interaction ids, "
                    + "{} process ends without a start", run.unaligned, run.unknownIds, run.unpairedEnds);
        }
        return new AlignmentResult(interactions, processes, run.unaligned, run.unknownIds, run.unpairedEnds);
    }

    /** Mutable state of one {@link #align} call. */
    private static final class Run {
        final Map<String, InteractionWindow> byId;
        final Map<String, Accumulator> accumulators = new TreeMap<>();
        final List<ProcessInstance> processes = new ArrayList<>();
        int unaligned;
        int unknownIds;
        int unpairedEnds;

        Run(Map<String, InteractionWindow> byId) {
            this.byId = byId;
        }

        Accumulator accumulator(String interactionId, String agentId) {
            return accumulators.computeIfAbsent(interactionId, key -> new Accumulator(agentId));
        }
    }

    private static final class Accumulator {
        final String agentId;
        final List<DesktopEvent> events = new ArrayList<>();
        final List<FocusSegment> focus = new ArrayList<>();
        final List<ProcessInstance> processes = new ArrayList<>();

        Accumulator(String agentId) {
            this.agentId = agentId;
        }
    }

    /** One agent's time-matched windows sorted by start, for a backwards scan from the event time. */
    private final class AgentWindows {
        final List<InteractionWindow> sorted;
        final long[] starts;
        final long longestMillis;

        AgentWindows(List<InteractionWindow> windows) {
            sorted = windows.stream().sorted(Comparator.comparing(InteractionWindow::start)
                    .thenComparing(InteractionWindow::interactionId)).toList();
            starts = sorted.stream().mapToLong(window -> window.start().toEpochMilli()).toArray();
            longestMillis = sorted.stream().mapToLong(window -> window.end().toEpochMilli() - window.start().toEpochMilli())
                    .max().orElse(0);
        }

        InteractionWindow match(Instant timestamp) {
            long at = timestamp.toEpochMilli();
            long skew = settings.skewTolerance().toMillis();
            long afterCallWork = Math.max(settings.afterCallWork().toMillis(), skew);
            InteractionWindow inCall = null;
            InteractionWindow wrapUp = null;
            for (int i = lastStartingBy(at + skew); i >= 0; i--) {
                if (starts[i] + longestMillis + afterCallWork < at) {
                    break; // no earlier-starting window reaches this far
                }
                InteractionWindow window = sorted.get(i);
                long end = window.end().toEpochMilli();
                if (at <= end + skew) {
                    if (inCall == null) {
                        inCall = window; // scanning backwards, the first hit started most recently
                    }
                } else if (at <= end + afterCallWork) {
                    if (wrapUp == null || window.end().isAfter(wrapUp.end())) {
                        wrapUp = window;
                    }
                }
            }
            return inCall != null ? inCall : wrapUp;
        }

        private int lastStartingBy(long millis) {
            int low = 0;
            int high = starts.length - 1;
            int found = -1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                if (starts[middle] <= millis) {
                    found = middle;
                    low = middle + 1;
                } else {
                    high = middle - 1;
                }
            }
            return found;
        }
    }

    private record OpenProcess(String name, Instant start, String interactionId) {
    }

    /** A focus segment before it is closed; {@code interactionId} is null when unaligned. */
    private record OpenFocus(String application, Instant start, String interactionId) {
    }

    private final class AgentPass {
        final Run run;
        final String agent;
        final List<DesktopEvent> events;
        final AgentWindows windows;
        final List<FocusSegment> timeline = new ArrayList<>();
        final List<ProcessInstance> ownProcesses = new ArrayList<>();
        final Map<String, List<OpenProcess>> open = new LinkedHashMap<>();
        OpenFocus focus;

        AgentPass(Run run, String agent, List<DesktopEvent> events, AgentWindows windows) {
            this.run = run;
            this.agent = agent;
            this.events = events;
            this.windows = windows;
        }

        void run() {
            for (DesktopEvent event : events) {
                String interaction = assign(event);
                if (interaction == null) {
                    run.unaligned++;
                } else {
                    run.accumulator(interaction, agent).events.add(event);
                }
                if (event.application() != null
                        && (event.type() == DesktopEventType.APP_FOCUS || event.type() == DesktopEventType.PROCESS_START)) {
                    moveFocus(event.application(), event.timestamp(), interaction);
                }
                if (event.type() == DesktopEventType.PROCESS_START) {
                    start(event.processName(), event.timestamp(), interaction);
                } else if (event.type() == DesktopEventType.PROCESS_END) {
                    end(event.processName(), event.timestamp(), interaction);
                }
            }
            if (focus != null) {
                closeFocus(null);
            }
            open.values().forEach(list -> list.forEach(process -> close(process, closingTime(process), true)));
            for (ProcessInstance unstepped : ownProcesses) {
                ProcessInstance instance = new ProcessInstance(unstepped.process(), agent, unstepped.interactionId(),
                        unstepped.start(), unstepped.end(), unstepped.openEnded(), steps(unstepped.start(), unstepped.end()));
                run.processes.add(instance);
                if (instance.interactionId() != null) {
                    run.accumulator(instance.interactionId(), agent).processes.add(instance);
                }
            }
        }

        private String assign(DesktopEvent event) {
            if (event.interactionId() != null) {
                if (run.byId.containsKey(event.interactionId())) {
                    return event.interactionId();
                }
                run.unknownIds++;
            }
            InteractionWindow window = windows.match(event.timestamp());
            return window == null ? null : window.interactionId();
        }

        private void moveFocus(String application, Instant at, String interaction) {
            if (focus != null && focus.application().equals(application) && Objects.equals(focus.interactionId(), interaction)) {
                return;
            }
            if (focus != null) {
                closeFocus(at);
            }
            focus = new OpenFocus(application, at, interaction);
        }

        /**
         * Closes the current focus at {@code next} (null: the agent's last event), but never past its
         * interaction's after-call work.
         */
        private void closeFocus(Instant next) {
            Instant end;
            InteractionWindow window = focus.interactionId() == null ? null : run.byId.get(focus.interactionId());
            if (window != null) {
                Instant limit = window.end().plus(settings.afterCallWork());
                if (limit.isBefore(focus.start())) {
                    limit = focus.start();
                }
                end = next == null || limit.isBefore(next) ? limit : next;
            } else {
                // Unaligned focus stays in the agent's timeline (process steps use it) up to the next focus event.
                end = next == null ? focus.start() : next;
            }
            FocusSegment segment = new FocusSegment(focus.application(), focus.start(), end);
            timeline.add(segment);
            if (focus.interactionId() != null) {
                run.accumulator(focus.interactionId(), agent).focus.add(segment);
            }
            focus = null;
        }

        private void start(String name, Instant at, String interaction) {
            List<OpenProcess> list = open.computeIfAbsent(name, key -> new ArrayList<>());
            for (Iterator<OpenProcess> it = list.iterator(); it.hasNext(); ) {
                OpenProcess earlier = it.next();
                if (interaction != null && interaction.equals(earlier.interactionId())) {
                    // Started again in the same interaction: the first run's end was lost.
                    it.remove();
                    close(earlier, at, true);
                }
            }
            list.add(new OpenProcess(name, at, interaction));
        }

        private void end(String name, Instant at, String interaction) {
            List<OpenProcess> list = open.getOrDefault(name, List.of());
            OpenProcess match = null;
            if (interaction != null) {
                match = list.stream().filter(process -> interaction.equals(process.interactionId())).findFirst().orElse(null);
            }
            if (match == null) {
                match = list.stream().filter(process -> !reachLimit(process).isBefore(at)).findFirst().orElse(null);
            }
            if (match == null) {
                run.unpairedEnds++;
                return;
            }
            list.remove(match);
            close(match, at, false);
        }

        /** The latest time an end may still close {@code process}: its interaction's after-call work plus skew. */
        private Instant reachLimit(OpenProcess process) {
            InteractionWindow window = process.interactionId() == null ? null : run.byId.get(process.interactionId());
            if (window == null) {
                return process.start().plus(settings.afterCallWork()).plus(settings.skewTolerance());
            }
            return window.end().plus(settings.afterCallWork()).plus(settings.skewTolerance());
        }

        private Instant closingTime(OpenProcess process) {
            InteractionWindow window = process.interactionId() == null ? null : run.byId.get(process.interactionId());
            if (window == null) {
                return process.start();
            }
            Instant end = process.start().isAfter(window.end()) ? window.end().plus(settings.afterCallWork()) : window.end();
            return end.isBefore(process.start()) ? process.start() : end;
        }

        private void close(OpenProcess process, Instant at, boolean openEnded) {
            Instant end = at.isBefore(process.start()) ? process.start() : at;
            ownProcesses.add(new ProcessInstance(process.name(), agent, process.interactionId(), process.start(), end,
                    openEnded, List.of()));
        }

        /** The agent's focus timeline clipped to {@code [from, to]}, consecutive repeats merged. */
        private List<FocusSegment> steps(Instant from, Instant to) {
            List<FocusSegment> steps = new ArrayList<>();
            for (FocusSegment segment : timeline) {
                if (!segment.end().isAfter(from) || !segment.start().isBefore(to)) {
                    continue;
                }
                Instant start = segment.start().isBefore(from) ? from : segment.start();
                Instant end = segment.end().isAfter(to) ? to : segment.end();
                if (!steps.isEmpty() && steps.getLast().application().equals(segment.application())) {
                    FocusSegment last = steps.removeLast();
                    steps.add(new FocusSegment(last.application(), last.start(), end));
                } else {
                    steps.add(new FocusSegment(segment.application(), start, end));
                }
            }
            return steps;
        }
    }
}
