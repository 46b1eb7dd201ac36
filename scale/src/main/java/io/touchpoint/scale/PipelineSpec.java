package io.touchpoint.scale;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.rules.RuleSource;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What the engines run, in a form that travels to every worker: the text of extra rule files (so
 * executors need no access to the submitter's files), whether to score QA scorecards, and any
 * extra analyzers (appended last).
 *
 * @param ruleFiles extra rule files after the built-in packs, as (name, YAML text)
 * @param scorecards whether the built-in QA scorecards run
 * @param extraAnalyzers factories of analyzers appended to the pipeline
 */
public record PipelineSpec(List<RuleFile> ruleFiles, boolean scorecards, List<AnalyzerFactory> extraAnalyzers)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One rule file's name and YAML. */
    public record RuleFile(String name, String yaml) implements Serializable {
        private static final long serialVersionUID = 1L;

        public RuleFile {
            requireNonNull(name, "name is null");
            requireNonNull(yaml, "yaml is null");
        }

        public RuleSource toSource() {
            return RuleSource.of(name, yaml);
        }
    }

    public PipelineSpec {
        ruleFiles = List.copyOf(requireNonNull(ruleFiles, "ruleFiles is null"));
        extraAnalyzers = List.copyOf(requireNonNull(extraAnalyzers, "extraAnalyzers is null"));
    }

    /** Metrics, text (lexicon sentiment), the built-in rule packs and the built-in scorecards. */
    public static PipelineSpec standard() {
        return new PipelineSpec(List.of(), true, List.of());
    }

    /** Reads rule files now, on the submitting machine. */
    public PipelineSpec withRuleFiles(List<Path> files) {
        List<RuleFile> all = new ArrayList<>(ruleFiles);
        for (Path file : files) {
            try {
                all.add(new RuleFile(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw TouchpointException.userError("cannot read rule file " + file + ": " + e.getMessage());
            }
        }
        return new PipelineSpec(all, scorecards, extraAnalyzers);
    }

    public PipelineSpec withScorecards(boolean on) {
        return new PipelineSpec(ruleFiles, on, extraAnalyzers);
    }

    public PipelineSpec withExtraAnalyzer(AnalyzerFactory factory) {
        List<AnalyzerFactory> all = new ArrayList<>(extraAnalyzers);
        all.add(requireNonNull(factory, "factory is null"));
        return new PipelineSpec(ruleFiles, scorecards, all);
    }

    /** A short hash of the rule files ("builtin" when none): part of the pipeline version. */
    String rulesHash() {
        if (ruleFiles.isEmpty()) {
            return "builtin";
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RuleFile file : ruleFiles) {
                digest.update(file.yaml().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
