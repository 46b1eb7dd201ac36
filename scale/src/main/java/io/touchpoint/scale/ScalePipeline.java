package io.touchpoint.scale;

import io.touchpoint.core.analysis.Analyzer;
import io.touchpoint.core.analysis.HandleTimeAnalyzer;
import io.touchpoint.core.analysis.Pipeline;
import io.touchpoint.quality.QualityAnalyzer;
import io.touchpoint.rules.RuleAnalyzer;
import io.touchpoint.rules.RuleSet;
import io.touchpoint.rules.RuleSource;
import io.touchpoint.text.TextAnalyzers;
import io.touchpoint.text.TextConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The analysis pipeline the engines run: the same composition as {@code touchpoint analyze}
 * (handle-time metrics, the text analyzers, the rule packs) plus the QA scorecards, with the
 * lexicon sentiment mode for throughput. Built once per JVM and spec: compiling the rule packs
 * takes a second, analyzing an interaction milliseconds.
 *
 * <pre>{@code
 * Pipeline pipeline = ScalePipeline.of(PipelineSpec.standard());
 * String version = ScalePipeline.version(PipelineSpec.standard());
 * }</pre>
 */
public final class ScalePipeline {

    /** The text configuration of the engines: lexicon sentiment (no model to ship), PII redaction on. */
    public static final TextConfig TEXT = TextConfig.fast();

    private static final Map<PipelineSpec, Pipeline> BUILT = new ConcurrentHashMap<>();

    private ScalePipeline() {
    }

    /** The pipeline of {@code spec}, built on first use in this JVM. */
    public static Pipeline of(PipelineSpec spec) {
        return BUILT.computeIfAbsent(spec, ScalePipeline::build);
    }

    private static Pipeline build(PipelineSpec spec) {
        List<RuleSource> sources = new ArrayList<>(RuleSet.builtInSources());
        spec.ruleFiles().forEach(file -> sources.add(file.toSource()));
        RuleSet rules = spec.ruleFiles().isEmpty() ? RuleSet.builtIn()
                : RuleSet.fromSources(sources, io.touchpoint.rules.semantic.MiniLmSentenceEmbedder::shared);
        List<Analyzer> analyzers = new ArrayList<>();
        analyzers.add(new HandleTimeAnalyzer());
        analyzers.addAll(TextAnalyzers.defaults(TEXT));
        analyzers.add(new RuleAnalyzer(rules));
        if (spec.scorecards()) {
            analyzers.add(QualityAnalyzer.builtIn());
        }
        spec.extraAnalyzers().forEach(factory -> analyzers.add(factory.get()));
        return new Pipeline(analyzers);
    }

    /**
     * The version recorded with every finding: a changed rule file, scorecard setting or build
     * gives another version. It is built as {@code touchpoint analyze} builds its own, so an import
     * of this job's output counts as done for {@code touchpoint analyze --sentiment-mode lexicon}
     * with the same rule files and the built-in scorecards (the same pipeline).
     */
    public static String version(PipelineSpec spec) {
        String build = ScalePipeline.class.getPackage().getImplementationVersion();
        return "touchpoint-" + (build == null ? "dev" : build) + "/text-"
                + TEXT.sentimentMode().name().toLowerCase(Locale.ROOT) + "-pii-" + TEXT.piiMode().wireName()
                + "/rules-" + spec.rulesHash() + (spec.scorecards() ? "" : "/no-scorecards")
                + (spec.extraAnalyzers().isEmpty() ? "" : "/extra-" + spec.extraAnalyzers().size());
    }
}
