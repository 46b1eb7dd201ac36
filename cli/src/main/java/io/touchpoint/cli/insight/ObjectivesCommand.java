package io.touchpoint.cli.insight;

import io.touchpoint.cli.commands.DataOptions;
import io.touchpoint.cli.output.Table;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.insights.InsightsJson;
import io.touchpoint.insights.objective.Measurement;
import io.touchpoint.insights.objective.Objective;
import io.touchpoint.insights.objective.ObjectiveMetric;
import io.touchpoint.insights.objective.ObjectiveStatus;
import io.touchpoint.insights.objective.Objectives;
import io.touchpoint.store.TouchpointStore;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code touchpoint objectives}: save improvement objectives and measure them after their change. */
@Command(name = "objectives", mixinStandardHelpOptions = true,
        description = "Improvement objectives (name, metric, target, owner, status) kept in the store, every change in "
                + "the audit log, measured before/after their change date with significance tests. See docs/insights.md.",
        subcommands = {ObjectivesCommand.Add.class, ObjectivesCommand.ListCommand.class, ObjectivesCommand.SetStatus.class,
            ObjectivesCommand.Measure.class})
public final class ObjectivesCommand {

    /** Who made the change, for the audit log. */
    static final class ActorOption {
        @Option(names = "--actor", paramLabel = "NAME", description = "Who makes the change (default: the OS user).")
        String actor;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = {"Save a new objective as proposed.",
        "Example: touchpoint objectives add --name 'Late-fee FAQ' --metric handle_time_s --target 240 "
                + "--category 'Billing/Late fee' --owner ops-lead"})
    static final class Add implements Callable<Integer> {
        @Mixin DataOptions data;
        @Mixin ActorOption actor;
        @Option(names = "--name", required = true, description = "What the change is.") String name;
        @Option(names = "--metric", required = true, description = "One of: handle_time_s (voice and chat), aht_s (all channels), talk_s, silence_s, hold_s, "
                + "transfer_rate, fcr_rate, repeat_rate, escalation_rate, customer_sentiment, csat, qa_score.") String metric;
        @Option(names = "--target", required = true, description = "The value the metric should reach.") double target;
        @Option(names = "--category", paramLabel = "PATH", description = "Only interactions of this contact reason (path or top level).") String category;
        @Option(names = "--owner", required = true, description = "Who answers for it.") String owner;
        @Option(names = "--change-date", paramLabel = "YYYY-MM-DD", description = "When the change goes live, if known.") String changeDate;
        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            ObjectiveMetric parsed = parse(() -> ObjectiveMetric.parse(metric));
            try (TouchpointStore store = data.open()) {
                Objectives objectives = new Objectives(store);
                Objective objective = objectives.add(name, parsed, target, category, owner, actor.actor);
                if (changeDate != null) {
                    objective = objectives.setChangeDate(objective.id(), date(changeDate), actor.actor);
                }
                PrintWriter out = spec.commandLine().getOut();
                out.println("saved " + objective.id() + " (" + objective.status().wireName() + ")");
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every objective with its latest measurement.")
    static final class ListCommand implements Callable<Integer> {
        @Mixin DataOptions data;
        @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).") String format;
        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            List<Objective> all;
            try (TouchpointStore store = data.open()) {
                all = new Objectives(store).list();
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format.equals("json")) {
                out.println(InsightsJson.write(all));
            } else if (all.isEmpty()) {
                out.println("no objectives yet: touchpoint objectives add --name ... --metric handle_time_s --target 240 --owner ...");
            } else {
                Table table = new Table(40, "id", "name", "metric", "target", "category", "owner", "status", "change",
                        "after", "verdict");
                for (Objective objective : all) {
                    Measurement last = objective.lastMeasurement();
                    table.row(objective.id(), objective.name(), objective.metric(),
                            String.format(Locale.ROOT, "%.4g", objective.target()),
                            objective.category() == null ? "(all)" : objective.category(), objective.owner(),
                            objective.status().wireName(), objective.changeDate() == null ? "-" : objective.changeDate(),
                            last == null ? "-" : String.format(Locale.ROOT, "%.4g", last.after().mean()),
                            last == null ? "-" : last.verdict());
                }
                table.print(out);
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "set-status", mixinStandardHelpOptions = true,
            description = {"Move an objective to proposed, approved, in_progress or measured.",
                "Example: touchpoint objectives set-status obj-1 approved --actor alice"})
    static final class SetStatus implements Callable<Integer> {
        @Mixin DataOptions data;
        @Mixin ActorOption actor;
        @Parameters(index = "0", paramLabel = "ID") String id;
        @Parameters(index = "1", paramLabel = "STATUS") String status;
        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            ObjectiveStatus parsed = parse(() -> ObjectiveStatus.parse(status));
            try (TouchpointStore store = data.open()) {
                Objective objective = new Objectives(store).setStatus(id, parsed, actor.actor);
                PrintWriter out = spec.commandLine().getOut();
                out.println(objective.id() + " is " + objective.status().wireName());
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "measure", mixinStandardHelpOptions = true,
            description = {"Compare the objective's metric before and after its change date (Welch's t-test, "
                    + "Mann-Whitney U) and say whether the change did what was expected.",
                "Example: touchpoint objectives measure obj-1 --change-date 2026-03-01 --window-days 28"})
    static final class Measure implements Callable<Integer> {
        @Mixin DataOptions data;
        @Mixin ActorOption actor;
        @Parameters(index = "0", paramLabel = "ID") String id;
        @Option(names = "--change-date", paramLabel = "YYYY-MM-DD", description = "When the change went live (default: the stored date).") String changeDate;
        @Option(names = "--window-days", defaultValue = "" + Objectives.DEFAULT_WINDOW_DAYS,
                description = "Days on each side of the change (default: ${DEFAULT-VALUE}).") int windowDays;
        @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).") String format;
        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Measurement measurement;
            Objective objective;
            try (TouchpointStore store = data.open()) {
                Objectives objectives = new Objectives(store);
                measurement = objectives.measure(id, changeDate == null ? null : date(changeDate), windowDays, actor.actor);
                objective = objectives.get(id).orElseThrow();
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format.equals("json")) {
                out.println(InsightsJson.write(measurement));
            } else {
                out.printf(Locale.ROOT, "%s %s: %s%s, target %.4g%n", objective.id(), objective.name(),
                        measurement.metric(), measurement.category() == null ? "" : " of " + measurement.category(),
                        measurement.target());
                window(out, "before", measurement.before());
                window(out, "after ", measurement.after());
                out.printf(Locale.ROOT, "  change %+.4g (%+.1f%%), Welch p = %.2g, Mann-Whitney p = %.2g%n",
                        measurement.delta(), measurement.relativeChange() * 100, measurement.welchP(),
                        measurement.mannWhitneyP());
                out.println("  verdict: " + measurement.verdict() + (measurement.targetMet() ? " (target met)" : " (target not met)"));
            }
            out.flush();
            return 0;
        }

        private static void window(PrintWriter out, String label, Measurement.Window window) {
            out.printf(Locale.ROOT, "  %s %s..%s: %,d interactions, mean %.4g (sd %.3g), e.g. %s%n", label, window.from(),
                    window.to(), window.count(), window.mean(), window.standardDeviation(),
                    String.join(" ", window.exampleIds().subList(0, Math.min(2, window.exampleIds().size()))));
        }
    }

    static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw TouchpointException.userError("--change-date '" + value + "' is not a date like 2026-03-01");
        }
    }

    static <T> T parse(java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw TouchpointException.userError(e.getMessage());
        }
    }
}
