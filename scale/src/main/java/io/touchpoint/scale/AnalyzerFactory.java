package io.touchpoint.scale;

import io.touchpoint.core.analysis.Analyzer;
import java.io.Serializable;
import java.util.function.Supplier;

/**
 * Makes an extra analyzer on each worker: analyzers are not serializable, their factories are.
 * Spark and Flink ship the factory to every executor, which builds the analyzer once per JVM.
 */
@FunctionalInterface
public interface AnalyzerFactory extends Supplier<Analyzer>, Serializable {
}
