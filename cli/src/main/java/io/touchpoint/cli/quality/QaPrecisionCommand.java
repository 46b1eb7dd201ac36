package io.touchpoint.cli.quality;

import io.touchpoint.cli.output.Table;
import io.touchpoint.quality.RulePrecision;
import io.touchpoint.store.TouchpointStore;
import java.io.PrintWriter;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code touchpoint qa precision}: how often reviewers confirm each rule's verdicts. */
@Command(name = "precision", mixinStandardHelpOptions = true,
        description = {"Per rule (or metric, or sentiment) that answers rest on: how many answers reviewers checked, "
                + "confirmed and overturned, and the rule's measured precision (confirmed share of the verdicts it made). "
                + "Worst first: these are the rules to improve."})
public final class QaPrecisionCommand implements Callable<Integer> {

    @Mixin
    QualityOptions options;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (TouchpointStore store = options.open()) {
            List<RulePrecision> rules = options.service(store).precision();
            if (options.json()) {
                QualityOptions.printJson(out, rules.stream().map(rule -> new Row(rule.reference(), rule.reviewed(),
                        rule.confirmed(), rule.overturned(), rule.fired(), rule.firedConfirmed(), value(rule.precision()),
                        value(rule.agreement()))).toList());
            } else if (rules.isEmpty()) {
                out.println("no reviewed answers yet: review items with 'touchpoint qa review'");
            } else {
                Table table = new Table(70, "rule", "reviewed", "confirmed", "overturned", "fired", "precision", "agreement");
                for (RulePrecision rule : rules) {
                    table.row(rule.reference(), rule.reviewed(), rule.confirmed(), rule.overturned(), rule.fired(),
                            format(rule.precision()), format(rule.agreement()));
                }
                table.print(out);
            }
        }
        out.flush();
        return 0;
    }

    /** The JSON shape: precision and agreement as numbers or null. */
    record Row(String rule, long reviewed, long confirmed, long overturned, long fired, long firedConfirmed,
            Double precision, Double agreement) {
    }

    private static Double value(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    private static String format(OptionalDouble value) {
        return value.isPresent() ? QualityOptions.percent(value.getAsDouble()) : "-";
    }
}
