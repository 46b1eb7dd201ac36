package io.touchpoint.quality;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Analyzer;
import io.touchpoint.core.analysis.HandleTimeAnalyzer;
import io.touchpoint.core.analysis.Pipeline;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.rules.RuleAnalyzer;
import io.touchpoint.rules.RuleSet;
import io.touchpoint.simulator.ContactCenterSimulator;
import io.touchpoint.simulator.SimulatedContactCenter;
import io.touchpoint.simulator.SimulationConfig;
import io.touchpoint.text.TextAnalyzers;
import io.touchpoint.text.TextConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * A simulated contact center analyzed by the same kind of pipeline {@code touchpoint analyze}
 * runs (metrics, lexicon sentiment, rule packs, then the quality analyzer), shared by the tests
 * of one JVM because the rules take a few seconds to compile.
 */
final class SimulatedCenter {

    private static SimulatedCenter shared;

    final SimulatedContactCenter center;
    final List<AnalyzedInteraction> analyzed;

    private SimulatedCenter(int interactions, long seed) {
        center = new ContactCenterSimulator(SimulationConfig.of(interactions, seed)).generate();
        List<Analyzer> analyzers = new ArrayList<>();
        analyzers.add(new HandleTimeAnalyzer());
        TextConfig text = TextConfig.fast();
        analyzers.addAll(TextAnalyzers.defaults(text));
        analyzers.add(new RuleAnalyzer(RuleSet.builtIn()));
        analyzers.add(QualityAnalyzer.builtIn());
        Pipeline pipeline = new Pipeline(analyzers);
        List<AnalyzedInteraction> results = new ArrayList<>();
        for (Interaction interaction : center.interactions()) {
            results.add(pipeline.run(interaction));
        }
        analyzed = List.copyOf(results);
    }

    static synchronized SimulatedCenter get() {
        if (shared == null) {
            shared = new SimulatedCenter(1500, 20260105L);
        }
        return shared;
    }
}
