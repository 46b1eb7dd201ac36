package io.touchpoint.insights;

import io.touchpoint.store.ModuleSchema;
import io.touchpoint.store.TouchpointStore;

/**
 * The tables the insights module keeps in the store's database (interaction facts, objectives), created and
 * upgraded through {@link TouchpointStore#ensureSchema}. Migrations live in {@code /db/insights}.
 */
public final class InsightsSchema {

    /** The module name in {@code module_schema}. */
    public static final String MODULE = "insights";

    public static final ModuleSchema SCHEMA = ModuleSchema.fromResources(MODULE, InsightsSchema.class, "/db/insights",
            "V1__interaction_facts_and_objectives.sql", "V2__facts_review_revision.sql",
            "V3__churn_scores.sql");

    private InsightsSchema() {
    }

    /** Creates or upgrades the insights tables of {@code store}; cheap when they are current. */
    public static void ensure(TouchpointStore store) {
        store.ensureSchema(SCHEMA);
    }
}
