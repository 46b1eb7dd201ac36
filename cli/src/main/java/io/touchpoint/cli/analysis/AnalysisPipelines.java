package io.touchpoint.cli.analysis;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.analysis.Analyzer;
import io.touchpoint.core.analysis.HandleTimeAnalyzer;
import io.touchpoint.core.analysis.Pipeline;
import io.touchpoint.quality.QualityAnalyzer;
import io.touchpoint.quality.scorecard.ScorecardLibrary;
import io.touchpoint.rules.RuleAnalyzer;
import io.touchpoint.rules.RuleSet;
import io.touchpoint.speech.metrics.AudioMetricsAnalyzer;
import io.touchpoint.text.TextConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The pipeline {@code touchpoint analyze} runs, and its version: a changed rule file or a new
 * Touchpoint build changes the version, so the next incremental run re-analyzes everything.
 */
public final class AnalysisPipelines {

    private AnalysisPipelines() {
    }

    public record Configured(Pipeline pipeline, String version, RuleSet rules) {
    }

    /** Metrics, audio metrics, text analytics, then the built-in rule packs and QA scorecards. */
    public static Configured standard(List<Path> ruleFiles, TextConfig text) {
        return standard(ruleFiles, List.of(), text);
    }

    /**
     * Metrics, text analytics, the built-in rule packs plus {@code ruleFiles}, then the built-in
     * QA scorecards plus {@code scorecardFiles} (which read the rule findings). A changed rule or
     * scorecard file changes the version, so the next run re-analyzes and re-scores everything.
     */
    public static Configured standard(List<Path> ruleFiles, List<Path> scorecardFiles, TextConfig text) {
        RuleSet rules = ruleFiles.isEmpty() ? RuleSet.builtIn() : RuleSet.builtInWith(ruleFiles);
        List<Analyzer> analyzers = new ArrayList<>();
        analyzers.add(new HandleTimeAnalyzer());
        // Calls' talk, silence, hold, overtalk, interruptions, loudness, speaking rate: from word times
        // when the call was transcribed here, from turn times otherwise.
        analyzers.add(AudioMetricsAnalyzer.standard());
        analyzers.addAll(TextStage.analyzers(text));
        analyzers.add(new RuleAnalyzer(rules));
        analyzers.add(scorecardFiles.isEmpty() ? QualityAnalyzer.builtIn()
                : new QualityAnalyzer(ScorecardLibrary.builtInWith(scorecardFiles)));
        String version = "touchpoint-" + buildVersion() + "/" + TextStage.version(text) + "/rules-" + hash(ruleFiles)
                + (scorecardFiles.isEmpty() ? "" : "/scorecards-" + hash(scorecardFiles));
        return new Configured(new Pipeline(analyzers), version, rules);
    }

    private static String buildVersion() {
        String version = AnalysisPipelines.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    private static String hash(List<Path> ruleFiles) {
        if (ruleFiles.isEmpty()) {
            return "builtin";
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : ruleFiles) {
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException e) {
            throw TouchpointException.userError("cannot read rule file: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
