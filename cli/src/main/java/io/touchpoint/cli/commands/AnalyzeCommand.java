package io.touchpoint.cli.commands;

import io.touchpoint.cli.analysis.AnalysisPipelines;
import io.touchpoint.cli.analysis.AnalysisRun;
import io.touchpoint.cli.output.Json;
import io.touchpoint.cli.output.OutputFormat;
import io.touchpoint.cli.output.TerminalProgressBar;
import io.touchpoint.insights.churn.ChurnModel;
import io.touchpoint.insights.churn.ChurnScoreStore;
import io.touchpoint.insights.churn.StoreChurnFeatures;
import io.touchpoint.insights.churn.StoreChurnTraining;
import io.touchpoint.core.config.Settings;
import io.touchpoint.store.TouchpointStore;
import io.touchpoint.text.TextConfig;
import io.touchpoint.text.TextSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Runs the analysis pipeline (metrics, text analytics, the built-in rule packs and your rule files) "
                + "over the stored interactions and stores every finding with its evidence.",
            "Incremental: only new or changed interactions, or all of them when the pipeline or the rules changed; --all forces it."})
public final class AnalyzeCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Option(names = "--all", description = "Analyze every interaction, not only new or changed ones.")
    boolean all;

    @Option(names = "--rules", paramLabel = "FILE.yaml", split = ",",
            description = "Rule files added to (or overriding) the built-in packs; see docs/rules.md.")
    List<Path> ruleFiles = new ArrayList<>();

    @Option(names = "--scorecards", paramLabel = "FILE.yaml", split = ",",
            description = "QA scorecard files added to (or overriding) the built-in ones; see docs/quality.md.")
    List<Path> scorecardFiles = new ArrayList<>();

    @Option(names = "--sentiment-mode",
            description = "embedding (bge-small model; the default), embedding-fast (MiniLM model) or lexicon (fast word list with negation and emoji); overrides text.sentiment-mode.")
    String sentimentMode;

    @Option(names = "--pii",
            description = "redact (the default: replace personal data in the stored text with [CARD], [SSN]...; ingest "
                    + "already did it for new data), detect (findings only) or off; overrides text.pii-mode.")
    String piiMode;

    @Option(names = "--threads", description = "Analyzer threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        try (TouchpointStore store = data.open()) {
            AnalysisRun.Result result = run(store, ruleFiles, scorecardFiles, textConfig(data, sentimentMode, piiMode), all,
                    threads);
            String churnRefresh = refreshChurnScores(store, data.dataDir());
            if (format == OutputFormat.json) {
                var node = Json.object();
                node.put("analyzed", result.analyzed());
                node.put("findings", result.findings());
                node.put("seconds", result.seconds());
                Json.print(out, node);
            } else {
                out.printf(Locale.ROOT, "analyzed %,d interactions, %,d findings in %.1f s%n", result.analyzed(),
                        result.findings(), result.seconds());
                if (churnRefresh != null) {
                    out.println(churnRefresh);
                }
                out.println("see them with: touchpoint categories, touchpoint show <interaction>, touchpoint report event-impact");
                out.flush();
            }
        }
        return 0;
    }

    /** The model 'touchpoint churn train' writes by default into the data folder; when it is there, analyze re-scores. */
    public static final String CHURN_MODEL_FILE = "churn-model.zip";

    /**
     * Re-scores every active customer with the store's churn model, so the risk scores follow the
     * newest interactions; returns a one-line summary with the high-value customers who are at risk,
     * or null when no model was trained yet.
     */
    static String refreshChurnScores(TouchpointStore store, Path dataDir) {
        Path model = dataDir.resolve(CHURN_MODEL_FILE);
        if (!java.nio.file.Files.isRegularFile(model)) {
            return null;
        }
        try (ChurnModel loaded = ChurnModel.load(model)) {
            var connection = store.duckdb();
            java.time.LocalDate now = StoreChurnFeatures.latestCutoff(connection);
            var scores = StoreChurnTraining.score(loaded, connection, now);
            ChurnScoreStore scoreStore = new ChurnScoreStore(store);
            scoreStore.replaceAll(scores, now, model.getFileName().toString(), java.time.Instant.now());
            var report = scoreStore.report(0.5, 80, 10);
            StringBuilder summary = new StringBuilder(String.format(java.util.Locale.ROOT,
                    "churn risk refreshed for %,d customers at %s", scores.size(), now));
            report.alerts().forEach(alert -> summary.append(String.format(java.util.Locale.ROOT,
                    "%nALERT high-value customer %s at churn risk %.2f: %s", alert.customerId(), alert.probability(),
                    String.join("; ", alert.reasons()))));
            return summary.toString();
        }
    }

    /** The text settings of the configuration, with the command line's options on top. */
    static TextConfig textConfig(DataOptions data, String sentimentMode, String piiMode) {
        java.util.Map<String, String> overrides = new java.util.LinkedHashMap<>();
        if (sentimentMode != null) {
            overrides.put(TextSettings.SENTIMENT_MODE, sentimentMode);
        }
        if (piiMode != null) {
            overrides.put(TextSettings.PII_MODE, piiMode);
        }
        Settings settings = data.settings().with(overrides);
        return TextSettings.apply(TextConfig.defaults(), settings.values(), data.settingsBaseDir(settings));
    }

    static AnalysisRun.Result run(TouchpointStore store, List<Path> ruleFiles, TextConfig text, boolean all, int threads)
            throws InterruptedException {
        return run(store, ruleFiles, List.of(), text, all, threads);
    }

    static AnalysisRun.Result run(TouchpointStore store, List<Path> ruleFiles, List<Path> scorecardFiles, TextConfig text,
            boolean all, int threads) throws InterruptedException {
        AnalysisPipelines.Configured configured = AnalysisPipelines.standard(ruleFiles, scorecardFiles, text);
        AnalysisRun.Result result = new AnalysisRun(store, configured.pipeline(), configured.version(), threads)
                .run(all, TerminalProgressBar.forTerminal());
        // The KPI fact table is rebuilt now rather than by the first report or dashboard request.
        io.touchpoint.insights.facts.InteractionFacts.ensureFresh(store);
        return result;
    }
}
