package io.touchpoint.insights.churn;

/**
 * Platt scaling: probability = 1 / (1 + exp(-(slope * margin + intercept))), fitted on held-out
 * margins. Boosted trees with early stopping are usually close to calibrated already; Platt's two
 * parameters fix the remaining over- or under-confidence without the step artefacts isotonic
 * regression shows on a few hundred validation rows.
 */
public record PlattCalibration(double slope, double intercept) {

    public static final PlattCalibration IDENTITY = new PlattCalibration(1, 0);

    public PlattCalibration {
        if (!Double.isFinite(slope) || !Double.isFinite(intercept)) {
            throw new IllegalArgumentException("calibration parameters must be finite, were " + slope + ", " + intercept);
        }
    }

    /**
     * Fits the two parameters by Newton's method on the log-loss, with Platt's smoothed targets
     * (so a perfectly separable validation set does not push the slope to infinity).
     */
    public static PlattCalibration fit(double[] margins, int[] labels) {
        if (margins.length != labels.length || margins.length == 0) {
            throw new IllegalArgumentException("need as many labels as margins, and at least one");
        }
        int positives = 0;
        for (int label : labels) {
            positives += label;
        }
        int negatives = labels.length - positives;
        if (positives == 0 || negatives == 0) {
            return IDENTITY;
        }
        double high = (positives + 1.0) / (positives + 2.0);
        double low = 1.0 / (negatives + 2.0);
        double a = 1;
        double b = 0;
        for (int iteration = 0; iteration < 100; iteration++) {
            double gA = 0;
            double gB = 0;
            double hAA = 1e-9;
            double hAB = 0;
            double hBB = 1e-9;
            for (int i = 0; i < margins.length; i++) {
                double p = sigmoid(a * margins[i] + b);
                double t = labels[i] == 1 ? high : low;
                double d = p - t;
                double w = p * (1 - p);
                gA += d * margins[i];
                gB += d;
                hAA += w * margins[i] * margins[i];
                hAB += w * margins[i];
                hBB += w;
            }
            double determinant = hAA * hBB - hAB * hAB;
            if (determinant <= 0) {
                break;
            }
            double stepA = (hBB * gA - hAB * gB) / determinant;
            double stepB = (hAA * gB - hAB * gA) / determinant;
            a -= stepA;
            b -= stepB;
            if (Math.abs(stepA) < 1e-9 && Math.abs(stepB) < 1e-9) {
                break;
            }
        }
        return Double.isFinite(a) && Double.isFinite(b) ? new PlattCalibration(a, b) : IDENTITY;
    }

    public double probability(double margin) {
        return sigmoid(slope * margin + intercept);
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
