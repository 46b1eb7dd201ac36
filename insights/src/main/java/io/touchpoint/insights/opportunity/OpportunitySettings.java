package io.touchpoint.insights.opportunity;

/**
 * The assumptions that turn a measured cost into the value of a project. Every figure in the report names the
 * assumption it used (see {@link Opportunity#basis()}).
 *
 * @param addressableShare share of an excess (extra handle time, extra repeat contacts, extra escalations) that
 *        training or a fix of the process behind it is assumed to remove; default 0.5
 * @param automationRate share of a routine category's contacts that self-service is assumed to deflect, and of
 *        a desktop process's time that automation is assumed to save; default 0.3
 * @param minimumValue opportunities worth less than this a year are left out; default 0
 * @param examples example interaction ids per opportunity; default 5
 */
public record OpportunitySettings(double addressableShare, double automationRate, double minimumValue, int examples) {

    public OpportunitySettings {
        share("addressableShare", addressableShare);
        share("automationRate", automationRate);
        if (!Double.isFinite(minimumValue) || minimumValue < 0) {
            throw new IllegalArgumentException("OpportunitySettings.minimumValue must be a non-negative number, got "
                    + minimumValue);
        }
        if (examples < 0) {
            throw new IllegalArgumentException("OpportunitySettings.examples " + examples + " is negative");
        }
    }

    public static OpportunitySettings defaults() {
        return new OpportunitySettings(0.5, 0.3, 0, 5);
    }

    private static void share(String field, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException("OpportunitySettings." + field + " must be in (0, 1], got " + value);
        }
    }
}
