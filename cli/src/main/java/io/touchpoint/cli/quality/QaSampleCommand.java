package io.touchpoint.cli.quality;

import io.touchpoint.cli.output.Table;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.quality.SampleRequest;
import io.touchpoint.quality.SampleResult;
import io.touchpoint.store.TouchpointStore;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code touchpoint qa sample}: picks interactions for human review by risk, coverage and a random share. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = {"Picks interactions for human review instead of at random: by risk (compliance breaches, "
                + "auto-fails, customers who ended unhappy, uncertain verdicts, low scores), by coverage (at least "
                + "--per-agent per agent) and a small random control share. The picks go to the review queue.",
            "Example: touchpoint qa sample --criteria risk,coverage,random --size 50 --per-agent 1 --random-share 0.1"})
public final class QaSampleCommand implements Callable<Integer> {

    @Mixin
    QualityOptions options;

    @Option(names = "--criteria", split = ",", defaultValue = "risk,coverage,random", paramLabel = "CRITERIA",
            description = "Any of risk, coverage, random (default: ${DEFAULT-VALUE}).")
    List<String> criteria;

    @Option(names = "--size", defaultValue = "50", description = "How many interactions (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--per-agent", defaultValue = "1", description = "Coverage: at least N per agent (default: ${DEFAULT-VALUE}).")
    int perAgent;

    @Option(names = "--random-share", defaultValue = "0.1",
            description = "Share of --size picked at random as a control group (default: ${DEFAULT-VALUE}).")
    double randomShare;

    @Option(names = "--scorecard", description = "Only interactions scored on this scorecard.")
    String scorecard;

    @Option(names = "--from", paramLabel = "DAY", description = "First day (YYYY-MM-DD, UTC).")
    String from;

    @Option(names = "--to", paramLabel = "DAY", description = "Last day included (YYYY-MM-DD, UTC).")
    String to;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the random pick (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--by", defaultValue = "qa", paramLabel = "WHO", description = "Who asks (audit log; default: ${DEFAULT-VALUE}).")
    String by;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        SampleRequest request;
        try {
            request = new SampleRequest(size, new LinkedHashSet<>(criteria), perAgent, randomShare, day("--from", from, false),
                    day("--to", to, true), scorecard, seed, by);
        } catch (IllegalArgumentException e) {
            throw TouchpointException.userError(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        try (TouchpointStore store = options.open()) {
            var service = options.service(store);
            if (scorecard != null) {
                service.scorecards().get(scorecard);
            }
            SampleResult result = service.sample(request);
            if (options.json()) {
                QualityOptions.printJson(out, result);
            } else {
                out.printf("sample %d: %,d picked of %,d candidates (risk %d, coverage %d, random %d); they are in the "
                        + "review queue%n", result.sampleId(), result.picked().size(), result.candidates(),
                        result.count(SampleRequest.RISK), result.count(SampleRequest.COVERAGE), result.count(SampleRequest.RANDOM));
                Table table = new Table(70, "item", "interaction", "agent", "scorecard", "criterion", "risk", "why");
                for (SampleResult.Sampled sampled : result.picked()) {
                    table.row(sampled.itemId(), sampled.interactionId(), sampled.agentId() == null ? "-" : sampled.agentId(),
                            sampled.scorecard(), sampled.criterion(), QualityOptions.number(sampled.risk()),
                            String.join(", ", sampled.reasons()));
                }
                table.print(out);
            }
        }
        out.flush();
        return 0;
    }

    private static Instant day(String option, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.trim());
            return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " '" + value + "' is not a day such as 2026-03-31");
        }
    }
}
