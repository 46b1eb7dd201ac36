package io.touchpoint.cli.commands;

import io.touchpoint.cli.output.Table;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.ingest.IngestOptions;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.ingest.IngestReport;
import io.touchpoint.simulator.SimulatedContactCenter;
import io.touchpoint.simulator.SimulationWriter;
import io.touchpoint.store.InteractionSummary;
import io.touchpoint.store.Journey;
import io.touchpoint.store.SearchHit;
import io.touchpoint.store.SearchRequest;
import io.touchpoint.store.TouchpointStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "The front door: generates a synthetic contact center, ingests it into the store and shows what is "
                + "there. Run it again at any time: ingest is idempotent.")
public final class DemoCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Option(names = "--interactions", defaultValue = "3000", description = "Interactions to generate (default: ${DEFAULT-VALUE}).")
    int interactions;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--no-serve", description = "End after the summary instead of starting the server (tests, CI).")
    boolean noServe;

    @Option(names = "--port", defaultValue = "7070", description = "Port of the server the demo starts (default: ${DEFAULT-VALUE}).")
    int port;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private String exampleCustomer = "<customer-id>";
    private String exampleInteraction = "<interaction-id>";
    private String coachedAgent;
    private String exampleCall;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dataDir = data.dataDir();
        Path sourceDir = dataDir.resolve("demo-source");

        out.printf("1/5 generating a telecom contact center: %,d interactions over 90 days (seed %d)%n", interactions, seed);
        out.flush();
        SimulatedContactCenter center = GenerateCommand.generate(interactions, seed);
        var files = SimulationWriter.write(center, sourceDir);
        // The ground-truth files are for tests and people, not for ingest.
        List<Path> sources = List.of(files.customers(), files.agents(), files.interactions(), files.mailbox(),
                files.socialPosts(), files.desktopEvents());
        out.printf("    wrote %s (ground truth in ground-truth.json)%n", sourceDir);

        out.printf("2/5 ingesting into %s (personal data is redacted before anything is stored)%n", dataDir.toAbsolutePath());
        out.flush();
        try (TouchpointStore store = data.open()) {
            IngestReport report = IngestCommand.run(store, dataDir, sources, IngestOptions.defaults(), 2000,
                    IngestCommand.preprocessing(io.touchpoint.core.config.Settings.empty(), dataDir));
            IngestCommand.printSummary(out, report);
            if (report.stored() == 0) {
                throw new TouchpointException(TouchpointException.Kind.INTERNAL, "the demo stored nothing; see the messages above");
            }

            out.println();
            out.println("    recorded calls: synthesized (espeak-ng, two voices on two channels, 8 kHz mu-law), transcribed offline,");
            out.println("    redacted in text and audio, measured and rule-checked:");
            out.flush();
            var calls = io.touchpoint.cli.speech.DemoCalls.synthesizeAndIngest(store, dataDir, 2);
            calls.skipped().ifPresent(reason -> out.println("    (skipped: " + reason + ")"));
            calls.summary().forEach(line -> out.println("    " + line));
            if (!calls.interactionIds().isEmpty()) {
                exampleCall = calls.interactionIds().getFirst();
            }

            out.println();
            out.println("3/5 analyzing every interaction (metrics, text analytics, rule packs, QA scorecards)");
            out.flush();
            // The lexicon sentiment mode keeps the demo quick; 'touchpoint analyze --all' uses the trained model.
            var analysis = AnalyzeCommand.run(store, List.of(), io.touchpoint.text.TextConfig.fast(), false,
                    Runtime.getRuntime().availableProcessors());
            out.printf(java.util.Locale.ROOT, "    %,d interactions analyzed, %,d findings in %.1f s%n", analysis.analyzed(),
                    analysis.findings(), analysis.seconds());
            printTop(out, "top contact reasons", CategoriesCommand.counts(store, "category"));
            printTop(out, "events", CategoriesCommand.counts(store, "event"));
            printTop(out, "compliance findings", CategoriesCommand.counts(store, "compliance"));

            out.println();
            out.println("4/5 what is in the store");
            StatsCommand.print(out, store.stats(), io.touchpoint.cli.output.OutputFormat.table);

            out.println();
            out.println("search: customers who said \"late fee\"");
            var hits = store.search(new SearchRequest("\"late fee\"", null, Speaker.CUSTOMER, null, null, null, 5));
            Table table = new Table(90, "interaction", "channel", "snippet");
            for (SearchHit hit : hits.hits()) {
                table.row(hit.interactionId(), hit.channel().wireName(),
                        hit.snippet().replace("<mark>", "[").replace("</mark>", "]"));
            }
            table.print(out);
            out.printf("(%,d matching turns)%n", hits.totalHits());

            String customerId = busiestCustomer(store, center);
            exampleCustomer = customerId;
            Journey journey = store.journey(customerId);
            out.println();
            out.printf("journey of customer %s across channels:%n", customerId);
            for (InteractionSummary summary : journey.interactions()) {
                out.printf("  %s  %-8s %-40s %s%n", summary.startedAt().toString().substring(0, 16).replace('T', ' '),
                        summary.channel().wireName(), summary.id(), summary.preview());
            }
            exampleInteraction = journey.interactions().isEmpty() ? "<interaction-id>" : journey.interactions().getFirst().id();
            coachedAgent = busiestJuniorAgent(store);

            out.flush();
        }

        out.println();
        out.println("quality: every interaction scored; verdicts that matter and are uncertain go to people:");
        out.flush();
        subcommand(out, "qa", "refresh", "--data", dataDir.toString());
        subcommand(out, "qa", "queue", "--data", dataDir.toString(), "--limit", "8");
        if (coachedAgent != null) {
            out.println();
            out.printf("coaching for agent %s against the team:%n", coachedAgent);
            out.flush();
            subcommand(out, "qa", "coach", coachedAgent, "--data", dataDir.toString(), "--examples", "1");
        }

        out.println();
        out.println("opportunities ranked by yearly value (what each event and process costs, and what fixing it is worth):");
        out.flush();
        subcommand(out, "report", "opportunities", "--data", dataDir.toString(), "--limit", "8");

        out.println();
        out.println("processes worth automating (agent-desktop events overlaid on the conversations):");
        out.flush();
        subcommand(out, "report", "processes", "--data", dataDir.toString());

        out.println();
        out.println("customers most at risk of churning, with the reasons (CRM data + what they said):");
        out.flush();
        Path model = dataDir.resolve("churn-model.zip");
        if (subcommand(out, "churn", "train", "--data", dataDir.toString(), "--model", model.toString(), "--horizon-days", "30") == 0) {
            subcommand(out, "churn", "score", "--data", dataDir.toString(), "--model", model.toString(), "--top", "5", "--threshold", "0.3");
        } else {
            out.println("    (too little history for a churn model in a demo this small; try --interactions 3000)");
        }

        out.println();
        out.println("Try next:");
        out.printf("  ./touchpoint search '\"late fee\"' --speaker customer%n");
        out.printf("  ./touchpoint journey %s%n", exampleCustomer);
        out.printf("  ./touchpoint show %s%n", exampleInteraction);
        out.printf("  ./touchpoint categories%n");
        out.printf("  ./touchpoint report event-impact%n");
        out.printf("  ./touchpoint report processes --format html --out processes.html%n");
        out.printf("  ./touchpoint stats --format json%n");
        if (exampleCall != null) {
            out.printf("  ./touchpoint show %s                 # a recorded call: transcript, audio metrics, rule hits with confidences%n",
                    exampleCall);
        }
        out.printf("  ./touchpoint qa review <item> --answer <question>=yes --reviewer you%n");
        out.printf("  ./touchpoint qa sample --criteria risk,coverage,random --size 20%n");
        out.printf("  ./touchpoint report trends%n");
        out.printf("  ./touchpoint report opportunities --format html --out opportunities.html%n");
        out.flush();
        if (noServe) {
            return 0;
        }
        serve(out, dataDir);
        return 0;
    }

    /** Starts the server on the demo's data with one demo user per role, until Ctrl-C. */
    private void serve(PrintWriter out, Path dataDir) throws InterruptedException {
        var config = io.touchpoint.server.ServerConfigLoader.load(
                data.settings().with(java.util.Map.of("server.port", Integer.toString(port))).values());
        TouchpointStore store = data.open();
        var logins = io.touchpoint.server.auth.DemoUsers.ensure(store, io.touchpoint.server.auth.UserDirectory.open(store));
        StringBuilder banner = new StringBuilder();
        var first = logins.getFirst();
        banner.append(String.format("open http://localhost:PORT, log in with %s / %s (%s: %s)",
                first.username(), first.password(), first.role().id(), first.description()));
        for (var login : logins.subList(1, logins.size())) {
            banner.append(String.format("%n    or %s / %s (%s: %s)", login.username(), login.password(),
                    login.role().id(), login.description()));
        }
        out.println();
        out.println("5/5 serving the dashboard and the REST API on the demo's data");
        io.touchpoint.cli.server.ServeCommand.run(store, config, out, banner.toString());
    }

    /** Runs another touchpoint command into the same output; the demo goes on whatever it returns. */
    private int subcommand(PrintWriter out, String... args) {
        picocli.CommandLine commandLine = io.touchpoint.cli.TouchpointCommand.commandLine();
        commandLine.setOut(out);
        commandLine.setErr(out);
        int exitCode = commandLine.execute(args);
        out.flush();
        return exitCode;
    }

    private static void printTop(PrintWriter out, String title, java.util.Map<String, Long> counts) {
        out.println();
        out.println(title + ":");
        counts.entrySet().stream().limit(8)
                .forEach(entry -> out.printf("  %-48s %,6d interactions%n", entry.getKey(), entry.getValue()));
    }

    /** The junior agent with the most interactions: the coaching example with the most to learn from. */
    private static String busiestJuniorAgent(TouchpointStore store) {
        try (var statement = store.duckdb().prepareStatement("""
                SELECT i.agent_id FROM interactions i JOIN agents a ON a.id = i.agent_id
                GROUP BY i.agent_id, a.skill
                ORDER BY (a.skill = 'junior') DESC, count(*) DESC, i.agent_id LIMIT 1""");
                var rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        } catch (java.sql.SQLException e) {
            throw TouchpointException.external("cannot read agents: " + e.getMessage(), e);
        }
    }

    /** The customer with interactions on the most channels makes the best journey example. */
    private static String busiestCustomer(TouchpointStore store, SimulatedContactCenter center) {
        return center.customers().stream()
                .limit(400)
                .max(Comparator.comparingLong((io.touchpoint.core.model.Customer customer) -> store.journey(customer.id())
                        .interactions().stream().map(InteractionSummary::channel).distinct().count())
                        .thenComparing(io.touchpoint.core.model.Customer::id, Comparator.reverseOrder()))
                .map(io.touchpoint.core.model.Customer::id)
                .orElseThrow(() -> new TouchpointException(TouchpointException.Kind.INTERNAL, "the simulator made no customers"));
    }
}
