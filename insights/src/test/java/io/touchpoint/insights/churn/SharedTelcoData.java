package io.touchpoint.insights.churn;

import io.touchpoint.core.testing.SharedData;
import java.nio.file.Path;

/**
 * The IBM telco churn table in the shared data folder, read in place and never copied.
 */
final class SharedTelcoData {

    private SharedTelcoData() {
    }

    /** The CSV file; skips the calling test with a message when the shared folder is absent. */
    static Path require() {
        return SharedData.data("telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv");
    }
}
